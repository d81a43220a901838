import { afterAll, describe, expect, test } from 'vitest';
import { createPgliteShadow } from './pglite.ts';
import type { ShadowFactory } from './shadow.ts';
import { createWarmSqlReader } from './warm-reader.ts';

/** Counts the engines the reader starts: the point of a warm reader is to start few. */
function countingFactory(): { factory: ShadowFactory; started: () => number } {
  let started = 0;
  return {
    factory: async () => {
      started++;
      return createPgliteShadow();
    },
    started: () => started,
  };
}

const tableNames = (result: Awaited<ReturnType<ReturnType<typeof createWarmSqlReader>['read']>>) =>
  result.ok ? result.value.tables.map((t) => t.name) : result.error;

describe('the warm SQL reader', () => {
  const engines = countingFactory();
  const reader = createWarmSqlReader(engines.factory);
  afterAll(() => reader.close());

  test('reads each script on a clean engine and reuses it', async () => {
    expect(tableNames(await reader.read('CREATE TABLE a (id int PRIMARY KEY);'))).toEqual(['a']);
    expect(tableNames(await reader.read('CREATE TABLE b (id int);'))).toEqual(['b']);
    const concurrent = await Promise.all([
      reader.read('CREATE TABLE c (id int);'),
      reader.read('CREATE TABLE d (id int);'),
    ]);
    expect(concurrent.map(tableNames)).toEqual([['c'], ['d']]);
    expect(engines.started()).toBe(1);
  });

  test('skips a read whose requester went away while it waited', async () => {
    const first = reader.read('CREATE TABLE slow (id int);');
    const gone = new AbortController();
    const stale = reader.read('CREATE TABLE stale (id int);', gone.signal);
    gone.abort();
    await expect(stale).rejects.toThrow();
    expect(tableNames(await first)).toEqual(['slow']);
  });

  test('locates an error and stays usable', async () => {
    const failed = await reader.read('CREATE TABLE e (id int);\nCREATE TABLE f (id nosuchtype);');
    expect(failed).toMatchObject({ ok: false, error: { code: '42704', line: 2 } });
    expect(tableNames(await reader.read('CREATE TABLE g (id int);'))).toEqual(['g']);
    expect(engines.started()).toBe(1);
  });

  test('forgets session state a script leaves behind', async () => {
    const script = "PREPARE q AS SELECT 1; SET search_path = 'elsewhere'; CREATE TABLE public.h (id int);";
    expect(tableNames(await reader.read(script))).toEqual(['h']);
    expect(tableNames(await reader.read(script))).toEqual(['h']); // the PREPARE would clash if it survived
  });

  test('replaces an engine that a script committed into', async () => {
    const before = engines.started();
    const read = await reader.read('CREATE TABLE i (id int); COMMIT; CREATE TABLE j (id int);');
    expect(tableNames(read)).toEqual(['i', 'j']);
    expect(tableNames(await reader.read('CREATE TABLE k (id int);'))).toEqual(['k']);
    expect(engines.started()).toBe(before + 1);
  });
});

describe('reading a script again after an edit', () => {
  const executed: string[] = [];
  let queries = 0;
  const reader = createWarmSqlReader(async () => {
    const shadow = await createPgliteShadow();
    return {
      ...shadow,
      exec: (sql: string) => {
        executed.push(sql);
        return shadow.exec(sql);
      },
      query: (sql, params) => {
        queries++;
        return shadow.query(sql, params);
      },
    };
  });
  afterAll(() => reader.close());
  const script = [
    'CREATE TABLE a (id int PRIMARY KEY);',
    'CREATE TABLE b (id int);',
    'CREATE INDEX b_id ON b (id);',
  ];

  test('runs only the statements from the first one that changed', async () => {
    expect(tableNames(await reader.read(script.join('\n')))).toEqual(['a', 'b']);
    executed.length = 0;
    const added = [...script, 'CREATE TABLE c (id int REFERENCES a);'].join('\n');
    expect(tableNames(await reader.read(added))).toEqual(['a', 'b', 'c']);
    const statements = executed.map((sql) => sql.trim()).filter((sql) => sql.startsWith('CREATE'));
    expect(statements).toEqual(['CREATE TABLE c (id int REFERENCES a)']);
  });

  test('runs nothing and reads no catalog when only blank space between statements changed', async () => {
    const first = await reader.read(script.join('\n'));
    executed.length = 0;
    queries = 0;
    const spaced = await reader.read(`${script.join('\n\n  ')}\n\n`);
    expect(spaced).toEqual(first);
    expect(executed.filter((sql) => sql.includes('CREATE'))).toEqual([]);
    expect(queries).toBe(0);
  });

  test('undoes what an edit removed, and recovers after an error in the middle', async () => {
    const edited = ['CREATE TABLE a (id int PRIMARY KEY);', 'CREATE TABLE renamed (id int);'].join('\n');
    expect(tableNames(await reader.read(edited))).toEqual(['a', 'renamed']);
    const broken = [
      'CREATE TABLE a (id int);',
      'CREATE TABLE x (id nosuchtype);',
      'CREATE TABLE y (id int);',
    ];
    expect(await reader.read(broken.join('\n'))).toMatchObject({ ok: false, error: { line: 2, column: 20 } });
    expect(tableNames(await reader.read(script.join('\n')))).toEqual(['a', 'b']);
  });
});
