import type { SchemaModel } from '../model.ts';
import { normalizeModel } from '../normalize.ts';
import {
  addColumn,
  moveColumn,
  removeColumn,
  renameColumn,
  setColumnComment,
  setColumnDefault,
  setColumnNullable,
  setColumnType,
} from './columns.ts';
import {
  addForeignKey,
  addIndex,
  addUnique,
  removeForeignKey,
  removeIndex,
  removeUnique,
} from './constraints.ts';
import { addEnum, removeEnum, renameEnum, setEnumValues } from './enums.ts';
import { addTable, removeTable, renameTable, setPrimaryKey, setTableComment } from './tables.ts';
import type { SchemaEdit } from './types.ts';

/**
 * The one reducer of design edits: pure, returns a new model in canonical order, and returns the model itself
 * (same object) when the edit does not apply (unknown table, duplicate name, ...). Untouched tables keep their
 * object identity, so views of one table can skip work when it did not change.
 */
export function applyEdit(model: SchemaModel, edit: SchemaEdit): SchemaModel {
  switch (edit.kind) {
    case 'table.add':
      return addTable(model, edit.table);
    case 'table.remove':
      return removeTable(model, edit.schema, edit.name);
    case 'table.rename':
      return renameTable(model, edit.schema, edit.from, edit.to);
    case 'table.setComment':
      return setTableComment(model, edit.schema, edit.name, edit.comment);
    case 'table.setPrimaryKey':
      return setPrimaryKey(model, edit.schema, edit.table, edit.columns);
    case 'column.add':
      return addColumn(model, edit.schema, edit.table, edit.column, edit.index);
    case 'column.remove':
      return removeColumn(model, edit.schema, edit.table, edit.name);
    case 'column.rename':
      return renameColumn(model, edit.schema, edit.table, edit.from, edit.to);
    case 'column.setType':
      return setColumnType(model, edit.schema, edit.table, edit.name, edit.type);
    case 'column.setNullable':
      return setColumnNullable(model, edit.schema, edit.table, edit.name, edit.nullable);
    case 'column.setDefault':
      return setColumnDefault(model, edit.schema, edit.table, edit.name, edit.default);
    case 'column.setComment':
      return setColumnComment(model, edit.schema, edit.table, edit.name, edit.comment);
    case 'column.move':
      return moveColumn(model, edit.schema, edit.table, edit.name, edit.to);
    case 'fk.add':
      return addForeignKey(model, edit.schema, edit.table, edit.fk);
    case 'fk.remove':
      return removeForeignKey(model, edit.schema, edit.table, edit.name);
    case 'unique.add':
      return addUnique(model, edit.schema, edit.table, edit.unique);
    case 'unique.remove':
      return removeUnique(model, edit.schema, edit.table, edit.name);
    case 'index.add':
      return addIndex(model, edit.schema, edit.table, edit.index);
    case 'index.remove':
      return removeIndex(model, edit.schema, edit.table, edit.name);
    case 'enum.add':
      return addEnum(model, edit.enum.schema, edit.enum.name, edit.enum.values);
    case 'enum.remove':
      return removeEnum(model, edit.schema, edit.name);
    case 'enum.rename':
      return renameEnum(model, edit.schema, edit.from, edit.to);
    case 'enum.setValues':
      return setEnumValues(model, edit.schema, edit.name, edit.values);
    case 'model.replace':
      return normalizeModel(edit.model);
  }
}

/** Applies edits in order. */
export function applyEdits(model: SchemaModel, edits: readonly SchemaEdit[]): SchemaModel {
  return edits.reduce(applyEdit, model);
}
