import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyModel } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { applyStatements } from '../src/apply.ts';
import { introspectPostgres } from '../src/introspect/index.ts';
import { planMigration } from '../src/migrate/index.ts';
import { createTempDatabase } from '../src/testing/server.ts';
import { catalogFingerprint } from './catalog-fingerprint.ts';
import { hasSharedFixtures, SHARED_FIXTURES, SKIP_REASON } from './shared-fixtures.ts';

const SCHEMAS = hasSharedFixtures ? readdirSync(join(SHARED_FIXTURES, 'postgres')).sort() : [];

describe.skipIf(!hasSharedFixtures)(`real schemas round trip ${hasSharedFixtures ? '' : SKIP_REASON}`, () => {
  it.each(SCHEMAS)('%s: empty -> schema and schema -> empty reach their targets', async (name) => {
    const loaded = await createTempDatabase(`${name}_loaded`);
    const built = await createTempDatabase(`${name}_built`);
    const blank = await createTempDatabase(`${name}_blank`);
    try {
      await loaded.exec(readFileSync(join(SHARED_FIXTURES, 'postgres', name, 'schema.sql'), 'utf8'));
      const model = await introspectPostgres(loaded.query);
      const plan = planMigration(emptyModel('postgres'), model);

      // empty -> schema, on an empty database: the catalog must describe exactly what the fixture made.
      expect(await applyStatements(built.exec, plan.up)).toBeUndefined();
      expect(await catalogFingerprint(built.query)).toEqual(await catalogFingerprint(loaded.query));

      // schema -> empty, on the loaded database: nothing of it may remain.
      expect(await applyStatements(loaded.exec, plan.down)).toBeUndefined();
      expect(await catalogFingerprint(loaded.query)).toEqual(await catalogFingerprint(blank.query));
    } finally {
      await Promise.all([loaded.drop(), built.drop(), blank.drop()]);
    }
  });
});
