/** The clauses of MySQL DDL: column definitions, keys, indexes, constraints and CREATE TABLE. */
import type {
  CheckDef,
  ColumnDef,
  ForeignKeyDef,
  IndexDef,
  IndexKeyDef,
  TableDef,
} from '@schema-studio/schema';
import { identList, quoteIdent, quoteString, tableRef } from './quote.ts';

/**
 * NULL is written out for stored columns because TIMESTAMP columns otherwise turn NOT NULL on servers running
 * with explicit_defaults_for_timestamp off. A generated column takes no NULL after its AS (...) on MariaDB,
 * which has no NOT NULL generated columns at all; MySQL 8 has them and takes NOT NULL there, so that is
 * written only when the model says so (a model only MySQL 8 produces), and a nullable one gets no clause.
 */
function nullability(c: ColumnDef): string[] {
  if (c.generated !== undefined) return c.nullable ? [] : ['NOT NULL'];
  return [c.nullable ? 'NULL' : 'NOT NULL'];
}

/**
 * A column as CREATE TABLE, ADD COLUMN and MODIFY COLUMN write it: MODIFY restates the whole column, so every
 * attribute the model carries is here.
 */
export function columnDefinition(c: ColumnDef): string {
  const m = c.mysql ?? {};
  const parts = [quoteIdent(c.name), c.type];
  if (m.charset !== undefined) parts.push(`CHARACTER SET ${m.charset}`);
  if (c.collation !== undefined) parts.push(`COLLATE ${c.collation}`);
  if (c.generated !== undefined)
    parts.push(`GENERATED ALWAYS AS (${c.generated}) ${m.generatedStored ? 'STORED' : 'VIRTUAL'}`);
  parts.push(...nullability(c));
  if (c.default !== undefined && c.generated === undefined) parts.push(`DEFAULT ${c.default}`);
  if (m.onUpdate !== undefined) parts.push(`ON UPDATE ${m.onUpdate}`);
  if (m.autoIncrement) parts.push('AUTO_INCREMENT');
  if (c.comment !== undefined) parts.push(`COMMENT ${quoteString(c.comment)}`);
  return parts.join(' ');
}

function keyPart(k: IndexKeyDef): string {
  // A functional key part (MySQL 8.0.13+) needs its own parentheses.
  const target = k.expression ? `(${k.column})` : quoteIdent(k.column);
  const length = k.length === undefined ? '' : `(${k.length})`;
  return `${target}${length}${k.descending ? ' DESC' : ''}`;
}

const methodOf = (index: IndexDef) => index.method.toUpperCase();

/** FULLTEXT and SPATIAL are index kinds in MySQL's syntax; BTREE and HASH are `USING` methods. */
export function isSpecialIndex(index: IndexDef): boolean {
  return methodOf(index) === 'FULLTEXT' || methodOf(index) === 'SPATIAL';
}

/** `[UNIQUE|FULLTEXT|SPATIAL] <word> name (parts) [USING HASH] [COMMENT ...]`, `word` being KEY or INDEX. */
export function indexClause(index: IndexDef, word: 'KEY' | 'INDEX'): string {
  const kind = isSpecialIndex(index) ? `${methodOf(index)} ` : index.unique ? 'UNIQUE ' : '';
  const using = methodOf(index) === 'HASH' ? ' USING HASH' : '';
  const comment = index.comment === undefined ? '' : ` COMMENT ${quoteString(index.comment)}`;
  return `${kind}${word} ${quoteIdent(index.name)} (${index.keys.map(keyPart).join(', ')})${using}${comment}`;
}

/** A unique constraint is a unique index in MySQL. */
export function uniqueClause(name: string, columns: readonly string[], word: 'KEY' | 'INDEX'): string {
  return `UNIQUE ${word} ${quoteIdent(name)} (${identList(columns)})`;
}

export function primaryKeyClause(columns: readonly string[]): string {
  return `PRIMARY KEY (${identList(columns)})`;
}

export function checkClause(check: CheckDef): string {
  return `CONSTRAINT ${quoteIdent(check.name)} CHECK (${check.expression})`;
}

/** Referential actions are written even when they are the default: servers report omitted ones differently. */
export function foreignKeyClause(schema: string, fk: ForeignKeyDef): string {
  const references = `REFERENCES ${tableRef(schema, fk.refSchema, fk.refTable)} (${identList(fk.refColumns)})`;
  const actions = ` ON DELETE ${fk.onDelete.toUpperCase()} ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  return `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${identList(fk.columns)}) ${references}${actions}`;
}

/** `stats_persistent=0` as MySQL writes it: `STATS_PERSISTENT=0`. */
export function optionText(option: string): string {
  const at = option.indexOf('=');
  return at === -1 ? option : `${option.slice(0, at).toUpperCase()}=${option.slice(at + 1)}`;
}

/** `ENGINE=... DEFAULT CHARSET=... COLLATE=... ROW_FORMAT=... COMMENT=...` as far as the model says. */
export function tableOptions(t: TableDef): string[] {
  const o = t.mysql ?? {};
  return [
    ...(o.engine === undefined ? [] : [`ENGINE=${o.engine}`]),
    ...(o.charset === undefined ? [] : [`DEFAULT CHARSET=${o.charset}`]),
    ...(o.collation === undefined ? [] : [`COLLATE=${o.collation}`]),
    ...(o.rowFormat === undefined ? [] : [`ROW_FORMAT=${o.rowFormat.toUpperCase()}`]),
    ...(t.options ?? []).map(optionText),
    ...(t.comment === undefined ? [] : [`COMMENT=${quoteString(t.comment)}`]),
  ];
}

/**
 * CREATE TABLE with columns, primary key, unique keys, indexes and checks inline, and the foreign keys the
 * plan chose to declare inline (those whose referenced table exists by then).
 */
export function createTableSql(t: TableDef, inlineForeignKeys: readonly ForeignKeyDef[]): string {
  const elements = [
    ...t.columns.map(columnDefinition),
    ...(t.primaryKey ? [primaryKeyClause(t.primaryKey.columns)] : []),
    ...t.uniques.map((u) => uniqueClause(u.name, u.columns, 'KEY')),
    ...t.indexes.map((i) => indexClause(i, 'KEY')),
    ...inlineForeignKeys.map((fk) => foreignKeyClause(t.schema, fk)),
    ...t.checks.map(checkClause),
  ];
  const options = tableOptions(t);
  return `CREATE TABLE ${quoteIdent(t.name)} (\n  ${elements.join(',\n  ')}\n)${options.length ? ` ${options.join(' ')}` : ''}`;
}
