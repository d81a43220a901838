import type { Change, ChangeKind, Statement } from '@schema-studio/diff';
import type { EmitContext, Emitter, EmitterMap } from '../statement.ts';
import { columnEmitters } from './columns.ts';
import { commentEmitters } from './comments.ts';
import { constraintEmitters } from './constraints.ts';
import { indexEmitters } from './indexes.ts';
import { namespaceEmitters } from './namespaces.ts';
import { routineEmitters } from './routines.ts';
import { sequenceEmitters } from './sequences.ts';
import { tableEmitters } from './tables.ts';
import { triggerPolicyEmitters } from './triggers-policies.ts';
import { typeEmitters } from './types.ts';
import { viewEmitters } from './views.ts';

/** One emitter per change kind; the type makes a missing kind a compile error. */
const EMITTERS: EmitterMap<ChangeKind> = {
  ...namespaceEmitters,
  ...typeEmitters,
  ...sequenceEmitters,
  ...routineEmitters,
  ...tableEmitters,
  ...columnEmitters,
  ...constraintEmitters,
  ...indexEmitters,
  ...triggerPolicyEmitters,
  ...viewEmitters,
  ...commentEmitters,
};

export function emitChange(change: Change, context: EmitContext): Statement[] {
  const emit = EMITTERS[change.kind] as Emitter<ChangeKind>;
  return emit(change as never, context);
}
