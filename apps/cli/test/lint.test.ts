import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Finding, liveFacts } from '@schema-studio/lint';
import { createTempDatabase as createMysqlDatabase } from '@schema-studio/mysql/testing';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readStats } from '../src/lint/read-stats.ts';
import { cli } from './run.ts';

/** orders.customer_id references customer without an index: `fk-without-index`, a warning by default. */
const SHOP = `CREATE TABLE public.customer (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES public.customer);`;

let dir: string;
/** The shop as a model file: one embedded-engine start for the suite instead of one per test. */
let shop: string;
/** An empty config file, so the repository's own schema-studio.json cannot leak into a test. */
let noConfig: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ss-lint-'));
  await writeFile(join(dir, 'shop.sql'), SHOP);
  shop = join(dir, 'shop.json');
  await writeFile(shop, (await cli('introspect', join(dir, 'shop.sql'))).stdout);
  noConfig = join(dir, 'empty-config.json');
  await writeFile(noConfig, '{}');
});

const lint = (source: string, ...args: string[]) =>
  cli('lint', source, ...(args.includes('--config') ? args : [...args, '--config', noConfig]));

async function writeConfig(name: string, config: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(config));
  return path;
}

function findings(stdout: string): Finding[] {
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

describe('lint on a model', () => {
  it('reports a foreign key without an index in a .sql file; fails only from --fail-on warning', async () => {
    const result = await lint(join(dir, 'shop.sql'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'warning (1)\n  fk-without-index  foreign key orders_customer_id_fkey on public.orders',
    );
    expect(result.stdout).toMatch(/why: .+/);
    expect(result.stdout).toContain('fix available');
    expect(result.stdout).toMatch(
      /\n1 finding: 0 errors, 1 warning, 0 info \(model only, no live statistics\)\n$/,
    );
    const strict = await lint(shop, '--fail-on', 'warning');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('schema-studio: 1 finding at or above warning\n');
  });

  it('--rule id=off silences a rule, and a later --rule wins', async () => {
    const off = await lint(shop, '--fail-on', 'warning', '--rule', 'fk-without-index=off');
    expect(off).toMatchObject({ code: 0, stderr: '' });
    expect(off.stdout).toBe('no findings (model only, no live statistics)\n');
    const raised = await lint(shop, '--rule', 'fk-without-index=off', '--rule', 'fk-without-index=error');
    expect(raised.code).toBe(1);
    expect(raised.stdout).toContain('error (1)');
  });

  it('--format json prints the findings with their fixes and counts', async () => {
    const result = await lint(shop, '--format', 'json', '--fail-on', 'never');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ counts: { error: 0, warning: 1, info: 0 }, failOn: 'never', failed: false });
    expect(body.liveStatsAt).toBeUndefined();
    const [finding] = findings(result.stdout);
    expect(finding).toMatchObject({
      rule: 'fk-without-index',
      severity: 'warning',
      object: { kind: 'foreignKey', schema: 'public', table: 'orders', name: 'orders_customer_id_fkey' },
      why: expect.any(String),
    });
    expect(finding?.fix?.length).toBeGreaterThan(0);
  });

  it('takes rules and failOn from the config file; flags override it', async () => {
    const config = await writeConfig('lint-config.json', {
      lint: { rules: { 'fk-without-index': 'error', 'table-without-comment': 'info' }, failOn: 'error' },
    });
    const result = await lint(shop, '--config', config, '--format', 'json');
    expect(result.code).toBe(1);
    expect(
      findings(result.stdout)
        .map((f) => `${f.rule}:${f.severity}`)
        .sort(),
    ).toEqual(['fk-without-index:error', 'table-without-comment:info', 'table-without-comment:info']);
    const overridden = await lint(shop, '--config', config, '--rule', 'fk-without-index=warning');
    expect(overridden.code).toBe(0);
    expect((await lint(shop, '--config', config, '--fail-on', 'info')).code).toBe(1);
  });
});

describe('lint: bad input is exit 2 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown format', ['--format', 'xml'], /--format must be text or json, got "xml"/],
    ['unknown threshold', ['--fail-on', 'fatal'], /--fail-on must be one of error, warning, info, never/],
    [
      'unknown rule',
      ['--rule', 'no-such-rule=off'],
      /unknown rule "no-such-rule" \(one of table-without-primary-key/,
    ],
    [
      'unknown setting',
      ['--rule', 'fk-without-index=loud'],
      /rule fk-without-index must be one of off, error/,
    ],
    [
      'a rule without a setting',
      ['--rule', 'fk-without-index'],
      /--rule expects id=off\|error\|warning\|info/,
    ],
    ['unknown flag', ['--frobnicate'], /lint: Unknown option '--frobnicate'/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const result = await lint(shop, ...args);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^schema-studio: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
    });
  }

  it('a malformed lint section in the config file', async () => {
    const config = await writeConfig('bad-lint.json', { lint: { rules: { 'fk-without-index': true } } });
    const result = await lint(shop, '--config', config);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `schema-studio: ${config}: lint.rules: rule fk-without-index must be one of off, error, warning, info, got "true"\n`,
    );
  });

  it('no source', async () => {
    expect((await cli('lint')).code).toBe(2);
  });
});

/**
 * A live PostgreSQL database: a 32-bit identity key near its limit (the integer-key rule escalates on the
 * headroom), a serial ticket number near its limit on a non-key column, an index nothing read, an invalid one.
 */
const LIVE = `
CREATE TABLE public.customer (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, email text NOT NULL,
  ticket_no serial NOT NULL, code int);
CREATE INDEX customer_email ON public.customer (email);
INSERT INTO public.customer (email, code) SELECT 'c' || g, g % 3 FROM generate_series(1, 300) g;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.customer', 'id'), 2147483000);
SELECT pg_catalog.setval('public.customer_ticket_no_seq', 2140000000);
ANALYZE public.customer;`;

describe('lint on a live PostgreSQL database', () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase('lint');
    await db.exec(LIVE);
    // Fails on duplicate codes after the catalog entry is committed: an invalid index is left behind.
    await db
      .query('CREATE UNIQUE INDEX CONCURRENTLY customer_code ON public.customer (code)')
      .catch(() => undefined);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('reads row estimates and headroom as live facts', async () => {
    const facts = liveFacts(await readStats(db.url));
    expect(facts.rowEstimates?.['public.customer']).toBe(300);
    expect(facts.sequenceHeadroom?.['public.customer.id']).toBeLessThan(0.001);
  });

  it('escalates rules on live facts and adds the live findings', async () => {
    const result = await lint(db.url, '--format', 'json');
    expect(result.stderr).toBe('schema-studio: 2 findings at or above error\n');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).liveStatsAt).toMatch(/^\d{4}-/);
    const byRule = new Map(findings(result.stdout).map((f) => [f.rule, f]));
    expect(byRule.get('integer-primary-key')).toMatchObject({ severity: 'error', object: { name: 'id' } });
    expect(byRule.get('integer-primary-key')?.message).toMatch(/Only 0% of its range is left/);
    expect(byRule.get('sequence-near-exhaustion')).toMatchObject({
      severity: 'error',
      object: { kind: 'column', table: 'customer', name: 'ticket_no' },
    });
    expect(byRule.get('invalid-index')).toMatchObject({
      severity: 'warning',
      object: { name: 'customer_code' },
    });
    expect(byRule.get('unused-index')).toMatchObject({
      severity: 'info',
      object: { name: 'customer_email' },
    });
  });

  it('live rules take --rule settings too', async () => {
    const result = await lint(
      db.url,
      '--rule',
      'sequence-near-exhaustion=off',
      '--rule',
      'integer-primary-key=off',
      '--rule',
      'unused-index=off',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('invalid-index  index customer_code on public.customer');
    expect(result.stdout).not.toContain('unused-index');
    expect(result.stdout).toMatch(/\(live statistics read at \d{4}-[^)]+\)\n$/);
  });
});

describe('lint on a live MariaDB database', () => {
  it('escalates an AUTO_INCREMENT key near its limit', async () => {
    const db = await createMysqlDatabase('lint');
    try {
      await db.query('CREATE TABLE ticket (id int AUTO_INCREMENT PRIMARY KEY, title varchar(50))');
      await db.query('ALTER TABLE ticket AUTO_INCREMENT = 2147483000');
      const result = await lint(db.url, '--format', 'json', '--fail-on', 'never');
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout).liveStatsAt).toBeDefined();
      const key = findings(result.stdout).find((f) => f.rule === 'integer-primary-key');
      expect(key).toMatchObject({ severity: 'error', object: { schema: '', table: 'ticket', name: 'id' } });
    } finally {
      await db.drop();
    }
  });
});
