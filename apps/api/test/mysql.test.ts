import { createTempDatabase, TEST_MYSQL_URL, type TempDatabase } from '@schema-studio/mysql/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, type Json, pgliteApp, sleep, type TempDir, tempDir } from './helpers.ts';

/** The studio on a live MariaDB database: connections, projects, plans, SQL and proofs in MySQL's dialect. */
let dir: TempDir;
let app: FastifyInstance;
let bare: FastifyInstance;
let live: TempDatabase;

beforeAll(async () => {
  dir = tempDir();
  live = await createTempDatabase('api_mysql');
  await live.exec(`
    CREATE TABLE authors (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
    CREATE TABLE books (
      id INT PRIMARY KEY AUTO_INCREMENT,
      author_id INT NOT NULL,
      title VARCHAR(200) NOT NULL,
      format ENUM('paper', 'ebook') NOT NULL DEFAULT 'paper',
      CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id)
    ) ENGINE=InnoDB;
  `);
  const server = new URL(TEST_MYSQL_URL);
  server.pathname = '/';
  app = await pgliteApp(dir.path, { mysqlShadowUrl: server.toString() });
  bare = await pgliteApp(tempDir().path);
});
afterAll(async () => {
  await app.close();
  await bare.close();
  await live.drop();
  dir.remove();
});

async function waitForJob(id: string): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    const { body } = await call(app, 'GET', `/api/jobs/${id}`);
    if (body.status !== 'running') return body;
    await sleep(50);
  }
  throw new Error(`job ${id} did not finish`);
}

describe('MySQL / MariaDB', () => {
  let project: Json;

  it('stores a mysql:// connection as a MySQL one and builds a project from its live schema', async () => {
    const added = await call(app, 'POST', '/api/connections', { name: 'shop', url: live.url });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ dialect: 'mysql', port: 3306, database: live.name });
    const job = await call(app, 'POST', `/api/connections/${added.body.id}/introspect`);
    expect((await waitForJob(job.body.jobId)).status).toBe('done');
    const created = await call(app, 'POST', '/api/projects', {
      name: 'shop',
      source: { kind: 'connection', connectionId: added.body.id },
    });
    expect(created.status).toBe(201);
    project = created.body;
    expect(project.design.dialect).toBe('mysql');
    expect(project.design.tables.map((t: Json) => t.name).sort()).toEqual(['authors', 'books']);
  });

  it('plans with MySQL rules: a new column is ADD COLUMN with its hazards, not run in a transaction', async () => {
    const design = structuredClone(project.design);
    const books = design.tables.find((t: Json) => t.name === 'books');
    books.columns.push({ name: 'isbn', type: 'varchar(20)', nullable: true });
    const { status, body } = await call(app, 'POST', '/api/plan', { baseline: project.baseline, design });
    expect(status).toBe(200);
    expect(body.upSql).toMatch(/ALTER TABLE `books` ADD COLUMN `isbn` varchar\(20\)/);
    expect(body.up[0].transactional).toBe(false);
    expect(body.up[0].hazards.map((h: Json) => h.code)).toContain('NOT_TRANSACTIONAL');
    expect(body.downSql).toMatch(/DROP COLUMN `isbn`/);
    const proof = await call(app, 'POST', '/api/verify', { baseline: project.baseline, design });
    expect(proof.status).toBe(200);
    expect(proof.body.proven).toBe(true);
  });

  it('reads MySQL SQL on the MySQL shadow server, with the error line', async () => {
    const ok = await call(app, 'POST', '/api/sql/model', {
      dialect: 'mysql',
      sql: "CREATE TABLE t (id INT PRIMARY KEY, v SET('a','b'));",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.model.dialect).toBe('mysql');
    expect(ok.body.model.tables[0].columns[1].type).toMatch(/^set\(/i);
    const bad = await call(app, 'POST', '/api/sql/model', {
      dialect: 'mysql',
      sql: 'CREATE TABLE t (id INT);\n\nCREATE TABEL u (id INT);',
    });
    expectError(bad, 422, 'SQL_ERROR');
    expect(bad.body.error.line).toBe(3);
  });

  it('renders the design as MySQL DDL, and refuses a plan across dialects', async () => {
    const ddl = await call(app, 'POST', '/api/ddl', { model: project.design });
    expect(ddl.body.sql).toMatch(/CREATE TABLE `books`/);
    const pgDesign = (await call(app, 'POST', '/api/projects', { name: 'pg', source: { kind: 'empty' } }))
      .body.design;
    expectError(
      await call(app, 'POST', '/api/plan', { baseline: project.baseline, design: pgDesign }),
      400,
      'INVALID_MODEL',
    );
  });

  it("exports the project's documentation set with MySQL's bare table names", async () => {
    const { status, body } = await call(app, 'POST', `/api/projects/${project.id}/docs`);
    expect(status).toBe(200);
    const tables = body.files.find((f: Json) => f.path === 'schema/table-definitions.md');
    expect(tables.content).toContain('books');
    expect(tables.content).not.toMatch(/\.books\b/);
    const erd = body.files.find((f: Json) => f.path === 'schema/erd-diagram.md');
    expect(erd.content).toContain('erDiagram');
  });

  it('without a MySQL shadow server, MySQL SQL and proofs are refused with their own code', async () => {
    expectError(
      await call(bare, 'POST', '/api/sql/model', { dialect: 'mysql', sql: 'SELECT 1' }),
      422,
      'NO_MYSQL_SHADOW',
    );
    const proof = await call(bare, 'POST', '/api/verify', {
      baseline: project.baseline,
      design: project.design,
    });
    expectError(proof, 422, 'NO_MYSQL_SHADOW');
  });

  it('a bad mysql URL is INVALID_URL, an unreachable server CONNECTION_FAILED, never a 500', async () => {
    expectError(
      await call(app, 'POST', '/api/connections', { name: 'x', url: 'mysql://' }),
      400,
      'INVALID_URL',
    );
    expectError(
      await call(app, 'POST', '/api/connections', { name: 'x', url: 'mysql://127.0.0.1/nodb' }).then(
        (a) => a,
      ),
      422,
      'CONNECTION_FAILED',
    );
    const unreachable = await call(app, 'POST', '/api/connections', {
      name: 'x',
      url: 'mysql://u:secret@127.0.0.1:1/db',
    });
    expectError(unreachable, 422, 'CONNECTION_FAILED');
    expect(JSON.stringify(unreachable.body)).not.toContain('secret');
  });
});
