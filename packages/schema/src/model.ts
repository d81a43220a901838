/**
 * The one schema model: plain readonly JSON data with a deterministic order.
 *
 * Conventions every producer (introspectors, editors) and consumer (diff, DDL, docs, lint) relies on:
 * - Names are stored unquoted, exactly as the catalog holds them (`"Order"` is stored as `Order`).
 * - SQL fragments (types, defaults, expressions, definitions) are stored as the engine renders them with an
 *   empty `search_path`, so every reference outside `pg_catalog` is schema-qualified and the fragment can be
 *   replayed verbatim in any session (e.g. type `public.mpaa_rating`, default `nextval('public.s'::regclass)`).
 * - Top-level arrays are sorted by (schema, name); columns keep their ordinal order; other nested arrays
 *   are sorted by name. `normalizeModel` establishes this order, so equal schemas serialize to equal bytes.
 * - Optional fields are omitted rather than set to `undefined` or a default, to keep the JSON minimal.
 */

export const FORMAT_VERSION = 1 as const;

export type Dialect = 'postgres' | 'mysql';

export interface SchemaModel {
  readonly formatVersion: typeof FORMAT_VERSION;
  readonly dialect: Dialect;
  readonly schemas: readonly NamespaceDef[];
  readonly extensions: readonly ExtensionDef[];
  readonly collations: readonly CollationDef[];
  readonly enums: readonly EnumDef[];
  readonly domains: readonly DomainDef[];
  readonly compositeTypes: readonly CompositeTypeDef[];
  readonly rangeTypes: readonly RangeTypeDef[];
  readonly sequences: readonly SequenceDef[];
  readonly functions: readonly RoutineDef[];
  readonly tables: readonly TableDef[];
  readonly views: readonly ViewDef[];
}

/** A PostgreSQL schema (namespace); MySQL has one per database and leaves this empty. */
export interface NamespaceDef {
  readonly name: string;
  readonly comment?: string;
}

export interface ExtensionDef {
  readonly name: string;
  /** Schema the extension's objects live in. */
  readonly schema: string;
  readonly comment?: string;
}

export interface CollationDef {
  readonly schema: string;
  readonly name: string;
  /** `libc`, `icu` or `builtin`. */
  readonly provider: string;
  readonly locale?: string;
  readonly lcCollate?: string;
  readonly lcCtype?: string;
  readonly deterministic: boolean;
  readonly rules?: string;
  readonly comment?: string;
}

export interface EnumDef {
  readonly schema: string;
  readonly name: string;
  /** Labels in their sort order. */
  readonly values: readonly string[];
  readonly comment?: string;
}

export interface DomainDef {
  readonly schema: string;
  readonly name: string;
  /** Base type as `format_type` renders it. */
  readonly type: string;
  readonly notNull: boolean;
  readonly default?: string;
  readonly collation?: string;
  readonly checks: readonly CheckDef[];
  readonly comment?: string;
}

export interface CompositeTypeDef {
  readonly schema: string;
  readonly name: string;
  readonly attributes: readonly CompositeAttributeDef[];
  readonly comment?: string;
}

export interface CompositeAttributeDef {
  readonly name: string;
  readonly type: string;
  readonly collation?: string;
}

export interface RangeTypeDef {
  readonly schema: string;
  readonly name: string;
  readonly subtype: string;
  readonly subtypeOpclass?: string;
  readonly collation?: string;
  readonly canonical?: string;
  readonly subtypeDiff?: string;
  readonly multirangeName?: string;
  readonly comment?: string;
}

export interface SequenceDef {
  readonly schema: string;
  readonly name: string;
  /** `smallint`, `integer` or `bigint`. */
  readonly type: string;
  /** Numbers are kept as decimal strings: bigint bounds do not fit a JSON number. */
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
  readonly ownedBy?: { readonly table: string; readonly column: string };
  readonly unlogged?: boolean;
  readonly comment?: string;
}

export type RoutineKind = 'function' | 'procedure' | 'aggregate' | 'window';

export interface RoutineDef {
  readonly schema: string;
  readonly name: string;
  readonly kind: RoutineKind;
  /** Identity arguments (`pg_get_function_identity_arguments`): with the name, what identifies an overload. */
  readonly args: string;
  /** Result type, absent for procedures. */
  readonly returns?: string;
  readonly language: string;
  /** The complete `CREATE OR REPLACE FUNCTION ...` statement as the engine renders it. */
  readonly definition: string;
  readonly comment?: string;
}

export interface TableDef {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  readonly primaryKey?: PrimaryKeyDef;
  readonly foreignKeys: readonly ForeignKeyDef[];
  readonly uniques: readonly UniqueDef[];
  readonly checks: readonly CheckDef[];
  readonly exclusions: readonly ExclusionDef[];
  readonly indexes: readonly IndexDef[];
  readonly triggers: readonly TriggerDef[];
  readonly policies: readonly PolicyDef[];
  readonly unlogged?: boolean;
  /** Partition key of a partitioned table, as `pg_get_partkeydef` renders it, e.g. `RANGE (created_at)`. */
  readonly partitionBy?: string;
  /** Set when this table is a partition of another. */
  readonly partitionOf?: { readonly schema: string; readonly table: string; readonly bound: string };
  readonly rowLevelSecurity?: boolean;
  readonly forceRowLevelSecurity?: boolean;
  /** `default` is omitted; otherwise `nothing`, `full` or `index:<name>`. */
  readonly replicaIdentity?: string;
  /** Storage parameters (`WITH (...)`), each `name=value`, sorted. */
  readonly options?: readonly string[];
  /** MySQL table options (engine, charset, collation, row format); absent for PostgreSQL. */
  readonly mysql?: MysqlTableOptions;
  readonly comment?: string;
}

export interface MysqlTableOptions {
  readonly engine?: string;
  readonly charset?: string;
  readonly collation?: string;
  readonly rowFormat?: string;
}

export interface ColumnDef {
  readonly name: string;
  /** Type as `format_type` renders it, modifiers and array brackets included (`character varying(20)[]`). */
  readonly type: string;
  readonly nullable: boolean;
  readonly default?: string;
  readonly identity?: IdentityDef;
  /** Expression of a `GENERATED ALWAYS AS (...) STORED` column. */
  readonly generated?: string;
  readonly collation?: string;
  readonly comment?: string;
  /** MySQL column attributes; absent for PostgreSQL. */
  readonly mysql?: MysqlColumnOptions;
}

export interface MysqlColumnOptions {
  readonly charset?: string;
  readonly autoIncrement?: boolean;
  readonly onUpdate?: string;
  readonly generatedStored?: boolean;
}

export interface IdentityDef {
  readonly generation: 'always' | 'by default';
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
}

export interface PrimaryKeyDef {
  readonly name: string;
  readonly columns: readonly string[];
  readonly comment?: string;
}

export type FkAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ForeignKeyDef {
  readonly name: string;
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onUpdate: FkAction;
  readonly onDelete: FkAction;
  readonly match: 'simple' | 'full' | 'partial';
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  readonly notValid?: boolean;
  readonly comment?: string;
}

export interface UniqueDef {
  readonly name: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct?: boolean;
  readonly deferrable?: boolean;
  readonly initiallyDeferred?: boolean;
  readonly comment?: string;
}

export interface CheckDef {
  readonly name: string;
  /** The boolean expression, without the surrounding `CHECK (...)`. */
  readonly expression: string;
  readonly notValid?: boolean;
  readonly noInherit?: boolean;
  readonly comment?: string;
}

export interface ExclusionDef {
  readonly name: string;
  /** Full constraint definition as `pg_get_constraintdef` renders it (`EXCLUDE USING gist (...)`). */
  readonly definition: string;
  readonly comment?: string;
}

export interface IndexDef {
  readonly name: string;
  readonly unique: boolean;
  /** Access method: `btree`, `gin`, `gist`, `hash`, `brin`, `spgist`, ... (MySQL: `BTREE`, `FULLTEXT`, `SPATIAL`). */
  readonly method: string;
  readonly keys: readonly IndexKeyDef[];
  /** Non-key columns (`INCLUDE (...)`). */
  readonly include?: readonly string[];
  /** Predicate of a partial index. */
  readonly where?: string;
  readonly nullsNotDistinct?: boolean;
  /** Storage parameters, each `name=value`. */
  readonly options?: readonly string[];
  readonly comment?: string;
}

export interface IndexKeyDef {
  /** A column name, or an expression when `expression` is true. */
  readonly column: string;
  readonly expression?: boolean;
  readonly descending?: boolean;
  /** Present when it differs from the default for the direction (NULLS LAST for ASC, FIRST for DESC). */
  readonly nullsFirst?: boolean;
  /** Operator class when it is not the type's default. */
  readonly opclass?: string;
  readonly collation?: string;
  /** MySQL prefix length. */
  readonly length?: number;
}

export interface TriggerDef {
  readonly name: string;
  /** Complete `CREATE TRIGGER ...` statement as the engine renders it. */
  readonly definition: string;
  /** `O` (origin, the default) is omitted; `D` disabled, `R` replica, `A` always. */
  readonly enabled?: 'D' | 'R' | 'A';
  readonly comment?: string;
}

export interface PolicyDef {
  readonly name: string;
  readonly permissive: boolean;
  /** `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`. */
  readonly command: string;
  readonly roles: readonly string[];
  readonly using?: string;
  readonly withCheck?: string;
  readonly comment?: string;
}

export interface ViewDef {
  readonly schema: string;
  readonly name: string;
  readonly materialized: boolean;
  /** The SELECT, as `pg_get_viewdef` renders it. */
  readonly definition: string;
  /** Output columns (for docs and the canvas); comments live here too. */
  readonly columns: readonly ViewColumnDef[];
  /** View options (`security_barrier=true`, `check_option=local`, ...), sorted. */
  readonly options?: readonly string[];
  /** Indexes (materialized views only). */
  readonly indexes: readonly IndexDef[];
  readonly triggers: readonly TriggerDef[];
  /** Relations and routines this view reads, as `schema.name`; used to order drops and creates. */
  readonly dependsOn: readonly string[];
  readonly withData?: boolean;
  readonly comment?: string;
}

export interface ViewColumnDef {
  readonly name: string;
  readonly type: string;
  readonly comment?: string;
}

/** The parts of a table that are usually written by hand; everything else starts empty. */
export type TableInit = Pick<TableDef, 'schema' | 'name' | 'columns'> & Partial<TableDef>;

/** A table with empty constraint, index, trigger and policy lists, plus what `init` sets. */
export function tableDef(init: TableInit): TableDef {
  return {
    foreignKeys: [],
    uniques: [],
    checks: [],
    exclusions: [],
    indexes: [],
    triggers: [],
    policies: [],
    ...init,
  };
}

/**
 * The model of a freshly created, empty database. For PostgreSQL that is not nothing: every new database has
 * the `public` schema, with its standard comment, so a migration from `empty` must not create it.
 */
export function emptyModel(dialect: Dialect = 'postgres'): SchemaModel {
  return {
    formatVersion: FORMAT_VERSION,
    dialect,
    schemas: dialect === 'postgres' ? [{ name: 'public', comment: 'standard public schema' }] : [],
    extensions: [],
    collations: [],
    enums: [],
    domains: [],
    compositeTypes: [],
    rangeTypes: [],
    sequences: [],
    functions: [],
    tables: [],
    views: [],
  };
}
