/** `@schema-studio/diff`: model x model (+ rename hints) -> typed changes, and the shape of a migration plan. */
export * from './changes.ts';
export { diffModels } from './diff.ts';
export { allConstraints, isInlineConstraint } from './diff-constraints.ts';
export * from './hints.ts';
export * from './plan.ts';
export * from './proof.ts';
export { reverseTopoSort, topoSort } from './topo-sort.ts';
export { mentionsObject, referencedTypeKey, stripArraySuffix } from './type-refs.ts';
