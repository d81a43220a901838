import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { introspectPostgres } from '../introspect/index.ts';
import { lexSplit } from './lex-split.ts';
import { createPgliteShadow } from './pglite.ts';
import { ScriptSession } from './script-session.ts';
import type { ShadowDatabase } from './shadow.ts';
import { sqlToModel } from './sql-to-model.ts';

/** The savepoints open on a shadow, followed from the statements its exec runs. */
function trackSavepoints(shadow: ShadowDatabase): { shadow: ShadowDatabase; depth: () => number } {
  const open: string[] = [];
  const track = (sql: string) => {
    for (const part of sql.split(';').map((s) => s.trim())) {
      const rollbackTo = /^ROLLBACK TO SAVEPOINT (\w+)$/.exec(part);
      if (rollbackTo) open.length = open.indexOf(rollbackTo[1] ?? '') + 1;
      else if (/^SAVEPOINT (\w+)$/.test(part)) open.push(part.slice('SAVEPOINT '.length));
      else if (part === 'ROLLBACK') open.length = 0;
    }
  };
  return {
    shadow: {
      ...shadow,
      exec: (sql) => {
        track(sql);
        return shadow.exec(sql);
      },
    },
    depth: () => open.length,
  };
}

const table = (i: number) => `CREATE TABLE t${i} (id int PRIMARY KEY, note text);`;
const statements = (n: number) => Array.from({ length: n }, (_, i) => table(i));

describe('a script session', () => {
  let shadow: ShadowDatabase;
  let depth: () => number;
  let session: ScriptSession;
  beforeAll(async () => {
    ({ shadow, depth } = trackSavepoints(await createPgliteShadow()));
    session = new ScriptSession(shadow);
  });
  afterAll(() => shadow.close());

  const load = async (lines: readonly string[]) => {
    const sql = lines.join('\n');
    const loaded = await session.load(sql, lexSplit(sql) ?? []);
    return loaded.ok ? (await introspectPostgres(shadow.query)).tables.map((t) => t.name) : loaded.error;
  };
  const fresh = async (lines: readonly string[]) => {
    const read = await sqlToModel(lines.join('\n'));
    return read.ok ? read.value.tables.map((t) => t.name) : read.error;
  };

  test('keeps few savepoints open: every one of them slows down reading the catalog', async () => {
    const script = statements(400);
    expect(await load(script)).toEqual(await fresh(script));
    // about √400 on the grid, one at the end; not one per statement
    expect(depth()).toBeLessThanOrEqual(25);
  });

  test('edits at the end, in the middle and at the start give what a fresh read gives', async () => {
    const base = statements(100);
    const edits = [
      [...base, 'CREATE TABLE added (id int);'],
      [...base.slice(0, 50), 'CREATE TABLE middle (id int);', ...base.slice(50)],
      base.filter((_, i) => i !== 37),
      ['CREATE TABLE first (id int);', ...base],
      base,
    ];
    for (const script of edits) expect(await load(script)).toEqual(await fresh(script));
    expect(depth()).toBeLessThanOrEqual(16);
  });

  test('an error between savepoints leaves the statements before it, and the next edit goes on from there', async () => {
    const base = statements(100);
    expect(await load(base)).toEqual(await fresh(base));
    const broken = [...base.slice(0, 45), 'CREATE TABLE bad (id nosuchtype);', ...base.slice(45)];
    expect(await load(broken)).toMatchObject({ code: '42704', line: 46 });
    // the database holds exactly the 45 statements before the error
    const held = (await introspectPostgres(shadow.query)).tables.map((t) => t.name);
    expect(held).toEqual(await fresh(base.slice(0, 45)));
    const fixed = [...base.slice(0, 45), 'CREATE TABLE good (id int);', ...base.slice(45)];
    expect(await load(fixed)).toEqual(await fresh(fixed));
  });
});
