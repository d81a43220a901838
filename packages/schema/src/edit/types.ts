import type {
  ColumnDef,
  EnumDef,
  ForeignKeyDef,
  IndexDef,
  SchemaModel,
  TableDef,
  UniqueDef,
} from '../model.ts';

/** Names a table: the key edits use to find it. */
export interface TableRef {
  readonly schema: string;
  readonly table: string;
}

/**
 * One change to a design, as the canvas, the side panel or the SQL editor makes it. Applied by `applyEdit`;
 * the same stream drives undo/redo, persistence and rename hints.
 */
export type SchemaEdit =
  | { readonly kind: 'table.add'; readonly table: TableDef }
  | { readonly kind: 'table.remove'; readonly schema: string; readonly name: string }
  | { readonly kind: 'table.rename'; readonly schema: string; readonly from: string; readonly to: string }
  | {
      readonly kind: 'table.setComment';
      readonly schema: string;
      readonly name: string;
      readonly comment?: string;
    }
  | (TableRef & { readonly kind: 'table.setPrimaryKey'; readonly columns: readonly string[] })
  | (TableRef & { readonly kind: 'column.add'; readonly column: ColumnDef; readonly index?: number })
  | (TableRef & { readonly kind: 'column.remove'; readonly name: string })
  | (TableRef & { readonly kind: 'column.rename'; readonly from: string; readonly to: string })
  | (TableRef & { readonly kind: 'column.setType'; readonly name: string; readonly type: string })
  | (TableRef & { readonly kind: 'column.setNullable'; readonly name: string; readonly nullable: boolean })
  | (TableRef & { readonly kind: 'column.setDefault'; readonly name: string; readonly default?: string })
  | (TableRef & { readonly kind: 'column.setComment'; readonly name: string; readonly comment?: string })
  | (TableRef & { readonly kind: 'column.move'; readonly name: string; readonly to: number })
  | (TableRef & { readonly kind: 'fk.add'; readonly fk: ForeignKeyDef })
  | (TableRef & { readonly kind: 'fk.remove'; readonly name: string })
  | (TableRef & { readonly kind: 'unique.add'; readonly unique: UniqueDef })
  | (TableRef & { readonly kind: 'unique.remove'; readonly name: string })
  | (TableRef & { readonly kind: 'index.add'; readonly index: IndexDef })
  | (TableRef & { readonly kind: 'index.remove'; readonly name: string })
  | { readonly kind: 'enum.add'; readonly enum: EnumDef }
  | { readonly kind: 'enum.remove'; readonly schema: string; readonly name: string }
  | { readonly kind: 'enum.rename'; readonly schema: string; readonly from: string; readonly to: string }
  | {
      readonly kind: 'enum.setValues';
      readonly schema: string;
      readonly name: string;
      readonly values: readonly string[];
    }
  /** The whole design at once (the SQL editor): renames cannot be known, positions are kept by name. */
  | { readonly kind: 'model.replace'; readonly model: SchemaModel };

export type SchemaEditKind = SchemaEdit['kind'];
