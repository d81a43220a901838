import { type Static, Type } from '@sinclair/typebox';
import { Hints, Model, Timestamp } from './schemas.ts';

/**
 * The wire shapes of the studio HTTP API (docs/api-contract.md), written once: the routes validate and
 * serialize through these schemas, and the web imports their `Static` types from `@schema-studio/api/contract`
 * with `import type` only, so none of this code reaches the browser bundle.
 */

export const Position = Type.Object({ x: Type.Number(), y: Type.Number() });
export type Position = Static<typeof Position>;

export const Layout = Type.Object({
  positions: Type.Record(Type.String(), Position),
  colors: Type.Record(Type.String(), Type.String()),
  hidden: Type.Array(Type.String()),
  viewport: Type.Optional(Type.Object({ x: Type.Number(), y: Type.Number(), zoom: Type.Number() })),
});
export type Layout = Static<typeof Layout>;

/** `connectionId` is absent rather than null for a project not made from a connection. */
export const Project = Type.Object({
  id: Type.String(),
  name: Type.String(),
  connectionId: Type.Optional(Type.String()),
  baseline: Model,
  design: Model,
  layout: Layout,
  hints: Hints,
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Project = Static<typeof Project>;

export const ProjectSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  connectionId: Type.Optional(Type.String()),
  tableCount: Type.Integer(),
  updatedAt: Timestamp,
});
export type ProjectSummary = Static<typeof ProjectSummary>;

const DialectName = Type.Union([Type.Literal('postgres'), Type.Literal('mysql')]);

/** Where a new project starts (`POST /api/projects`). `dialect` defaults to PostgreSQL. */
export const ProjectSource = Type.Union([
  Type.Object({ kind: Type.Literal('empty'), dialect: Type.Optional(DialectName) }),
  Type.Object({ kind: Type.Literal('demo') }),
  Type.Object({
    kind: Type.Literal('sql'),
    sql: Type.String({ maxLength: 5_000_000 }),
    dialect: Type.Optional(DialectName),
  }),
  Type.Object({
    kind: Type.Literal('connection'),
    connectionId: Type.String({ minLength: 1 }),
    // A finished introspection job of this connection: its model is used instead of reading the database again.
    jobId: Type.Optional(Type.String({ minLength: 1 })),
  }),
]);
export type ProjectSource = Static<typeof ProjectSource>;

/** A stored connection as the API shows it: never its URL. */
export const Connection = Type.Object({
  id: Type.String(),
  name: Type.String(),
  dialect: DialectName,
  host: Type.String(),
  port: Type.Integer(),
  database: Type.String(),
  user: Type.String(),
  createdAt: Timestamp,
});
export type Connection = Static<typeof Connection>;

export const Job = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  progress: Type.Object({ step: Type.String(), done: Type.Integer(), total: Type.Integer() }),
  // Introspection is the only kind of job so far: its result is a model.
  result: Type.Optional(Model),
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});
export type Job = Static<typeof Job>;

/** Which model of a project a documentation set is rendered from. */
export const DocsOf = Type.Union([Type.Literal('design'), Type.Literal('baseline')]);
export type DocsOf = Static<typeof DocsOf>;

/** `schema` or `schema.name`, with `*` and `?` (see `filterModel` in packages/docs). */
const DocsPattern = Type.String({ minLength: 1, maxLength: 200 });

/**
 * Options of a documentation set (`POST /api/projects/:id/docs` body, `GET .../docs.zip` query): the design by
 * default, every object unless `include`/`exclude` select some, the project's name as the README title, and
 * `schema/findings.md` (the advisor's model rules at their default settings) when `findings` is true.
 */
export const DocsRequest = Type.Object(
  {
    of: Type.Optional(DocsOf),
    include: Type.Optional(Type.Array(DocsPattern, { maxItems: 100 })),
    exclude: Type.Optional(Type.Array(DocsPattern, { maxItems: 100 })),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    findings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type DocsRequest = Static<typeof DocsRequest>;

/** One markdown file of the set; `path` is relative to the set's folder, `/`-separated. */
export const DocFile = Type.Object({ path: Type.String(), content: Type.String() });
export type DocFile = Static<typeof DocFile>;

export const DocsSet = Type.Object({ files: Type.Array(DocFile) });
export type DocsSet = Static<typeof DocsSet>;

/**
 * `GET /api/projects/:id/drift`: whether the live database still is the project's baseline, and if not, how it
 * differs (the statements from the baseline to it, and one line per differing object). Nothing is changed.
 */
export const ProjectDrift = Type.Object({
  drifted: Type.Boolean(),
  changes: Type.Array(Type.String()),
  statements: Type.Array(Type.String()),
  firstDifference: Type.Union([Type.String(), Type.Null()]),
});
export type ProjectDrift = Static<typeof ProjectDrift>;

/** Review and apply: proposals, threads, activity, apply attempts. */
export * from '../reviews/contract.ts';
