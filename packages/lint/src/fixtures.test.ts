/**
 * The advisor on real schemas written by others (`../shared/fixtures`), compared with reviewed snapshots under
 * `packages/lint/snapshots/`. A changed finding shows up as a diff of readable text; a false positive is fixed
 * in the rule, never accepted into the snapshot. Each fixture is loaded once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sqlToModel } from '@schema-studio/postgres/node';
import { applyEdits, type SchemaModel } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { lintModel } from './lint.ts';
import { findingsText } from './testing/snapshot.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/postgres');
const hasShared = existsSync(FIXTURES);
const SKIP_REASON = `skipped: ${FIXTURES} is absent (the shared fixtures live beside the project)`;

async function load(name: string): Promise<SchemaModel> {
  const result = await sqlToModel(readFileSync(resolve(FIXTURES, name, 'schema.sql'), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load: ${result.error.message}`);
  return result.value;
}

describe.skipIf(!hasShared)(`lint on the PostgreSQL fixtures ${hasShared ? '' : SKIP_REASON}`, () => {
  it.each(['pagila', 'lago', 'openstreetmap'])('%s: findings as in the reviewed snapshot', async (name) => {
    const model = await load(name);
    const findings = lintModel(model);
    await expect(findingsText(findings)).toMatchFileSnapshot(`../snapshots/${name}.txt`);
    // Every fix applies to the model it was found on.
    for (const f of findings) {
      if (f.fix) expect(applyEdits(model, f.fix), `${f.rule} ${f.object.name}`).not.toBe(model);
    }
  });
});
