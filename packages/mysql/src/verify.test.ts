import { emptyModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectMysql } from './introspect/index.ts';
import { planMysqlMigration } from './migrate/index.ts';
import { createTempDatabase, TEST_MYSQL_URL, type TempDatabase } from './testing/server.ts';
import { verifyMysqlMigration } from './verify.ts';

describe('verifyMysqlMigration (MariaDB at 127.0.0.1:3306)', () => {
  let db: TempDatabase;
  beforeAll(async () => {
    db = await createTempDatabase('verify');
  });
  afterAll(async () => {
    await db?.drop();
  });

  async function modelOf(sql: string) {
    await db.exec(`DROP DATABASE \`${db.name}\`; CREATE DATABASE \`${db.name}\`; USE \`${db.name}\``);
    await db.exec(sql);
    return introspectMysql(db.query);
  }

  it('proves a correct plan step by step', async () => {
    const from = await modelOf('CREATE TABLE t (id int PRIMARY KEY, a varchar(10))');
    const to = await modelOf(
      "CREATE TABLE t (id int PRIMARY KEY, a varchar(20) NOT NULL DEFAULT 'x', b int)",
    );
    const report = await verifyMysqlMigration(planMysqlMigration(from, to), from, to, TEST_MYSQL_URL);
    expect(report.steps.map((s) => [s.stage, s.ok])).toEqual([
      ['setup', true],
      ['up', true],
      ['down', true],
    ]);
    expect(report.proven).toBe(true);
    expect(report.summary).toMatch(/^proven on scratch database /);
  });

  it('reports where a wrong plan leaves the database', async () => {
    const to = await modelOf('CREATE TABLE t (id int PRIMARY KEY)');
    const from = emptyModel('mysql');
    const report = await verifyMysqlMigration({ up: [], down: [] }, from, to, TEST_MYSQL_URL);
    expect(report.proven).toBe(false);
    expect(report.steps.at(-1)).toMatchObject({ stage: 'up', ok: false });
    expect(report.summary).toContain('CREATE TABLE `t`');
  });

  it('reports a statement the server refuses', async () => {
    const from = emptyModel('mysql');
    const bad = { sql: 'ALTER TABLE `missing` ADD COLUMN `x` int', hazards: [], transactional: false };
    const report = await verifyMysqlMigration({ up: [bad], down: [] }, from, from, TEST_MYSQL_URL);
    expect(report.summary).toMatch(/^not proven \(up\): statement 1 failed: .*missing/);
  });
});
