import type { SchemaModel } from '@schema-studio/schema';

/**
 * The part of a model the patterns select. A pattern is `schema` or `schema.name`, with `*` (any run of
 * characters) and `?` (one character); a pattern without a dot names schemas. Matching is case-sensitive, as
 * PostgreSQL names are. With `include`, only matching tables, views, types, sequences and routines stay;
 * `exclude` then removes matches. In a MySQL model (no schemas) a pattern names tables and views: `tmp_*`. A schema stays when something in it stays, or when the patterns select it
 * as a whole. Foreign keys to tables that were left out stay in their tables: the documents show them as text.
 */
export function filterModel(
  model: SchemaModel,
  include?: readonly string[],
  exclude?: readonly string[],
): SchemaModel {
  const filter = new ObjectFilter(include ?? [], exclude ?? [], model.dialect === 'mysql');
  if (filter.isEmpty()) return model;
  const keep = <T extends { readonly schema: string; readonly name: string }>(items: readonly T[]) =>
    items.filter((item) => filter.keeps(item.schema, item.name));
  const kept = {
    ...model,
    collations: keep(model.collations),
    enums: keep(model.enums),
    domains: keep(model.domains),
    compositeTypes: keep(model.compositeTypes),
    rangeTypes: keep(model.rangeTypes),
    sequences: keep(model.sequences),
    functions: keep(model.functions),
    tables: keep(model.tables),
    views: keep(model.views),
  };
  const objects: readonly (readonly { readonly schema: string }[])[] = [
    kept.collations,
    kept.enums,
    kept.domains,
    kept.compositeTypes,
    kept.rangeTypes,
    kept.sequences,
    kept.functions,
    kept.tables,
    kept.views,
  ];
  const used = new Set(objects.flatMap((items) => items.map((item) => item.schema)));
  const schemaKept = (schema: string) => used.has(schema) || filter.keepsSchema(schema);
  return {
    ...kept,
    schemas: model.schemas.filter((s) => schemaKept(s.name)),
    extensions: model.extensions.filter((e) => schemaKept(e.schema)),
  };
}

class ObjectFilter {
  private readonly include: readonly Pattern[];
  private readonly exclude: readonly Pattern[];

  constructor(
    include: readonly string[],
    exclude: readonly string[],
    /** MySQL objects have no schema (it is ''): there a pattern names the object itself (`tmp_*`). */
    private readonly byName = false,
  ) {
    this.include = include.map(compilePattern);
    this.exclude = exclude.map(compilePattern);
  }

  isEmpty(): boolean {
    return this.include.length === 0 && this.exclude.length === 0;
  }

  keeps(schema: string, name: string): boolean {
    const matches = (p: Pattern) =>
      this.byName ? p.whole.test(name) : p.object.test(p.qualified ? `${schema}.${name}` : schema);
    return (this.include.length === 0 || this.include.some(matches)) && !this.exclude.some(matches);
  }

  /** A schema with nothing left in it stays only when the patterns select it, not just things in it. */
  keepsSchema(schema: string): boolean {
    const included = this.include.length === 0 || this.include.some((p) => p.schema.test(schema));
    // `public.tmp_*` excludes some tables of `public`, never `public` itself.
    return included && !this.exclude.some((p) => !p.qualified && p.schema.test(schema));
  }
}

interface Pattern {
  /** True for `schema.name` patterns, false for bare schema patterns. */
  readonly qualified: boolean;
  /** Tests `schema.name` (qualified) or `schema` (bare). */
  readonly object: RegExp;
  /** Tests a schema name against the schema part of the pattern. */
  readonly schema: RegExp;
  /** The whole pattern, for MySQL names. */
  readonly whole: RegExp;
}

function compilePattern(pattern: string): Pattern {
  const dot = pattern.indexOf('.');
  const qualified = dot >= 0;
  return {
    qualified,
    object: globToRegExp(pattern),
    schema: globToRegExp(qualified ? pattern.slice(0, dot) : pattern),
    whole: globToRegExp(pattern),
  };
}

function globToRegExp(glob: string): RegExp {
  const source = [...glob]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su');
}
