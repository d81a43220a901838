import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { RESERVED_KEYWORDS } from './keywords.ts';

let db: TempDatabase;
beforeAll(async () => {
  db = await createTempDatabase('keywords');
});
afterAll(async () => {
  await db?.drop();
});

test("the quoted keywords are exactly the server's non-unreserved ones", async () => {
  const { rows } = await db.query("SELECT word FROM pg_catalog.pg_get_keywords() WHERE catcode <> 'U'");
  const server = rows.map((r) => String((r as { word: string }).word)).sort();
  expect([...RESERVED_KEYWORDS].sort()).toEqual(server);
});
