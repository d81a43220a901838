import { createTempDatabase, type TempDatabase } from '@schema-studio/mysql/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';
import { act, editDesign, ok, propose, table } from './proposals-fixtures.ts';

/** Apply on a real MariaDB database: statement by statement, said beforehand, no transaction to roll back. */
let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let project: Json;

const tables = async () =>
  (
    await live.query(
      'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1',
    )
  ).map((r) => String(r.name));

const columns = async (name: string) =>
  (
    await live.query(
      'SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
      [name],
    )
  ).map((r) => String(r.name));

beforeAll(async () => {
  dir = tempDir();
  live = await createTempDatabase('api_apply');
  await live.exec(`CREATE TABLE authors (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
    INSERT INTO authors VALUES (1, 'Le Guin'), (2, 'Le Guin');`);
  app = await pgliteApp(dir.path);
  const connection = await ok(call(app, 'POST', '/api/connections', { name: 'maria', url: live.url }), 201);
  project = await ok(
    call(app, 'POST', '/api/projects', {
      name: 'maria',
      source: { kind: 'connection', connectionId: connection.id },
    }),
    201,
  );
});
afterAll(async () => {
  await app?.close();
  await live?.drop();
  dir.remove();
});

describe('apply to MariaDB', () => {
  it('says beforehand that every statement runs on its own, then applies them', async () => {
    await editDesign(app, project.id, (design) => {
      table(design, 'authors').columns.push({ name: 'born', type: 'int(11)', nullable: true });
      design.tables.push({
        ...structuredClone(table(design, 'authors')),
        name: 'publishers',
        columns: [{ name: 'id', type: 'int(11)', nullable: false }],
      });
    });
    const proposal = await propose(app, project.id, 'Publishers and birth years');
    expect(proposal.dialect).toBe('mysql');
    const count = proposal.plan.up.length;
    expect(count).toBe(2);
    expect(proposal.execution.groups).toEqual(
      proposal.plan.up.map((_: Json, i: number) => ({
        direction: 'up',
        statements: [i],
        transaction: false,
      })),
    );
    expect(proposal.execution.outsideTransaction).toEqual([0, 1]);
    await ok(act(app, proposal.id, 'approve'));
    const applied = await ok(act(app, proposal.id, 'apply'));
    expect(applied.proposal.status).toBe('applied');
    expect(applied.applied.execution.outsideTransaction).toEqual([0, 1]);
    expect(await tables()).toEqual(['authors', 'publishers']);
    expect(await columns('authors')).toEqual(['id', 'name', 'born']);
    const docs = await ok(call(app, 'POST', `/api/projects/${project.id}/docs`));
    const log = docs.files.find((f: Json) => f.path.startsWith('migrations/'));
    expect(log.content).toContain('Publishers and birth years');
    expect(log.content).toContain('MySQL commits every DDL statement implicitly');
  });

  it('a failing statement stops the apply; the ones before it stay, as the proposal said', async () => {
    await ok(call(app, 'POST', `/api/projects/${project.id}/refresh-baseline`));
    await editDesign(app, project.id, (design) => {
      design.tables.push({
        ...structuredClone(table(design, 'publishers')),
        name: 'series',
      });
      // Two authors share a name: a unique key on it cannot be built.
      table(design, 'authors').uniques.push({ name: 'authors_name_key', columns: ['name'] });
    });
    const proposal = await propose(app, project.id, 'Series and unique names');
    await ok(act(app, proposal.id, 'approve'));
    const failing = proposal.plan.up.findIndex((s: Json) => s.sql.includes('authors_name_key'));
    expect(failing).toBeGreaterThan(0);
    const answer = await act(app, proposal.id, 'apply');
    expectError(answer, 422, 'APPLY_FAILED');
    expect(answer.body.error).toMatchObject({
      statement: { direction: 'up', index: failing },
      databaseError: { message: expect.stringMatching(/Duplicate entry/i) },
      committed: failing,
    });
    const created = proposal.plan.up.slice(0, failing).some((s: Json) => s.sql.includes('`series`'));
    expect(created).toBe(true);
    expect(await tables()).toContain('series');
  });
});
