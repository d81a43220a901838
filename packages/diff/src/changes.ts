/**
 * The typed changes `diffModels` produces: one variant per thing a migration can do, tagged by `kind`.
 *
 * Names follow the moment the change runs in a migration: drops name objects as they are in the `from` model
 * (drops run before renames), everything else names them as they are in the `to` model.
 */
import type {
  CheckDef,
  CollationDef,
  ColumnDef,
  CompositeAttributeDef,
  CompositeTypeDef,
  DomainDef,
  EnumDef,
  ExclusionDef,
  ExtensionDef,
  ForeignKeyDef,
  IdentityDef,
  IndexDef,
  NamespaceDef,
  PolicyDef,
  PrimaryKeyDef,
  RangeTypeDef,
  RoutineDef,
  RoutineKind,
  SequenceDef,
  TableDef,
  TriggerDef,
  UniqueDef,
  ViewDef,
} from '@schema-studio/schema';

/** A table (or, for indexes and triggers, a materialized view or view) by schema and name. */
export interface RelationRef {
  readonly schema: string;
  readonly table: string;
}

/** An object named by schema and name (types, sequences). */
export interface ObjectRef {
  readonly schema: string;
  readonly name: string;
}

export type TableConstraint =
  | { readonly type: 'primaryKey'; readonly def: PrimaryKeyDef }
  | { readonly type: 'foreignKey'; readonly def: ForeignKeyDef }
  | { readonly type: 'unique'; readonly def: UniqueDef }
  | { readonly type: 'check'; readonly def: CheckDef }
  | { readonly type: 'exclusion'; readonly def: ExclusionDef };

/** A column whose enum type is being replaced, with its defaults on both sides (dropped and restored). */
export interface EnumColumnUse extends RelationRef {
  readonly column: string;
  /** The column's type text in the `to` model (the enum, or an array of it). */
  readonly type: string;
  readonly fromDefault?: string;
  readonly toDefault?: string;
}

export type CommentTarget =
  | { readonly type: 'schema' | 'extension'; readonly name: string }
  | {
      readonly type:
        | 'collation'
        | 'type'
        | 'domain'
        | 'sequence'
        | 'table'
        | 'view'
        | 'materializedView'
        | 'index';
      readonly schema: string;
      readonly name: string;
    }
  | { readonly type: 'column'; readonly schema: string; readonly table: string; readonly column: string }
  | {
      readonly type: 'constraint' | 'trigger' | 'policy';
      readonly schema: string;
      readonly table: string;
      readonly name: string;
    }
  | {
      readonly type: 'domainConstraint';
      readonly schema: string;
      readonly domain: string;
      readonly name: string;
    }
  | {
      readonly type: 'routine';
      readonly schema: string;
      readonly name: string;
      readonly args: string;
      readonly routineKind: RoutineKind;
    };

/** Set on drops of objects that the same plan creates again under the same name (so they must go early). */
interface Recreated {
  readonly recreated: boolean;
}

export type NamespaceChange =
  | { readonly kind: 'schema.create'; readonly schema: NamespaceDef }
  | { readonly kind: 'schema.drop'; readonly schema: NamespaceDef }
  | { readonly kind: 'extension.create'; readonly extension: ExtensionDef }
  | { readonly kind: 'extension.drop'; readonly extension: ExtensionDef }
  | { readonly kind: 'extension.setSchema'; readonly extension: ExtensionDef }
  | { readonly kind: 'collation.create'; readonly collation: CollationDef }
  | ({ readonly kind: 'collation.drop'; readonly collation: CollationDef } & Recreated);

export type TypeChange =
  | { readonly kind: 'enum.create'; readonly enum: EnumDef }
  | ({ readonly kind: 'enum.drop'; readonly enum: EnumDef } & Recreated)
  | { readonly kind: 'enum.rename'; readonly schema: string; readonly from: string; readonly to: string }
  | {
      readonly kind: 'enum.addValue';
      readonly enum: ObjectRef;
      readonly value: string;
      readonly before?: string;
      readonly after?: string;
    }
  | {
      readonly kind: 'enum.replace';
      readonly from: EnumDef;
      readonly to: EnumDef;
      readonly columns: readonly EnumColumnUse[];
    }
  | { readonly kind: 'domain.create'; readonly domain: DomainDef }
  | ({ readonly kind: 'domain.drop'; readonly domain: DomainDef } & Recreated)
  | { readonly kind: 'domain.setDefault'; readonly domain: ObjectRef; readonly default?: string }
  | { readonly kind: 'domain.setNotNull'; readonly domain: ObjectRef; readonly notNull: boolean }
  | { readonly kind: 'domain.addCheck'; readonly domain: ObjectRef; readonly check: CheckDef }
  | { readonly kind: 'domain.dropCheck'; readonly domain: ObjectRef; readonly check: CheckDef }
  | { readonly kind: 'composite.create'; readonly composite: CompositeTypeDef }
  | ({ readonly kind: 'composite.drop'; readonly composite: CompositeTypeDef } & Recreated)
  | {
      readonly kind: 'composite.addAttribute';
      readonly composite: ObjectRef;
      readonly attribute: CompositeAttributeDef;
    }
  | {
      readonly kind: 'composite.dropAttribute';
      readonly composite: ObjectRef;
      readonly attribute: CompositeAttributeDef;
    }
  | {
      readonly kind: 'composite.alterAttribute';
      readonly composite: ObjectRef;
      readonly attribute: CompositeAttributeDef;
    }
  | { readonly kind: 'range.create'; readonly range: RangeTypeDef }
  | ({ readonly kind: 'range.drop'; readonly range: RangeTypeDef } & Recreated);

export type SequenceChange =
  | { readonly kind: 'sequence.create'; readonly sequence: SequenceDef }
  | {
      readonly kind: 'sequence.drop';
      readonly sequence: SequenceDef;
      /** True when the owning table or column is dropped too, which drops the sequence with it. */
      readonly droppedWithOwner: boolean;
    }
  | { readonly kind: 'sequence.rename'; readonly schema: string; readonly from: string; readonly to: string }
  | { readonly kind: 'sequence.alter'; readonly from: SequenceDef; readonly to: SequenceDef }
  | {
      readonly kind: 'sequence.setOwnedBy';
      readonly sequence: ObjectRef;
      readonly owner?: RelationRef & { readonly column: string };
    };

export type RoutineChange =
  | { readonly kind: 'function.create'; readonly routine: RoutineDef }
  | ({ readonly kind: 'function.drop'; readonly routine: RoutineDef } & Recreated)
  | { readonly kind: 'function.replace'; readonly from: RoutineDef; readonly to: RoutineDef };

export type TableChange =
  | { readonly kind: 'table.create'; readonly table: TableDef }
  | ({ readonly kind: 'table.drop'; readonly table: TableDef } & Recreated)
  | { readonly kind: 'table.rename'; readonly schema: string; readonly from: string; readonly to: string }
  | ({ readonly kind: 'table.setLogged'; readonly unlogged: boolean } & RelationRef)
  | ({ readonly kind: 'table.setRowLevelSecurity'; readonly enabled: boolean } & RelationRef)
  | ({ readonly kind: 'table.setForceRowLevelSecurity'; readonly forced: boolean } & RelationRef)
  | ({ readonly kind: 'table.setReplicaIdentity'; readonly identity?: string } & RelationRef)
  | ({
      readonly kind: 'table.setOptions';
      readonly set: readonly string[];
      readonly reset: readonly string[];
    } & RelationRef)
  | ({
      readonly kind: 'table.attachPartition';
      readonly parent: RelationRef;
      readonly bound: string;
    } & RelationRef)
  | ({ readonly kind: 'table.detachPartition'; readonly parent: RelationRef } & RelationRef);

export type ColumnChange =
  | ({ readonly kind: 'column.add'; readonly column: ColumnDef } & RelationRef)
  | ({ readonly kind: 'column.drop'; readonly column: ColumnDef } & RelationRef)
  | ({ readonly kind: 'column.rename'; readonly from: string; readonly to: string } & RelationRef)
  | ({ readonly kind: 'column.alterType'; readonly from: ColumnDef; readonly to: ColumnDef } & RelationRef)
  | ({
      readonly kind: 'column.setNullable';
      readonly column: string;
      readonly nullable: boolean;
    } & RelationRef)
  | ({ readonly kind: 'column.setDefault'; readonly column: string; readonly default?: string } & RelationRef)
  | ({
      readonly kind: 'column.identity';
      readonly column: string;
      /** The column type, which decides the identity's default bounds. */
      readonly type: string;
      readonly from?: IdentityDef;
      readonly to?: IdentityDef;
    } & RelationRef);

export type ConstraintChange =
  | ({ readonly kind: 'constraint.add'; readonly constraint: TableConstraint } & RelationRef)
  | ({ readonly kind: 'constraint.drop'; readonly constraint: TableConstraint } & RelationRef)
  | ({ readonly kind: 'constraint.rename'; readonly from: string; readonly to: string } & RelationRef)
  | ({ readonly kind: 'constraint.validate'; readonly name: string } & RelationRef);

export type IndexChange =
  | ({ readonly kind: 'index.create'; readonly index: IndexDef } & RelationRef)
  | ({ readonly kind: 'index.drop'; readonly index: IndexDef } & RelationRef)
  | { readonly kind: 'index.rename'; readonly schema: string; readonly from: string; readonly to: string };

export type TriggerPolicyChange =
  | ({ readonly kind: 'trigger.create'; readonly trigger: TriggerDef } & RelationRef)
  | ({ readonly kind: 'trigger.drop'; readonly trigger: TriggerDef } & RelationRef)
  | ({
      readonly kind: 'trigger.setEnabled';
      readonly name: string;
      readonly enabled?: 'D' | 'R' | 'A';
    } & RelationRef)
  | ({ readonly kind: 'policy.create'; readonly policy: PolicyDef } & RelationRef)
  | ({ readonly kind: 'policy.drop'; readonly policy: PolicyDef } & RelationRef)
  | ({ readonly kind: 'policy.alter'; readonly from: PolicyDef; readonly to: PolicyDef } & RelationRef);

export type ViewChange =
  | { readonly kind: 'view.create'; readonly view: ViewDef }
  | ({ readonly kind: 'view.drop'; readonly view: ViewDef } & Recreated)
  | {
      readonly kind: 'view.rename';
      readonly schema: string;
      readonly from: string;
      readonly to: string;
      readonly materialized: boolean;
    };

export type CommentChange = {
  readonly kind: 'comment.set';
  readonly target: CommentTarget;
  readonly comment?: string;
};

export type Change =
  | NamespaceChange
  | TypeChange
  | SequenceChange
  | RoutineChange
  | TableChange
  | ColumnChange
  | ConstraintChange
  | IndexChange
  | TriggerPolicyChange
  | ViewChange
  | CommentChange;

export type ChangeKind = Change['kind'];

/** The variant of `Change` with the given kind. */
export type ChangeOf<K extends ChangeKind> = Extract<Change, { readonly kind: K }>;
