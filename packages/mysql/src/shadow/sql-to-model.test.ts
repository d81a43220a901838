import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeModel } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { connectMysql } from '../connect.ts';
import { introspectMysql } from '../introspect/index.ts';
import { createTempDatabase, TEST_MYSQL_URL } from '../testing/server.ts';
import { scratchName } from './scratch.ts';
import { sqlToModelMysql } from './sql-to-model.ts';

const featuresSql = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/features.sql'),
  'utf8',
);

/** Runs `sqlToModelMysql` with a prefix of its own, and checks that no database with it is left behind. */
async function read(sql: string) {
  const prefix = scratchName('ss_shadow_test');
  const result = await sqlToModelMysql(sql, TEST_MYSQL_URL, { prefix });
  const server = await connectMysql(TEST_MYSQL_URL);
  try {
    expect(await server.query('SHOW DATABASES LIKE ?', [`${prefix}%`])).toEqual([]);
  } finally {
    await server.close();
  }
  return result;
}

async function failure(sql: string) {
  const result = await read(sql);
  if (result.ok) throw new Error('expected the script to fail');
  return result.error;
}

describe('sqlToModelMysql', () => {
  it('reads a script, compound bodies included, to the model of the same script run whole', async () => {
    const result = await read(featuresSql);
    const direct = await createTempDatabase('shadow_direct');
    try {
      await direct.exec(featuresSql);
      const expected = await introspectMysql(direct.query);
      expect(result.ok && serializeModel(result.value)).toBe(serializeModel(expected));
    } finally {
      await direct.drop();
    }
  });

  it('locates a syntax error at its token, lines counted in the whole script', async () => {
    const error = await failure(
      'CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int,\n  name varchar(10) NOT NUL\n);',
    );
    expect(error).toMatchObject({ line: 5, column: 24, code: '42000', errno: 1064 });
    expect(error.message).toContain("near 'NUL");
  });

  it('locates a statement the server rejects at its first keyword', async () => {
    const error = await failure(
      'CREATE TABLE a (id int);\n  -- the next one\n  ALTER TABLE missing ADD x int;',
    );
    expect(error).toMatchObject({ line: 3, column: 3, errno: 1146 });
    expect(error.message).toMatch(/missing' doesn't exist/);
  });

  it('locates an error inside a compound body', async () => {
    const error = await failure(
      'CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELEC 2;\nEND;\nCREATE TABLE t (a int);',
    );
    expect(error).toMatchObject({ line: 4, errno: 1064 });
  });

  it('reports an unfinished statement at its end, not joined with the next one', async () => {
    const error = await failure('CREATE TABLE a (id int;\nCREATE TABLE b (id int);');
    expect(error).toMatchObject({ line: 1, column: 23, errno: 1064 });
    const open = await failure('CREATE TABLE a (id int);\nCREATE PROCEDURE p() BEGIN SELECT 1;');
    expect(open).toMatchObject({ line: 2, errno: 1064 });
  });

  it('says DELIMITER is not needed', async () => {
    const error = await failure('CREATE TABLE a (id int);\nDELIMITER //\nCREATE PROCEDURE p() BEGIN END //');
    expect(error).toMatchObject({ line: 2, column: 1 });
    expect(error.message).toContain('DELIMITER is a command of the mysql client');
  });

  it('refuses a script that leaves its scratch database', async () => {
    const error = await failure('CREATE TABLE a (id int);\nUSE mysql;');
    expect(error.message).toContain('switched to another database');
  });
});
