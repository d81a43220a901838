import type { RenameHint } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import type { AccountStore } from '../auth/account-store.ts';
import type { Layout } from '../http/contract.ts';
import type { ReviewStore } from '../reviews/store.ts';

/** A stored connection. `urlEncrypted` never leaves the server. */
export interface ConnectionRecord {
  readonly id: string;
  readonly name: string;
  readonly dialect: 'postgres' | 'mysql';
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly urlEncrypted: string;
  readonly createdAt: string;
}

export type NewConnection = Omit<ConnectionRecord, 'id' | 'createdAt'>;

export interface ProjectContent {
  readonly design: SchemaModel;
  readonly layout: Layout;
  readonly hints: readonly RenameHint[];
}

export interface ProjectRecord extends ProjectContent {
  readonly id: string;
  readonly name: string;
  readonly connectionId: string | null;
  readonly baseline: SchemaModel;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewProject = Omit<ProjectRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export interface ProjectSummaryRecord {
  readonly id: string;
  readonly name: string;
  readonly connectionId: string | null;
  readonly tableCount: number;
  readonly updatedAt: string;
}

export type SaveOutcome =
  | { readonly status: 'saved'; readonly project: ProjectRecord }
  | { readonly status: 'conflict'; readonly currentVersion: number }
  | { readonly status: 'missing' };

/** Where connections and projects live: PGlite on local disk or a PostgreSQL server, same SQL. */
export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** Accounts, sessions, invitations, project members. */
  readonly accounts: AccountStore;
  /** Proposals, their discussion, apply attempts and the migration log. */
  readonly reviews: ReviewStore;
  insertConnection(connection: NewConnection): Promise<ConnectionRecord>;
  listConnections(): Promise<ConnectionRecord[]>;
  getConnection(id: string): Promise<ConnectionRecord | undefined>;
  deleteConnection(id: string): Promise<boolean>;
  insertProject(project: NewProject): Promise<ProjectRecord>;
  listProjects(): Promise<ProjectSummaryRecord[]>;
  getProject(id: string): Promise<ProjectRecord | undefined>;
  /** Atomic: applies only when the stored version is still `version`, and bumps it. */
  saveProject(id: string, version: number, content: ProjectContent): Promise<SaveOutcome>;
  renameProject(id: string, name: string): Promise<ProjectRecord | undefined>;
  setBaseline(id: string, baseline: SchemaModel): Promise<ProjectRecord | undefined>;
  deleteProject(id: string): Promise<boolean>;
  close(): Promise<void>;
}
