import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTempDatabase, TEST_MYSQL_URL, type TempDatabase } from '@schema-studio/mysql/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

/**
 * The CLI against the local MariaDB: one live database (the "from" side) and a script for the design (the "to"
 * side), read through a scratch database on the same server.
 */
const LIVE = `CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL, nick varchar(20), KEY idx_email (email));
CREATE TABLE posts (id int PRIMARY KEY, user_id int, body text, rating enum('a','b') DEFAULT 'a',
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id))`;
const DESIGN = `CREATE TABLE users (id int PRIMARY KEY, email varchar(200) NOT NULL, handle varchar(20),
  KEY idx_email (email));
CREATE TABLE posts (id int PRIMARY KEY, user_id int, rating enum('a','b','c') DEFAULT 'a',
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id));
`;

let db: TempDatabase;
let dir: string;
let design: string;
beforeAll(async () => {
  db = await createTempDatabase('cli');
  for (const statement of LIVE.split(';')) await db.query(statement);
  dir = await mkdtemp(join(tmpdir(), 'ss-cli-mysql-'));
  design = join(dir, 'design.sql');
  await writeFile(design, DESIGN);
});
afterAll(async () => {
  await db?.drop();
});

/** Whether a database of that name exists on the test server. */
async function exists(name: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
  return rows.length > 0;
}

describe('MySQL sources', () => {
  it('introspects a live database into a mysql model', async () => {
    const result = await cli('introspect', db.url);
    expect(result.stderr).toBe('');
    const model = JSON.parse(result.stdout);
    expect(model.dialect).toBe('mysql');
    expect(model.tables.map((t: { schema: string; name: string }) => `${t.schema}.${t.name}`)).toEqual([
      '.posts',
      '.users',
    ]);
  });

  it('diffs a live database against a script with hazards, the transaction note and a rename', async () => {
    const result = await cli(
      'diff',
      db.url,
      design,
      '--shadow',
      TEST_MYSQL_URL,
      '--rename',
      'column:users.nick=handle',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const sql = result.stdout;
    expect(sql).toMatch(/^-- MySQL commits every DDL statement implicitly/);
    expect(sql).toContain('-- hazard DELETES_DATA: drops column "body" of table `posts` and its data\n');
    expect(sql).toContain('ALTER TABLE `posts` DROP COLUMN `body`');
    expect(sql).toContain('ALTER TABLE `users` RENAME COLUMN `nick` TO `handle`');
    expect(sql).toContain("ALTER TABLE `posts` MODIFY COLUMN `rating` enum('a','b','c') NULL DEFAULT 'a'");
    expect(sql).toContain('ALTER TABLE `users` MODIFY COLUMN `email` varchar(200) NOT NULL');
    expect(sql).not.toMatch(/lock_timeout|BEGIN/);
  });

  it('prints the plan as JSON, down included', async () => {
    const result = await cli(
      'diff',
      db.url,
      design,
      '--shadow',
      TEST_MYSQL_URL,
      '--down',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan).toMatchObject({ dialect: 'mysql', direction: 'down', session: [] });
    expect(plan.statements.map((s: { sql: string }) => s.sql)).toContainEqual(
      expect.stringMatching(/^ALTER TABLE `posts` ADD COLUMN `body` text NULL/),
    );
    expect(plan.statements.every((s: { transactional: boolean }) => !s.transactional)).toBe(true);
  });

  it('empty takes the dialect of the other side', async () => {
    const result = await cli('diff', 'empty', db.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('CREATE TABLE `users`');
  });

  it('verify proves the plan on a scratch database of the --shadow server and leaves none behind', async () => {
    const args = [
      'verify',
      db.url,
      design,
      '--shadow',
      TEST_MYSQL_URL,
      '--rename',
      'column:users.nick=handle',
    ];
    const result = await cli(...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {3}up: \d+ statements? applied; re-diff is empty$/m);
    expect(result.stdout).toMatch(/^ok {3}down: \d+ statements? applied; re-diff is empty$/m);
    const scratch = /proven on scratch database (schema_studio_\w+) on 127\.0\.0\.1:3306/.exec(
      result.stdout,
    )?.[1];
    // Named, so other tests' scratch databases on the same server do not matter.
    expect(scratch).toBeDefined();
    expect(await exists(scratch ?? '')).toBe(false);
  });

  it('docs writes the set for a MySQL database, and --check then passes', async () => {
    const out = join(dir, 'docs');
    const config = join(dir, 'schema-studio.json');
    await writeFile(config, JSON.stringify({ docs: { title: 'Blog' } }));
    expect((await cli('docs', db.url, '--out', out, '--config', config)).code).toBe(0);
    const check = await cli('docs', db.url, '--out', out, '--config', config, '--check');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const tables = await readFile(join(out, 'schema/table-definitions.md'), 'utf8');
    expect(tables).toContain('### <a id="table-posts"></a>Table `posts`');
    expect(tables).not.toMatch(/`\.\w/);
  });
});

describe('the bundled CLI', () => {
  it('carries the MySQL driver: introspects the database as a whole process', async () => {
    // launch.mjs rebuilds the bundle when a source is newer, so this runs what `pnpm -s schema-studio` runs.
    const root = resolve(import.meta.dirname, '../../..');
    const { stdout } = await promisify(execFile)('node', ['apps/cli/launch.mjs', 'introspect', db.url], {
      cwd: root,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      dialect: 'mysql',
      tables: [{ name: 'posts' }, { name: 'users' }],
    });
  });
});

describe('MySQL bad input', () => {
  /** Exit 2, one line on stderr, nothing on stdout. */
  function expectOneLineError(
    result: { code: number; stdout: string; stderr: string },
    pattern: RegExp,
  ): void {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  }

  it('unreachable server, named without its password', async () => {
    const result = await cli('introspect', 'mysql://me:hunter2@127.0.0.1:1/shop');
    expectOneLineError(result, /^schema-studio: cannot reach MySQL at 127\.0\.0\.1:1\/shop/);
    expect(result.stderr).not.toContain('hunter2');
  });

  it('bad URL, and a URL that names no database', async () => {
    const bad = await cli('introspect', 'mysql://me:hunter2@:99999/shop');
    expectOneLineError(bad, /not a valid MySQL URL/);
    expect(bad.stderr).not.toContain('hunter2');
    expectOneLineError(await cli('introspect', TEST_MYSQL_URL), /MySQL URL names no database/);
  });

  it('wrong password', async () => {
    const url = new URL(db.url);
    url.password = 'not-the-password';
    const result = await cli('introspect', url.toString());
    expectOneLineError(result, /^schema-studio: access denied by MySQL at 127\.0\.0\.1:3306/);
    expect(result.stderr).not.toContain('not-the-password');
  });

  it('a script error names the file, line and column', async () => {
    const file = join(dir, 'broken.sql');
    await writeFile(file, 'CREATE TABLE a (id int);\n\nCREATE TABEL b (id int);\n');
    expectOneLineError(
      await cli('introspect', file, '--shadow', TEST_MYSQL_URL),
      /broken\.sql:3:8: SQL error: .*near 'TABEL b/,
    );
  });

  it('a MySQL script needs a server to run on; a MySQL migration one to be proven on', async () => {
    expectOneLineError(
      await cli('introspect', design, '--dialect', 'mysql'),
      /design\.sql: a MySQL \.sql file runs on a real server: add --shadow mysql:\/\//,
    );
    expectOneLineError(
      await cli('verify', 'empty', db.url),
      /verify: a MySQL migration is proven on a real server/,
    );
  });

  it('an unknown --dialect', async () => {
    expectOneLineError(
      await cli('diff', 'empty', 'empty', '--dialect', 'oracle'),
      /unknown --dialect "oracle"/,
    );
  });

  it('refuses a diff between dialects', async () => {
    const pgModel = join(dir, 'pg.json');
    await writeFile(pgModel, (await cli('introspect', 'empty')).stdout);
    expectOneLineError(
      await cli('diff', db.url, pgModel),
      /cannot compare ".*" \(MySQL\/MariaDB\) with ".*pg\.json" \(PostgreSQL\): both sides must be of the same dialect/,
    );
    expectOneLineError(
      await cli('diff', design, 'empty', '--dialect', 'postgres', '--shadow', TEST_MYSQL_URL),
      /--dialect postgres needs a PostgreSQL --shadow server/,
    );
  });
});
