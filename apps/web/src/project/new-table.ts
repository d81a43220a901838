import { type SchemaModel, type TableDef, tableDef } from '@schema-studio/schema';

/** A fresh table `table_N` with an `id` primary key, in `public`. */
export function newTable(design: SchemaModel, schema = 'public'): TableDef {
  const taken = new Set(design.tables.filter((t) => t.schema === schema).map((t) => t.name));
  let n = design.tables.length + 1;
  while (taken.has(`table_${n}`)) n++;
  const name = `table_${n}`;
  return tableDef({
    schema,
    name,
    columns: [{ name: 'id', type: 'bigint', nullable: false }],
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
  });
}
