import { diffModels, type MigrationPlan } from '@schema-studio/diff';
import { describe, expect, it } from 'vitest';
import { markdownProblems } from '../testing/markdown.ts';
import { col, model, notNull, shop, table } from '../testing/models.ts';
import { appendMigrationEntry, type MigrationEntry, migrationLogPath } from './log.ts';

const plan: MigrationPlan = {
  up: [
    { sql: 'ALTER TABLE public.users ADD COLUMN phone text', hazards: [], transactional: true },
    {
      sql: 'CREATE INDEX CONCURRENTLY users_phone ON public.users (phone);',
      hazards: [{ code: 'INDEX_BUILD', reason: 'builds index "users_phone" | scans the table' }],
      transactional: false,
    },
  ],
  down: [
    {
      sql: 'ALTER TABLE public.users DROP COLUMN phone',
      hazards: [{ code: 'DELETES_DATA', reason: 'drops column "phone" and its data' }],
      transactional: true,
    },
  ],
};

function entry(extra: Partial<MigrationEntry> = {}): MigrationEntry {
  const from = shop();
  const to = {
    ...from,
    tables: from.tables.map((t) =>
      t.name === 'users' ? { ...t, columns: [...t.columns, col('phone', 'text')] } : t,
    ),
  };
  return { date: '2026-11-25', title: 'Add phone to users', changes: diffModels(from, to), plan, ...extra };
}

describe('migrationLogPath', () => {
  it('names the file by quarter', () => {
    expect(migrationLogPath('2026-11-25')).toBe('migrations/2026-Q4-schema-changes.md');
    expect(migrationLogPath('2026-01-01')).toBe('migrations/2026-Q1-schema-changes.md');
    expect(migrationLogPath('2026-03-31')).toBe('migrations/2026-Q1-schema-changes.md');
    expect(migrationLogPath('2026-04-01')).toBe('migrations/2026-Q2-schema-changes.md');
    expect(migrationLogPath('2027-09-30')).toBe('migrations/2027-Q3-schema-changes.md');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2026-13-01', '2026-02-30', '26-11-25', '2026-11-25T10:00', '']) {
      expect(() => migrationLogPath(bad)).toThrow(RangeError);
    }
  });
});

describe('appendMigrationEntry', () => {
  it('starts a new file with a header, then the entry', () => {
    const content = appendMigrationEntry(undefined, entry({ author: 'Ada *L*', reviewers: ['Bob', 'Cy'] }));
    expect(content).toBe(
      [
        '# Schema changes, 2026 Q4',
        '',
        'The migrations of this quarter, oldest first. Schema Studio appends each new migration; earlier entries',
        'are never rewritten.',
        '',
        '## <a id="migration-2026-11-25-add-phone-to-users"></a>2026-11-25: Add phone to users',
        '',
        '- Author: Ada \\*L\\*',
        '- Reviewers: Bob, Cy',
        '',
        '**Summary**',
        '',
        '- Add column `phone` to `public.users`',
        '',
        '**Hazards**',
        '',
        '| Statement | Hazard | Reason |',
        '| --- | --- | --- |',
        '| up 2 | `INDEX_BUILD` | builds index "users\\_phone" \\| scans the table |',
        '| down 1 | `DELETES_DATA` | drops column "phone" and its data |',
        '',
        '**Up**',
        '',
        '```sql',
        '-- 1',
        'ALTER TABLE public.users ADD COLUMN phone text;',
        '',
        '-- 2 (runs outside a transaction)',
        'CREATE INDEX CONCURRENTLY users_phone ON public.users (phone);',
        '```',
        '',
        '**Down**',
        '',
        '```sql',
        '-- 1',
        'ALTER TABLE public.users DROP COLUMN phone;',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('keeps earlier content byte for byte and appends after it', () => {
    const first = appendMigrationEntry(undefined, entry());
    // Hand edits, odd bytes and a missing final newline must all survive.
    const edited = `${first}\r\nA note\twith — odd bytes \u0000 and no final newline`;
    const second = appendMigrationEntry(edited, entry({ date: '2026-12-01', title: 'Second' }));
    expect(second.startsWith(edited)).toBe(true);
    expect(second.slice(edited.length)).toMatch(
      /^\n\n## <a id="migration-2026-12-01-second"><\/a>2026-12-01: Second\n/,
    );
    expect(second.endsWith('\n')).toBe(true);
    const third = appendMigrationEntry(second, entry({ date: '2026-12-02', title: 'Third' }));
    expect(third.startsWith(second)).toBe(true);
    expect(third.slice(second.length)).toMatch(/^\n## <a id="migration-2026-12-02-third">/);
  });

  it('gives a repeated date and title a distinct anchor', () => {
    const once = appendMigrationEntry(undefined, entry());
    const twice = appendMigrationEntry(once, entry());
    expect(twice.slice(once.length)).toContain('<a id="migration-2026-11-25-add-phone-to-users-2"></a>');
  });

  it('says so when there is nothing to list', () => {
    const empty = appendMigrationEntry(undefined, {
      date: '2026-05-05',
      title: 'Noop',
      changes: [],
      plan: { up: [], down: [] },
    });
    expect(empty).toContain('# Schema changes, 2026 Q2');
    expect(empty).toContain('**Summary**\n\nNo changes.\n\n**Hazards**\n\nNone.\n\n**Up**\n\nNo statements.');
  });

  it('escapes the title and keeps a fence SQL cannot close', () => {
    const tricky = entry({
      title: '# <b>Bold</b> | move',
      plan: { up: [{ sql: "SELECT '```'", hazards: [], transactional: true }], down: [] },
    });
    const content = appendMigrationEntry(undefined, tricky);
    expect(markdownProblems(content)).toEqual([]);
    expect(content).toContain('2026-11-25: \\# \\<b\\>Bold\\</b\\> | move');
    expect(content).toContain("````sql\n-- 1\nSELECT '```';\n````");
  });

  it('summarises a table created from nothing', () => {
    const to = model({ tables: [table('t', [notNull('id', 'integer')])] });
    const content = appendMigrationEntry(undefined, { ...entry(), changes: diffModels(model(), to) });
    expect(content).toContain('- Create table `public.t` (1 column)');
  });
});
