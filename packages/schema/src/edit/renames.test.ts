import { describe, expect, it } from 'vitest';
import { applyEdit } from './apply.ts';
import { deriveRenameHints, renameHints, renameStateFromHints, trackRename } from './renames.ts';
import { col, sampleModel, table } from './test-model.ts';
import type { SchemaEdit } from './types.ts';

const base = sampleModel();
const renameTable = (from: string, to: string): SchemaEdit => ({
  kind: 'table.rename',
  schema: 'public',
  from,
  to,
});
const renameColumn = (tbl: string, from: string, to: string): SchemaEdit => ({
  kind: 'column.rename',
  schema: 'public',
  table: tbl,
  from,
  to,
});

describe('rename hints', () => {
  it('gives a hint for a table rename', () => {
    expect(deriveRenameHints(base, [renameTable('users', 'accounts')])).toEqual([
      { kind: 'table', schema: 'public', from: 'users', to: 'accounts' },
    ]);
  });
  it('follows a rename twice to one hint, and a rename back to none', () => {
    expect(deriveRenameHints(base, [renameTable('users', 'a'), renameTable('a', 'b')])).toEqual([
      { kind: 'table', schema: 'public', from: 'users', to: 'b' },
    ]);
    expect(deriveRenameHints(base, [renameTable('users', 'a'), renameTable('a', 'users')])).toEqual([]);
  });
  it('gives no hint for a rename then delete', () => {
    const edits: SchemaEdit[] = [
      renameTable('users', 'a'),
      { kind: 'table.remove', schema: 'public', name: 'a' },
    ];
    expect(deriveRenameHints(base, edits)).toEqual([]);
    const column: SchemaEdit[] = [
      renameColumn('users', 'email', 'mail'),
      { kind: 'column.remove', schema: 'public', table: 'users', name: 'mail' },
    ];
    expect(deriveRenameHints(base, column)).toEqual([]);
  });
  it('gives no hint for something added then renamed', () => {
    const edits: SchemaEdit[] = [
      { kind: 'table.add', table: table('tags', [col('id')]) },
      renameTable('tags', 'labels'),
      renameColumn('labels', 'id', 'tag_id'),
      { kind: 'column.add', schema: 'public', table: 'users', column: col('age') },
      renameColumn('users', 'age', 'years'),
    ];
    expect(deriveRenameHints(base, edits)).toEqual([]);
  });
  it('does not treat a new object under a deleted name as the old one', () => {
    const edits: SchemaEdit[] = [
      { kind: 'column.remove', schema: 'public', table: 'users', name: 'email' },
      { kind: 'column.add', schema: 'public', table: 'users', column: col('email2', 'text') },
      renameColumn('users', 'email2', 'email'),
      renameColumn('users', 'email', 'mail'),
    ];
    expect(deriveRenameHints(base, edits)).toEqual([]);
  });
  it('gives column hints naming the table as it is in the baseline, also after a table rename', () => {
    const edits = [
      renameColumn('users', 'email', 'mail'),
      renameTable('users', 'accounts'),
      renameColumn('accounts', 'id', 'key'),
    ];
    expect(deriveRenameHints(base, edits)).toEqual([
      { kind: 'table', schema: 'public', from: 'users', to: 'accounts' },
      { kind: 'column', schema: 'public', table: 'users', from: 'id', to: 'key' },
      { kind: 'column', schema: 'public', table: 'users', from: 'email', to: 'mail' },
    ]);
  });
  it('gives enum hints', () => {
    expect(
      deriveRenameHints(base, [{ kind: 'enum.rename', schema: 'public', from: 'mood', to: 'feeling' }]),
    ).toEqual([{ kind: 'enum', schema: 'public', from: 'mood', to: 'feeling' }]);
  });
  it('round-trips saved hints through the state', () => {
    const edits = [renameTable('users', 'accounts'), renameColumn('accounts', 'email', 'mail')];
    const hints = deriveRenameHints(base, edits);
    let design = base;
    for (const e of edits) design = applyEdit(design, e);
    expect(renameHints(base, design, renameStateFromHints(hints))).toEqual(hints);
    const state = trackRename(renameStateFromHints(hints), renameTable('accounts', 'users'), design);
    expect(renameHints(base, applyEdit(design, renameTable('accounts', 'users')), state)).toEqual([
      { kind: 'column', schema: 'public', table: 'users', from: 'email', to: 'mail' },
    ]);
  });
});
