import type { Layout } from '@schema-studio/api/contract';
import type { VerifyReport } from '@schema-studio/diff';

/**
 * Shapes of the studio HTTP API, from the schemas the server validates and serializes with
 * (apps/api/src/http/contract.ts). Type-only imports: esbuild erases them, so no server code (Fastify,
 * TypeBox, pg) reaches the browser bundle.
 */
export type {
  Connection,
  Job,
  Layout,
  Position,
  Project,
  ProjectSource,
  ProjectSummary,
} from '@schema-studio/api/contract';
export type { VerifyReport };
export type VerifyStep = VerifyReport['steps'][number];

export const emptyLayout: Layout = { positions: {}, colors: {}, hidden: [] };
