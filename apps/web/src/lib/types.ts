import type { RenameHint } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';

/** Shapes of the studio HTTP API (docs/api-contract.md). */

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface Layout {
  readonly positions: Readonly<Record<string, Position>>;
  readonly colors: Readonly<Record<string, string>>;
  readonly hidden: readonly string[];
  readonly viewport?: { readonly x: number; readonly y: number; readonly zoom: number };
}

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly connectionId?: string;
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
  readonly layout: Layout;
  readonly hints: readonly RenameHint[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly connectionId?: string;
  readonly tableCount: number;
  readonly updatedAt: string;
}

export interface Connection {
  readonly id: string;
  readonly name: string;
  readonly dialect: 'postgres';
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly createdAt: string;
}

export type ProjectSource =
  | { readonly kind: 'empty' }
  | { readonly kind: 'demo' }
  | { readonly kind: 'sql'; readonly sql: string }
  | { readonly kind: 'connection'; readonly connectionId: string; readonly jobId?: string };

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly progress: { readonly step: string; readonly done: number; readonly total: number };
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Same shape as `VerifyReport` in `@schema-studio/postgres/node` (Node-only, so not imported here). */
export interface VerifyStep {
  readonly stage: 'setup' | 'up' | 'down';
  readonly ok: boolean;
  readonly detail: string;
}

export interface VerifyReport {
  readonly proven: boolean;
  readonly shadow: string;
  readonly steps: readonly VerifyStep[];
  readonly summary: string;
}

export const emptyLayout: Layout = { positions: {}, colors: {}, hidden: [] };
