import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

const BEFORE = `CREATE TABLE public.customer (id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE public.purchase (id integer PRIMARY KEY, customer_id integer REFERENCES public.customer (id));`;
const AFTER = `CREATE TABLE public.client (id integer PRIMARY KEY, display_name text NOT NULL);
CREATE TABLE public.purchase (id integer PRIMARY KEY, customer_id integer REFERENCES public.client (id));`;

let db: TempDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

async function sqlFiles(): Promise<{ before: string; after: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ss-rename-'));
  const before = join(dir, 'before.sql');
  const after = join(dir, 'after.sql');
  await writeFile(before, BEFORE);
  await writeFile(after, AFTER);
  return { before, after };
}

describe('rename hints', () => {
  it('give RENAME statements, and the rows of the renamed table and column survive on the real server', async () => {
    db = await createTempDatabase('rename');
    await db.exec(BEFORE);
    await db.exec(`INSERT INTO public.customer VALUES (1, 'Ada Lovelace'), (2, 'Alan Turing');
      INSERT INTO public.purchase VALUES (10, 1), (11, 2);`);
    const { after } = await sqlFiles();

    const result = await cli(
      'diff',
      db.url,
      after,
      '--rename',
      'table:public.customer=client',
      '--rename',
      'column:public.customer.full_name=display_name',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ALTER TABLE public.customer RENAME TO client;');
    expect(result.stdout).toContain('ALTER TABLE public.client RENAME COLUMN full_name TO display_name;');
    expect(result.stdout).not.toMatch(/DROP (TABLE|COLUMN)/);

    await db.exec(result.stdout);
    const rows = await db.query('SELECT id, display_name FROM public.client ORDER BY id');
    expect(rows.rows).toEqual([
      { id: 1, display_name: 'Ada Lovelace' },
      { id: 2, display_name: 'Alan Turing' },
    ]);
    const purchases = await db.query(
      'SELECT count(*)::int AS n FROM public.purchase JOIN public.client c ON c.id = customer_id',
    );
    expect(purchases.rows).toEqual([{ n: 2 }]);
  });

  it('without hints, the same change is a drop and an add: never a guessed rename', async () => {
    const { before, after } = await sqlFiles();
    const result = await cli('diff', before, after);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('RENAME');
    expect(result.stdout).toContain('DROP TABLE public.customer;');
    expect(result.stdout).toContain('CREATE TABLE public.client (');
  });

  it('down renames back', async () => {
    const { before, after } = await sqlFiles();
    const result = await cli(
      'diff',
      before,
      after,
      '--down',
      '--rename',
      'table:public.customer=client',
      '--rename',
      'column:public.customer.full_name=display_name',
    );
    expect(result.stdout).toContain('ALTER TABLE public.client RENAME TO customer;');
    expect(result.stdout).toContain('RENAME COLUMN display_name TO full_name;');
    expect(result.stdout).not.toMatch(/DROP (TABLE|COLUMN)/);
  });
});
