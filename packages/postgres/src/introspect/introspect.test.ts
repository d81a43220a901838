import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SchemaModel, TableDef } from '@schema-studio/schema';
import { serializeModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../query.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { introspectPostgres } from './index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixture = readFileSync(path.join(repoRoot, 'test-fixtures/postgres/all-objects.sql'), 'utf8');

let server: TempDatabase;
let pglite: PGlite;
let pgliteQuery: QueryFn;
let fromServer: SchemaModel;
let fromPglite: SchemaModel;

beforeAll(async () => {
  server = await createTempDatabase('introspect');
  await server.exec(fixture);
  pglite = new PGlite();
  await pglite.exec(fixture);
  pgliteQuery = (sql, params) => pglite.query(sql, params as unknown[] | undefined);
  fromServer = await introspectPostgres(server.query);
  fromPglite = await introspectPostgres(pgliteQuery);
});

afterAll(async () => {
  await server?.drop();
  await pglite?.close();
});

function table(model: SchemaModel, schema: string, name: string): TableDef {
  const found = model.tables.find((t) => t.schema === schema && t.name === name);
  if (!found) throw new Error(`no table ${schema}.${name}`);
  return found;
}

describe('introspectPostgres on PostgreSQL 15 and PGlite (PostgreSQL 18)', () => {
  it('gives byte-identical models', () => {
    expect(serializeModel(fromPglite)).toBe(serializeModel(fromServer));
  });

  it('reads schemas, extensions, collations and types', () => {
    const m = fromServer;
    expect(m.schemas).toEqual([
      { name: 'app', comment: 'Application objects' },
      { name: 'audit' },
      { name: 'public', comment: 'standard public schema' },
    ]);
    expect(m.extensions).toEqual([]);
    expect(m.collations).toEqual([
      {
        schema: 'app',
        name: 'c_bytes',
        provider: 'libc',
        lcCollate: 'C',
        lcCtype: 'C',
        deterministic: true,
        comment: 'Byte order',
      },
      { schema: 'app', name: 'nocase', provider: 'icu', locale: 'und-u-ks-level2', deterministic: false },
    ]);
    expect(m.enums).toEqual([
      { schema: 'app', name: 'mood', values: ['sad', 'meh', 'ok', 'happy'], comment: 'How it feels' },
    ]);
    expect(m.domains).toEqual([
      { schema: 'app', name: 'code', type: 'text', notNull: false, collation: 'pg_catalog."C"', checks: [] },
      {
        schema: 'app',
        name: 'positive_int',
        type: 'integer',
        notNull: true,
        default: '1',
        checks: [
          { name: 'positive_int_check', expression: '(VALUE > 0)' },
          { name: 'positive_int_small', expression: '(VALUE < 1000000)', notValid: true },
        ],
        comment: 'Strictly positive',
      },
    ]);
    expect(m.compositeTypes).toEqual([
      {
        schema: 'app',
        name: 'address',
        attributes: [
          { name: 'street', type: 'text' },
          { name: 'city', type: 'text', collation: 'pg_catalog."C"' },
          { name: 'zip', type: 'character varying(10)' },
        ],
        comment: 'Postal address',
      },
    ]);
    expect(m.rangeTypes).toEqual([
      { schema: 'app', name: 'float_range', subtype: 'double precision', subtypeDiff: 'float8mi' },
      {
        schema: 'app',
        name: 'text_span',
        subtype: 'text',
        collation: 'pg_catalog."C"',
        multirangeName: 'text_spans',
      },
    ]);
  });

  it('reads sequences, with OWNED BY as a qualified table key, and skips identity sequences', () => {
    expect(fromServer.sequences).toEqual([
      {
        schema: 'app',
        name: 'invoice_no',
        type: 'integer',
        start: '1000',
        increment: '10',
        min: '10',
        max: '999999',
        cache: '5',
        cycle: true,
        ownedBy: { table: 'app.invoice', column: 'id' },
        comment: 'Invoice numbers',
      },
      {
        schema: 'public',
        name: 'note_id_seq',
        type: 'integer',
        start: '1',
        increment: '1',
        min: '1',
        max: '2147483647',
        cache: '1',
        cycle: false,
        ownedBy: { table: 'public.note', column: 'id' },
      },
    ]);
  });

  it('reads routines of every kind, without range constructors', () => {
    const summary = fromServer.functions.map((f) => [f.name, f.kind, f.args, f.returns ?? null, f.language]);
    expect(summary).toEqual([
      ['add', 'function', 'a integer, b integer', 'integer', 'sql'],
      ['big_invoice_insert', 'function', '', 'trigger', 'plpgsql'],
      ['reset_cache', 'procedure', 'IN keep integer', null, 'sql'],
      ['total', 'aggregate', 'integer', 'integer', 'internal'],
      ['touch', 'function', '', 'trigger', 'plpgsql'],
    ]);
    const byName = new Map(fromServer.functions.map((f) => [f.name, f]));
    expect(byName.get('add')?.definition).toBe(
      'CREATE OR REPLACE FUNCTION app.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n' +
        ' IMMUTABLE STRICT\nAS $function$SELECT a + b$function$\n',
    );
    expect(byName.get('total')?.definition).toBe(
      "CREATE OR REPLACE AGGREGATE app.total(integer) (\n    SFUNC = app.add,\n    STYPE = integer,\n    INITCOND = '0'\n)\n",
    );
    expect(byName.get('reset_cache')?.comment).toBe('Empties the cache');
  });

  it('reads columns: identity, generated, defaults, collations, comments', () => {
    const customer = table(fromServer, 'app', 'customer');
    expect(customer.columns.slice(0, 4)).toEqual([
      {
        name: 'id',
        type: 'bigint',
        nullable: false,
        identity: {
          generation: 'always',
          start: '100',
          increment: '5',
          min: '1',
          max: '9223372036854775807',
          cache: '1',
          cycle: false,
        },
      },
      { name: 'email', type: 'text', nullable: false, collation: 'pg_catalog."C"', comment: 'Login' },
      { name: 'name', type: 'character varying(100)', nullable: true },
      { name: 'mood', type: 'app.mood', nullable: true, default: "'ok'::app.mood" },
    ]);
    const invoice = table(fromServer, 'app', 'invoice');
    expect(invoice.columns[0]).toEqual({
      name: 'id',
      type: 'integer',
      nullable: false,
      default: "nextval('app.invoice_no'::regclass)",
    });
    expect(invoice.columns[3]).toEqual({
      name: 'tax',
      type: 'numeric(12,2)',
      nullable: true,
      generated: '(total * 0.2)',
    });
  });

  it('reads every constraint kind', () => {
    const invoice = table(fromServer, 'app', 'invoice');
    expect(invoice.primaryKey).toEqual({ name: 'invoice_pkey', columns: ['id'] });
    expect(invoice.foreignKeys).toEqual([
      {
        name: 'invoice_customer_fk',
        columns: ['customer_id'],
        refSchema: 'app',
        refTable: 'customer',
        refColumns: ['id'],
        onUpdate: 'cascade',
        onDelete: 'set null',
        match: 'simple',
        deferrable: true,
        initiallyDeferred: true,
      },
    ]);
    expect(invoice.uniques).toEqual([
      { name: 'invoice_code_key', columns: ['code'], nullsNotDistinct: true, deferrable: true },
    ]);
    expect(invoice.checks).toEqual([
      { name: 'invoice_total_check', expression: '(total >= (0)::numeric)', noInherit: true },
    ]);
    expect(invoice.exclusions).toEqual([
      {
        name: 'invoice_no_overlap',
        definition: 'EXCLUDE USING gist (period WITH &&)',
        comment: 'No overlapping periods',
      },
    ]);
    const line = table(fromServer, 'app', 'invoice_line');
    expect(line.primaryKey).toEqual({ name: 'invoice_line_pkey', columns: ['invoice_id', 'line_no'] });
    expect(line.foreignKeys[0]).toMatchObject({ match: 'full', onDelete: 'cascade', notValid: true });
    const customer = table(fromServer, 'app', 'customer');
    expect(customer.uniques).toEqual([
      { name: 'customer_email_key', columns: ['email'], comment: 'One account per email' },
    ]);
    expect(customer.checks).toEqual([
      { name: 'customer_name_check', expression: '(char_length((name)::text) > 1)' },
      { name: 'customer_score_check', expression: '((score)::integer < 100)', notValid: true },
    ]);
  });

  it('reads indexes, leaving out constraint-backed ones', () => {
    const customer = table(fromServer, 'app', 'customer');
    expect(customer.indexes).toEqual([
      {
        name: 'customer_created_idx',
        unique: false,
        method: 'btree',
        keys: [
          { column: 'created_at', descending: true, nullsFirst: false },
          { column: 'name', nullsFirst: true },
        ],
      },
      {
        name: 'customer_lower_email_idx',
        unique: false,
        method: 'btree',
        // The expression inherits the column's collation "C", which differs from text's default.
        keys: [{ column: 'lower(email)', expression: true, collation: 'pg_catalog."C"' }],
        comment: 'Case-insensitive lookup',
      },
      {
        name: 'customer_name_c_idx',
        unique: false,
        method: 'btree',
        keys: [{ column: 'name', collation: 'pg_catalog."C"' }],
        options: ['fillfactor=70'],
      },
      {
        name: 'customer_name_partial_idx',
        unique: false,
        method: 'btree',
        keys: [{ column: 'name' }],
        include: ['email'],
        where: '(name IS NOT NULL)',
      },
      {
        name: 'customer_name_pattern_idx',
        unique: false,
        method: 'btree',
        keys: [{ column: 'name', opclass: 'varchar_pattern_ops' }],
      },
      { name: 'customer_tags_idx', unique: false, method: 'gin', keys: [{ column: 'tags' }] },
    ]);
    expect(table(fromServer, 'app', 'invoice_line').indexes).toEqual([
      {
        name: 'invoice_line_sku_idx',
        unique: true,
        method: 'btree',
        keys: [{ column: 'sku' }],
        nullsNotDistinct: true,
      },
    ]);
    expect(table(fromServer, 'app', 'invoice').indexes).toEqual([]);
  });

  it('reads table properties: unlogged, RLS, replica identity, options', () => {
    const invoice = table(fromServer, 'app', 'invoice');
    expect(invoice).toMatchObject({
      rowLevelSecurity: true,
      forceRowLevelSecurity: true,
      replicaIdentity: 'full',
      options: ['autovacuum_enabled=false', 'fillfactor=90'],
    });
    expect(table(fromServer, 'app', 'invoice_line').replicaIdentity).toBe('index:invoice_line_pkey');
    expect(table(fromServer, 'app', 'session_cache').unlogged).toBe(true);
    expect(table(fromServer, 'app', 'customer').unlogged).toBeUndefined();
  });

  it('reads partitioned tables and keeps only local objects on partitions', () => {
    const event = table(fromServer, 'app', 'event');
    expect(event.partitionBy).toBe('RANGE (happened_at)');
    expect(event.primaryKey?.columns).toEqual(['id', 'happened_at']);
    expect(event.foreignKeys.map((f) => f.name)).toEqual(['event_customer_fk']);
    expect(event.indexes.map((i) => i.name)).toEqual(['event_payload_idx']);
    expect(event.triggers.map((t) => t.name)).toEqual(['event_touch']);
    const p2024 = table(fromServer, 'app', 'event_2024');
    expect(p2024).toEqual({
      schema: 'app',
      name: 'event_2024',
      columns: event.columns,
      foreignKeys: [],
      uniques: [],
      checks: [],
      exclusions: [],
      indexes: [
        { name: 'event_2024_local_idx', unique: false, method: 'btree', keys: [{ column: 'happened_at' }] },
      ],
      triggers: [],
      policies: [],
      partitionOf: {
        schema: 'app',
        table: 'event',
        bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
      },
      comment: 'Events of 2024',
    });
    expect(table(fromServer, 'app', 'event_rest').partitionOf?.bound).toBe('DEFAULT');
  });

  it('reads triggers and policies', () => {
    const invoice = table(fromServer, 'app', 'invoice');
    expect(invoice.triggers).toEqual([
      {
        name: 'invoice_audit',
        definition:
          'CREATE TRIGGER invoice_audit AFTER UPDATE ON app.invoice FOR EACH STATEMENT EXECUTE FUNCTION app.touch()',
        enabled: 'D',
      },
    ]);
    expect(table(fromServer, 'app', 'customer').triggers[0]?.comment).toBe('Stamp rows');
    expect(invoice.policies).toEqual([
      {
        name: 'invoice_read',
        permissive: true,
        command: 'SELECT',
        roles: ['public'],
        using: '(total > (0)::numeric)',
        comment: 'Anyone reads',
      },
      {
        name: 'invoice_write',
        permissive: false,
        command: 'UPDATE',
        roles: ['public'],
        using: 'true',
        withCheck: '(total < (1000)::numeric)',
      },
    ]);
  });

  it('reads views and materialized views with columns, dependencies, indexes and triggers', () => {
    expect(fromServer.views).toEqual([
      {
        schema: 'app',
        name: 'big_invoice',
        materialized: false,
        definition:
          'SELECT i.id,\n    c.email,\n    app.add(i.id, 2) AS id_plus\n   FROM app.invoice i\n' +
          '     JOIN app.customer c ON c.id = i.customer_id\n  WHERE i.total > 100::numeric',
        columns: [
          { name: 'id', type: 'integer' },
          { name: 'email', type: 'text', comment: 'Customer email' },
          { name: 'id_plus', type: 'integer' },
        ],
        options: ['security_barrier=true'],
        indexes: [],
        triggers: [
          {
            name: 'big_invoice_insert',
            definition:
              'CREATE TRIGGER big_invoice_insert INSTEAD OF INSERT ON app.big_invoice FOR EACH ROW EXECUTE FUNCTION app.big_invoice_insert()',
          },
        ],
        dependsOn: ['app.add(a integer, b integer)', 'app.customer', 'app.invoice'],
        comment: 'Large invoices',
      },
      {
        schema: 'audit',
        name: 'customer_totals',
        materialized: true,
        definition:
          'SELECT c.id,\n    count(i.id) AS invoices\n   FROM app.customer c\n' +
          '     LEFT JOIN app.invoice i ON i.customer_id = c.id\n  GROUP BY c.id',
        columns: [
          { name: 'id', type: 'bigint' },
          { name: 'invoices', type: 'bigint' },
        ],
        indexes: [
          { name: 'customer_totals_id_idx', unique: true, method: 'btree', keys: [{ column: 'id' }] },
        ],
        triggers: [],
        dependsOn: ['app.customer', 'app.invoice'],
        withData: false,
        comment: 'Per-customer totals',
      },
    ]);
  });
});

describe('introspectPostgres options and session', () => {
  it('restricts to the given schemas and reports progress', async () => {
    const steps: string[] = [];
    let last = { done: 0, total: -1 };
    const model = await introspectPostgres(pgliteQuery, {
      schemas: ['audit'],
      onProgress: (step, done, total) => {
        steps.push(step);
        last = { done, total };
      },
    });
    expect(model.schemas.map((s) => s.name)).toEqual(['audit']);
    expect(model.tables).toEqual([]);
    expect(model.views.map((v) => v.name)).toEqual(['customer_totals']);
    expect(steps).toContain('tables');
    expect(last.done).toBe(last.total);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it('restores the session settings it pinned', async () => {
    await server.query("SELECT set_config('search_path', 'app, public', false)");
    await introspectPostgres(server.query);
    const { rows } = await server.query("SELECT current_setting('search_path') AS path");
    expect(rows[0]?.path).toBe('app, public');
  });

  it('restores the session settings when a query fails', async () => {
    await pglite.query("SELECT set_config('search_path', 'audit', false)");
    let calls = 0;
    const failing: QueryFn = async (sql, params) => {
      calls += 1;
      if (calls === 5) throw new Error('boom');
      return pgliteQuery(sql, params);
    };
    await expect(introspectPostgres(failing)).rejects.toThrow(/boom/);
    const { rows } = await pglite.query<{ path: string }>("SELECT current_setting('search_path') AS path");
    expect(rows[0]?.path).toBe('audit');
  });
});
