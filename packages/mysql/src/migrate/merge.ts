/**
 * Pairs of neutral changes MySQL must run as one statement: a primary key dropped and added (an
 * AUTO_INCREMENT column must always be a key, and the table is rebuilt once), and an index dropped and
 * created under the same name (a foreign key may need an index on those columns at every moment).
 */
import type { Change } from '@schema-studio/diff';
import { qualifiedKey } from '@schema-studio/schema';
import type { MysqlChange } from './changes.ts';

type TableRenames = ReadonlyMap<string, string>;

/** `schema.from` → to name, from the plan's table renames. */
export function tableRenames(changes: readonly Change[]): Map<string, string> {
  return new Map(
    changes.flatMap((c) =>
      c.kind === 'table.rename' ? [[qualifiedKey(c.schema, c.from), c.to] as const] : [],
    ),
  );
}

const toName = (renames: TableRenames, schema: string, table: string) =>
  renames.get(qualifiedKey(schema, table)) ?? table;

const slot = (schema: string, table: string, name: string) => JSON.stringify([schema, table, name]);

export function mergeReplacements(changes: readonly MysqlChange[], renames: TableRenames): MysqlChange[] {
  const droppedKeys = new Map<string, readonly string[]>();
  const droppedIndexes = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'constraint.drop' && c.constraint.type === 'primaryKey')
      droppedKeys.set(slot(c.schema, toName(renames, c.schema, c.table), ''), c.constraint.def.columns);
    if (c.kind === 'index.drop')
      droppedIndexes.add(slot(c.schema, toName(renames, c.schema, c.table), c.index.name));
  }
  const addedKeys = new Set<string>();
  const addedIndexes = new Set<string>();
  const out: MysqlChange[] = [];
  for (const c of changes) {
    if (c.kind === 'constraint.add' && c.constraint.type === 'primaryKey') {
      const key = slot(c.schema, c.table, '');
      const before = droppedKeys.get(key);
      if (before) {
        addedKeys.add(key);
        out.push({
          kind: 'mysql.primaryKey.replace',
          schema: c.schema,
          table: c.table,
          from: before,
          to: c.constraint.def.columns,
        });
        continue;
      }
    }
    if (c.kind === 'index.create' && droppedIndexes.has(slot(c.schema, c.table, c.index.name))) {
      addedIndexes.add(slot(c.schema, c.table, c.index.name));
      out.push({ kind: 'mysql.index.replace', schema: c.schema, table: c.table, index: c.index });
      continue;
    }
    out.push(c);
  }
  return out.filter((c) => {
    if (c.kind === 'constraint.drop' && c.constraint.type === 'primaryKey')
      return !addedKeys.has(slot(c.schema, toName(renames, c.schema, c.table), ''));
    if (c.kind === 'index.drop')
      return !addedIndexes.has(slot(c.schema, toName(renames, c.schema, c.table), c.index.name));
    return true;
  });
}
