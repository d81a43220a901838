import { renderStatements } from '@schema-studio/postgres';
import { emptyModel, tableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import type { Project } from '../lib/types.ts';
import { createProjectStore } from './project-store.ts';
import { selectHints, selectMigration } from './selectors.ts';

const users = tableDef({
  schema: 'public',
  name: 'users',
  columns: [
    { name: 'id', type: 'integer', nullable: false },
    { name: 'email', type: 'text', nullable: true },
  ],
  primaryKey: { name: 'users_pkey', columns: ['id'] },
});

function project(): Project {
  const model = { ...emptyModel(), tables: [users] };
  return {
    id: 'p1',
    name: 'P',
    baseline: model,
    design: model,
    layout: { positions: { 'public.users': { x: 10, y: 20 } }, colors: {}, hidden: [] },
    hints: [],
    version: 1,
    createdAt: '',
    updatedAt: '',
  };
}

const upSql = (store: ReturnType<typeof createProjectStore>) => {
  const m = selectMigration(store.getState());
  if (!m.ok) throw new Error(m.error);
  return renderStatements(m.plan.up, { hazardComments: false });
};

describe('project store', () => {
  it('applies an edit through the reducer and marks the project unsaved', () => {
    const store = createProjectStore(project());
    store.getState().actions.dispatch({
      kind: 'column.add',
      schema: 'public',
      table: 'users',
      column: { name: 'age', type: 'integer', nullable: true },
    });
    const s = store.getState();
    expect(s.design.tables[0]?.columns.map((c) => c.name)).toEqual(['id', 'email', 'age']);
    expect(s.saveStatus).toBe('unsaved');
    expect(upSql(store)).toContain('ADD COLUMN age integer');
  });

  it('undoes and redoes every edit, and ignores edits that do not apply', () => {
    const store = createProjectStore(project());
    const { actions } = store.getState();
    const original = store.getState().design;
    actions.dispatch({ kind: 'table.setComment', schema: 'public', name: 'users', comment: 'people' });
    actions.dispatch({ kind: 'table.rename', schema: 'public', from: 'nope', to: 'x' });
    expect(store.getState().past).toHaveLength(1);
    const edited = store.getState().design;
    actions.undo();
    expect(store.getState().design).toBe(original);
    actions.redo();
    expect(store.getState().design).toBe(edited);
    actions.dispatch({ kind: 'table.setComment', schema: 'public', name: 'users' });
    expect(store.getState().future).toEqual([]);
  });

  it('sends a column rename to the planner as a hint: RENAME COLUMN, and undo removes it', () => {
    const store = createProjectStore(project());
    store.getState().actions.dispatch({
      kind: 'column.rename',
      schema: 'public',
      table: 'users',
      from: 'email',
      to: 'mail',
    });
    expect(selectHints(store.getState())).toEqual([
      { kind: 'column', schema: 'public', table: 'users', from: 'email', to: 'mail' },
    ]);
    expect(upSql(store)).toContain('ALTER TABLE public.users RENAME COLUMN email TO mail');
    expect(upSql(store)).not.toContain('DROP COLUMN');
    store.getState().actions.undo();
    expect(selectHints(store.getState())).toEqual([]);
    expect(upSql(store)).toBe('');
  });

  it('keeps positions by table name across a table rename, memoizes the migration', () => {
    const store = createProjectStore(project());
    store
      .getState()
      .actions.dispatch({ kind: 'table.rename', schema: 'public', from: 'users', to: 'accounts' });
    const s = store.getState();
    expect(s.layout.positions).toEqual({ 'public.accounts': { x: 10, y: 20 } });
    s.actions.undo();
    expect(store.getState().layout.positions).toEqual({ 'public.users': { x: 10, y: 20 } });
    s.actions.redo();
    expect(selectMigration(store.getState())).toBe(selectMigration(store.getState()));
    expect(upSql(store)).toContain('RENAME TO accounts');
  });
});
