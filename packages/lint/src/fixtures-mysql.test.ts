/**
 * The advisor on sakila (`../shared/fixtures/mysql`), loaded into a MariaDB database as its `load.sh` does and
 * introspected, compared with the reviewed snapshot `packages/lint/snapshots/sakila.txt`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { introspectMysql } from '@schema-studio/mysql';
import { createTempDatabase, type TempDatabase } from '@schema-studio/mysql/testing';
import type { SchemaModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The fixtures load through the mariadb client, as their load.sh do; the package does not export that helper.
import { filesLoadedBy, intoDatabase, runWithClient } from '../../mysql/src/testing/mariadb-client.ts';
import { lintModel } from './lint.ts';
import { findingsText } from './testing/snapshot.ts';

const SAKILA = resolve(import.meta.dirname, '../../../../shared/fixtures/mysql/sakila');
const hasShared = existsSync(resolve(SAKILA, 'load.sh'));
const SKIP_REASON = `skipped: ${SAKILA} is absent (the shared fixtures live beside the project)`;

describe.skipIf(!hasShared)(`lint on the MySQL fixture sakila ${hasShared ? '' : SKIP_REASON}`, () => {
  let db: TempDatabase | undefined;
  let model: SchemaModel;
  beforeAll(async () => {
    db = await createTempDatabase('lint_sakila');
    for (const file of filesLoadedBy(readFileSync(resolve(SAKILA, 'load.sh'), 'utf8'))) {
      await runWithClient(db.url, intoDatabase(readFileSync(resolve(SAKILA, file), 'utf8'), db.name));
    }
    model = await introspectMysql(db.query, { database: db.name });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('findings as in the reviewed snapshot', async () => {
    await expect(findingsText(lintModel(model))).toMatchFileSnapshot('../snapshots/sakila.txt');
  });
});
