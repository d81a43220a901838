import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

const SHARED = resolve(import.meta.dirname, '../../../../shared/fixtures/postgres');
const hasShared = existsSync(SHARED);

let dir: string;
/** An explicit config file per test folder: the repository's own schema-studio.json must not leak in. */
let config: string;
const SHOP = `CREATE TABLE public.customer (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE public.orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES public.customer);
CREATE SCHEMA audit;
CREATE TABLE audit.event (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);
COMMENT ON TABLE public.customer IS 'People who buy';`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ss-docs-'));
  config = join(dir, 'schema-studio.json');
  await writeFile(
    config,
    JSON.stringify({ docs: { title: 'Shop', descriptions: { 'public.orders': 'What was bought' } } }),
  );
  await writeFile(join(dir, 'shop.sql'), SHOP);
  await writeFile(join(dir, 'shop-v2.sql'), `${SHOP}\nALTER TABLE public.orders ADD COLUMN note text;`);
  // Most tests read JSON models: one embedded-engine start per source instead of one per command.
  for (const name of ['shop', 'shop-v2']) {
    const model = await cli('introspect', join(dir, `${name}.sql`));
    await writeFile(join(dir, `${name}.json`), model.stdout);
  }
});

const docs = (...args: string[]) => cli('docs', ...args, '--config', config);
/** `docs log` between two of the test folder's model files. */
const log = (from: string, to: string, ...args: string[]) =>
  docs('log', join(dir, `${from}.json`), join(dir, `${to}.json`), ...args);

describe('docs', () => {
  it('writes the set, rewrites nothing the second time, and --check passes', async () => {
    const out = join(dir, 'out');
    const first = await docs(join(dir, 'shop.sql'), '--out', out);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const files = await readdir(join(out, 'schema'));
    expect(files).toEqual(
      expect.arrayContaining(['erd-diagram.md', 'table-definitions.md', 'data-dictionary.md']),
    );
    const definitions = await readFile(join(out, 'schema/table-definitions.md'), 'utf8');
    expect(definitions).toContain('People who buy');
    expect(definitions).toContain('What was bought'); // from the config file: the table has no comment
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain('Shop');
    expect((await docs(join(dir, 'shop.sql'), '--out', out)).stdout).toContain('all up to date');
    expect(await docs(join(dir, 'shop.sql'), '--out', out, '--check')).toMatchObject({ code: 0 });
  });

  it('--check fails after a column is added, naming the stale files, and writes nothing', async () => {
    const out = join(dir, 'drift');
    await docs(join(dir, 'shop.json'), '--out', out);
    const before = await readFile(join(out, 'schema/table-definitions.md'), 'utf8');
    const check = await docs(join(dir, 'shop-v2.json'), '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`stale:   ${join(out, 'schema/table-definitions.md')}`);
    expect(check.stdout).toContain(`stale:   ${join(out, 'schema/data-dictionary.md')}`);
    expect(check.stderr).toMatch(/do not match the schema/);
    expect(await readFile(join(out, 'schema/table-definitions.md'), 'utf8')).toBe(before);
  });

  it("removes an ERD part the set no longer has, but never a file of someone else's beside the set", async () => {
    const out = join(dir, 'owned');
    await docs(join(dir, 'shop.json'), '--out', out);
    await mkdir(join(out, 'schema/erd'), { recursive: true });
    await writeFile(join(out, 'schema/erd/public-9.md'), '# a part of an earlier, larger set\n');
    await writeFile(join(out, 'schema/conventions.md'), '# Our naming conventions\n');
    await writeFile(join(out, 'schema/erd/notes.txt'), 'not markdown\n');
    const check = await docs(join(dir, 'shop.json'), '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stdout.trim().split('\n')).toEqual([`extra:   ${join(out, 'schema/erd/public-9.md')}`]);
    expect((await docs(join(dir, 'shop.json'), '--out', out)).code).toBe(0);
    expect(existsSync(join(out, 'schema/erd/public-9.md'))).toBe(false);
    expect(await readFile(join(out, 'schema/conventions.md'), 'utf8')).toBe('# Our naming conventions\n');
    expect(existsSync(join(out, 'schema/erd/notes.txt'))).toBe(true);
    expect((await docs(join(dir, 'shop.json'), '--out', out, '--check')).code).toBe(0);
  });

  it('applies --include and --exclude alike to the export and to --check', async () => {
    const out = join(dir, 'filtered');
    expect((await docs(join(dir, 'shop.json'), '--out', out, '--exclude', 'audit')).code).toBe(0);
    const definitions = await readFile(join(out, 'schema/table-definitions.md'), 'utf8');
    expect(definitions).toContain('customer');
    expect(definitions).not.toContain('happened_at');
    expect((await docs(join(dir, 'shop.json'), '--out', out, '--exclude', 'audit', '--check')).code).toBe(0);
    expect((await docs(join(dir, 'shop.json'), '--out', out, '--check')).code).toBe(1);
    const only = await docs(join(dir, 'shop.json'), '--out', join(dir, 'only'), '--include', 'public.cust*');
    expect(only.code).toBe(0);
    const onlyDefinitions = await readFile(join(dir, 'only/schema/table-definitions.md'), 'utf8');
    expect(onlyDefinitions).toContain('customer');
    expect(onlyDefinitions).not.toContain('public.orders');
  });

  it('refuses a malformed config file with exit 2 and one line', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ docs: { include: 'public' } }));
    const result = await cli('docs', join(dir, 'shop.json'), '--out', join(dir, 'x'), '--config', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`schema-studio: ${bad}: docs.include must be a list of patterns (strings)\n`);
  });
});

describe('docs --findings', () => {
  it('adds schema/findings.md and lists it in the README; --check sees it like any generated file', async () => {
    const out = join(dir, 'findings');
    expect((await docs(join(dir, 'shop.json'), '--out', out, '--findings')).code).toBe(0);
    const page = await readFile(join(out, 'schema/findings.md'), 'utf8');
    // orders.customer_id references customer without an index
    expect(page).toContain('`fk-without-index` foreign key `orders_customer_id_fkey`');
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain(
      "[Findings](schema/findings.md) of the advisor's rules",
    );
    expect(await docs(join(dir, 'shop.json'), '--out', out, '--findings', '--check')).toMatchObject({
      code: 0,
    });
    // Without the page the set has one file less: the one on disk is extra, the README stale.
    const without = await docs(join(dir, 'shop.json'), '--out', out, '--check');
    expect(without.code).toBe(1);
    expect(without.stdout).toContain(`extra:   ${join(out, 'schema/findings.md')}`);
    expect(without.stdout).toContain(`stale:   ${join(out, 'README.md')}`);
  });

  it('is on with docs.findings in the config file, with the rule settings of its lint section', async () => {
    const withFindings = join(dir, 'findings-config.json');
    await writeFile(
      withFindings,
      JSON.stringify({ docs: { findings: true }, lint: { rules: { 'fk-without-index': 'off' } } }),
    );
    const out = join(dir, 'findings-from-config');
    const result = await cli('docs', join(dir, 'shop.json'), '--out', out, '--config', withFindings);
    expect(result.code).toBe(0);
    expect(await readFile(join(out, 'schema/findings.md'), 'utf8')).not.toContain('fk-without-index');
    const check = await cli(
      'docs',
      join(dir, 'shop.json'),
      '--out',
      out,
      '--config',
      withFindings,
      '--check',
    );
    expect(check.code).toBe(0);
  });
});

describe('docs log', () => {
  it("appends entries to the quarter's file, keeping earlier entries byte for byte", async () => {
    const out = join(dir, 'logged');
    const first = await log(
      'shop',
      'shop-v2',
      '--out',
      out,
      '--title',
      'Order notes',
      '--author',
      'Ada',
      '--date',
      '2026-11-25',
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const path = join(out, 'migrations/2026-Q4-schema-changes.md');
    const afterFirst = await readFile(path, 'utf8');
    expect(afterFirst).toContain('Order notes');
    expect(afterFirst).toContain('Ada');
    expect(afterFirst).toMatch(/ADD COLUMN note text/);
    const second = await log(
      'shop-v2',
      'shop',
      '--out',
      out,
      '--title',
      'Drop order notes',
      '--date',
      '2026-12-01',
    );
    expect(second.code).toBe(0);
    const afterSecond = await readFile(path, 'utf8');
    expect(afterSecond.startsWith(afterFirst)).toBe(true);
    expect(afterSecond.slice(afterFirst.length)).toContain('Drop order notes');
    await log('shop', 'shop-v2', '--out', out, '--title', 'Again', '--date', '2027-01-02');
    expect(existsSync(join(out, 'migrations/2027-Q1-schema-changes.md'))).toBe(true);
    expect(await readFile(join(out, 'README.md'), 'utf8')).toContain('2027-Q1-schema-changes.md');
  });

  it('requires a title and a real date', async () => {
    const noTitle = await log('shop', 'shop-v2', '--out', join(dir, 'y'));
    expect(noTitle).toMatchObject({ code: 2, stderr: expect.stringMatching(/--title is required/) });
    const badDate = await log('shop', 'shop-v2', '--title', 'x', '--date', '2026-13-01');
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringMatching(/--date must be YYYY-MM-DD/) });
  });
});

describe.skipIf(!hasShared)('docs on real schemas (../shared/fixtures/postgres)', () => {
  for (const name of ['pagila', 'lago']) {
    it(`${name}: --check passes on a fresh export, then fails after a column is added`, async () => {
      const out = join(dir, name);
      const schema = join(SHARED, name, 'schema.sql');
      expect((await docs(schema, '--out', out)).code).toBe(0);
      expect((await docs(schema, '--out', out, '--check')).code).toBe(0);
      const grown = join(dir, `${name}-grown.sql`);
      const sql = await readFile(schema, 'utf8');
      const table = /CREATE TABLE (public\.\w+)/.exec(sql)?.[1];
      await writeFile(grown, `${sql}\nALTER TABLE ${table} ADD COLUMN docs_probe text;\n`);
      const check = await docs(grown, '--out', out, '--check');
      expect(check.code).toBe(1);
      expect(check.stdout).toContain(`stale:   ${join(out, 'schema/table-definitions.md')}`);
      expect(check.stdout).toContain(`stale:   ${join(out, 'schema/data-dictionary.md')}`);
    }, 120_000);
  }
});
if (!hasShared) console.warn(`docs on real schemas skipped: ${SHARED} is absent`);
