/**
 * The SQL editor shows a MySQL design as `renderMysqlModelDdl(model)` and reads the edited text back with
 * `sqlToModelMysql`. For every fixture schema, that text must run on the server as-is, statement by
 * statement, and read back to the same model: introspect -> DDL -> scratch database -> introspect again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstDifference, type SchemaModel } from '@schema-studio/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { introspectMysql } from '../introspect/index.ts';
import { sqlToModelMysql } from '../shadow/sql-to-model.ts';
import { filesLoadedBy, intoDatabase, runWithClient } from '../testing/mariadb-client.ts';
import { createTempDatabase, TEST_MYSQL_URL, type TempDatabase } from '../testing/server.ts';
import { planMysqlStatements, renderMysqlModelDdl } from './plan.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(here, '../../../../../shared/fixtures/mysql');
const ownDir = path.resolve(here, '../../fixtures');

const shared = existsSync(sharedDir)
  ? readdirSync(sharedDir).filter((name) => existsSync(path.join(sharedDir, name, 'load.sh')))
  : [];
const own = readdirSync(ownDir).filter((name) => name.endsWith('.sql'));

/** Databases loaded by this file, dropped after it. */
const databases: TempDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
});

async function temp(name: string): Promise<TempDatabase> {
  const db = await createTempDatabase(`rt_${name}`);
  databases.push(db);
  return db;
}

/** A shared fixture as its `load.sh` loads it (through the `mariadb` client, which knows DELIMITER). */
async function loadShared(name: string): Promise<SchemaModel> {
  const dir = path.join(sharedDir, name);
  const db = await temp(name);
  for (const file of filesLoadedBy(readFileSync(path.join(dir, 'load.sh'), 'utf8')))
    await runWithClient(db.url, intoDatabase(readFileSync(path.join(dir, file), 'utf8'), db.name));
  return introspectMysql(db.query, { database: db.name });
}

/** One of this package's fixtures: a plain multi-statement script. */
async function loadOwn(file: string): Promise<SchemaModel> {
  const db = await temp(path.basename(file, '.sql'));
  await db.exec(readFileSync(path.join(ownDir, file), 'utf8'));
  return introspectMysql(db.query, { database: db.name });
}

/**
 * What the fixtures lack and the editor must survive: bodies ending in comments, a view calling a function
 * and reading another view, a `;` inside a view's string, generated columns of both kinds, a compound trigger.
 */
const EDGES = `
CREATE TABLE item (
  id int NOT NULL PRIMARY KEY,
  price decimal(8,2) NOT NULL,
  taxed decimal(8,2) AS (price * 1.2) STORED,
  label varchar(40) AS (concat('#', id)) VIRTUAL,
  note varchar(40) DEFAULT NULL
);
CREATE FUNCTION with_tax(p decimal(8,2)) RETURNS decimal(8,2) DETERMINISTIC RETURN p * 1.2 -- VAT
;
CREATE PROCEDURE reprice()
BEGIN
  UPDATE item SET price = price + 1;
  SELECT count(*) FROM item;
END # done
;
CREATE TRIGGER item_note BEFORE INSERT ON item FOR EACH ROW
BEGIN
  IF NEW.note IS NULL THEN SET NEW.note = 'new; unpriced'; END IF;
END;
CREATE VIEW priced AS SELECT id, with_tax(price) AS gross, 'a;b' AS sep FROM item;
CREATE VIEW cheap AS SELECT id FROM priced WHERE gross < 10;
`;

/** What still differs between the model read back and the original: the plan between them, then the path. */
function residue(back: SchemaModel, original: SchemaModel): string[] {
  const plan = planMysqlStatements(back, original).map((s) => s.sql);
  const difference = firstDifference(back, original);
  return difference === undefined ? plan : [...plan, `first difference at ${difference}`];
}

async function roundTrip(model: SchemaModel): Promise<void> {
  const ddl = renderMysqlModelDdl(model);
  const back = await sqlToModelMysql(ddl, TEST_MYSQL_URL, { prefix: 'ss_rt_back' });
  if (!back.ok) throw new Error(`the design's DDL does not run: ${JSON.stringify(back.error)}`);
  expect(residue(back.value, model)).toEqual([]);
}

describe('design DDL round trip (MariaDB at 127.0.0.1:3306)', () => {
  if (shared.length === 0)
    console.warn(`skipping shared MySQL fixtures in the round trip: ${sharedDir} is absent`);

  it.each(shared)('../shared/fixtures/mysql/%s reads back to the same model', async (name) => {
    await roundTrip(await loadShared(name));
  });

  it.each(own)('fixtures/%s reads back to the same model', async (file) => {
    await roundTrip(await loadOwn(file));
  });

  it('comments after bodies, views on functions and views, generated columns read back the same', async () => {
    const db = await temp('edges');
    await db.exec(EDGES);
    await roundTrip(await introspectMysql(db.query, { database: db.name }));
  });
});
