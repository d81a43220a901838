import { compareStrings } from '@schema-studio/schema';

/** Object kinds that get an anchor; the kind prefixes the id, so a table and a type never collide. */
export type AnchorKind = 'schema' | 'table' | 'view' | 'enum' | 'domain' | 'composite';

/**
 * Explicit anchor ids for every documented object, e.g. `table-public-film`. Characters an id should not hold
 * become `-`; the rare names that then collide get `-2`, `-3`, ... in sorted key order, so ids are a pure
 * function of the documented set.
 */
export class Anchors {
  private readonly ids = new Map<string, string>();

  constructor(
    objects: readonly { readonly kind: AnchorKind; readonly schema: string; readonly name?: string }[],
  ) {
    const taken = new Set<string>();
    const sorted = objects
      .map((o) => ({ key: anchorKey(o.kind, o.schema, o.name), base: baseId(o.kind, o.schema, o.name) }))
      .sort((a, b) => compareStrings(a.key, b.key));
    for (const { key, base } of sorted) {
      if (this.ids.has(key)) continue;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      this.ids.set(key, id);
    }
  }

  /** The id of a documented object; undefined for objects outside the set (filtered out or unknown). */
  get(kind: AnchorKind, schema: string, name?: string): string | undefined {
    return this.ids.get(anchorKey(kind, schema, name));
  }
}

function anchorKey(kind: AnchorKind, schema: string, name: string | undefined): string {
  // NUL cannot occur in PostgreSQL or MySQL names, so the parts cannot run into each other.
  return name === undefined ? `${kind}\0${schema}` : `${kind}\0${schema}\0${name}`;
}

function baseId(kind: AnchorKind, schema: string, name: string | undefined): string {
  // MySQL objects have schema '': `table-film`, not `table--film`.
  const parts = [kind, ...(schema === '' ? [] : [schema]), ...(name === undefined ? [] : [name])];
  return parts.map(slug).join('-');
}

function slug(part: string): string {
  return part.replace(/[^\p{L}\p{N}_]/gu, '-');
}
