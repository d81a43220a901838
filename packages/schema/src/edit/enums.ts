import type { ColumnDef, SchemaModel } from '../model.ts';
import { qualifiedKey } from '../names.ts';
import { insertQualified, mapTables } from './collections.ts';

const findEnum = (model: SchemaModel, schema: string, name: string) =>
  model.enums.find((e) => e.schema === schema && e.name === name);

export function addEnum(
  model: SchemaModel,
  schema: string,
  name: string,
  values: readonly string[],
): SchemaModel {
  if (findEnum(model, schema, name) || name === '') return model;
  return { ...model, enums: insertQualified(model.enums, { schema, name, values }) };
}

/** Removes an enum. Columns still typed with it keep their type: the planner reports the broken reference. */
export function removeEnum(model: SchemaModel, schema: string, name: string): SchemaModel {
  const found = findEnum(model, schema, name);
  return found ? { ...model, enums: model.enums.filter((e) => e !== found) } : model;
}

/** `public.mood` or `public.mood[]` (types are schema-qualified in the model) renamed; others unchanged. */
function retype(column: ColumnDef, fromKey: string, toKey: string): ColumnDef {
  if (column.type === fromKey) return { ...column, type: toKey };
  if (column.type.startsWith(`${fromKey}[`))
    return { ...column, type: toKey + column.type.slice(fromKey.length) };
  return column;
}

/** Renames an enum and the columns typed with it. */
export function renameEnum(model: SchemaModel, schema: string, from: string, to: string): SchemaModel {
  const found = findEnum(model, schema, from);
  if (!found || from === to || to === '' || findEnum(model, schema, to)) return model;
  const enums = insertQualified(
    model.enums.filter((e) => e !== found),
    { ...found, name: to },
  );
  const fromKey = qualifiedKey(schema, from);
  const toKey = qualifiedKey(schema, to);
  return mapTables({ ...model, enums }, (t) => {
    const columns = t.columns.map((c) => retype(c, fromKey, toKey));
    return columns.some((c, i) => c !== t.columns[i]) ? { ...t, columns } : t;
  });
}

export function setEnumValues(
  model: SchemaModel,
  schema: string,
  name: string,
  values: readonly string[],
): SchemaModel {
  const found = findEnum(model, schema, name);
  if (!found || values.length === 0) return model;
  return {
    ...model,
    enums: model.enums.map((e) => (e === found ? { ...e, values: [...new Set(values)] } : e)),
  };
}
