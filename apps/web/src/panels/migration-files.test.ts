import type { MigrationPlan } from '@schema-studio/diff';
import { describe, expect, it } from 'vitest';
import { checkVersion, migrationFiles, slug } from './migration-files.ts';

const plan: MigrationPlan = {
  up: [{ sql: 'ALTER TABLE public.books ADD COLUMN isbn text', hazards: [], transactional: true }],
  down: [
    {
      sql: 'ALTER TABLE public.books DROP COLUMN isbn',
      hazards: [{ code: 'DELETES_DATA', reason: 'drops column "isbn" and its data' }],
      transactional: true,
    },
  ],
};
const options = { name: 'Add ISBN!', dialect: 'postgres' as const, version: '7' };

describe('migration files', () => {
  it('golang-migrate: NNNNNN_name.up.sql and .down.sql, each a runnable script', () => {
    const files = migrationFiles(plan, 'golang-migrate', options);
    expect(files.map((f) => f.path)).toEqual(['000007_add_isbn.up.sql', '000007_add_isbn.down.sql']);
    expect(files[0]?.content).toContain('ADD COLUMN isbn text;');
    expect(files[0]?.content).toContain('SET lock_timeout');
    expect(files[0]?.content).not.toContain('DROP COLUMN');
    expect(files[1]?.content).toMatch(
      /-- hazard DELETES_DATA: drops column "isbn" and its data\nALTER TABLE public\.books DROP COLUMN isbn;/,
    );
  });

  it('Flyway: V<version>__name.sql and the undo U<version>__name.sql', () => {
    const files = migrationFiles(plan, 'flyway', { ...options, version: '2.1' });
    expect(files.map((f) => f.path)).toEqual(['V2.1__add_isbn.sql', 'U2.1__add_isbn.sql']);
    expect(files[1]?.content).toContain('DROP COLUMN isbn;');
  });

  it('plain SQL: one file, the down script commented out after the up one', () => {
    const [file] = migrationFiles(plan, 'sql', options);
    expect(file?.path).toBe('add_isbn.sql');
    expect(file?.content).toMatch(
      /ADD COLUMN isbn text;[\s\S]*-- Down \(to revert\):[\s\S]*-- ALTER TABLE public\.books DROP COLUMN isbn;/,
    );
  });

  it('MySQL files say once that every statement commits on its own, and set no PostgreSQL timeouts', () => {
    const mysqlPlan: MigrationPlan = {
      up: [{ sql: 'ALTER TABLE `books` ADD COLUMN `isbn` varchar(20)', hazards: [], transactional: false }],
      down: [],
    };
    const [up] = migrationFiles(mysqlPlan, 'golang-migrate', { ...options, dialect: 'mysql' });
    expect(up?.content).toMatch(/commits every DDL statement implicitly/);
    expect(up?.content).not.toContain('lock_timeout');
  });

  it('checks versions per tool, and names files from any project name', () => {
    expect(checkVersion('golang-migrate', '12')).toBeNull();
    expect(checkVersion('golang-migrate', '1.2')).not.toBeNull();
    expect(checkVersion('flyway', '1.2.3')).toBeNull();
    expect(checkVersion('flyway', 'v1')).not.toBeNull();
    expect(slug('  ')).toBe('migration');
    expect(slug('Orders: v2 (draft)')).toBe('orders_v2_draft');
  });
});
