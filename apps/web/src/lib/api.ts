import type {
  DocsRequest,
  DocsSet,
  ProjectDrift,
  Proposal,
  ProposalSummary,
  Thread,
} from '@schema-studio/api/contract';
import type { RenameHint } from '@schema-studio/diff';
import type { Dialect, LiveStats, SchemaModel } from '@schema-studio/schema';
import type {
  Connection,
  Job,
  Layout,
  Project,
  ProjectSource,
  ProjectSummary,
  VerifyReport,
} from './types.ts';

/** An error the API returned as `{ error: { code, message, ...details } }`, or a network failure. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    const { code, message, ...details } = error;
    return new ApiError(response.status, code, String(message ?? code), details);
  }
  return new ApiError(response.status, 'HTTP_ERROR', `${response.status} ${response.statusText}`);
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', 'The Schema Studio server cannot be reached.');
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A person-readable line for any error: the API's message with its code. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface Hints {
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
  readonly hints: readonly RenameHint[];
}

export const api = {
  listProjects: () => request<{ projects: ProjectSummary[] }>('GET', '/projects'),
  getProject: (id: string) => request<Project>('GET', `/projects/${encodeURIComponent(id)}`),
  createProject: (name: string, source: ProjectSource) =>
    request<Project>('POST', '/projects', { name, source }),
  saveProject: (
    id: string,
    body: { design: SchemaModel; layout: Layout; hints: readonly RenameHint[]; version: number },
  ) => request<Project>('PUT', `/projects/${encodeURIComponent(id)}`, body),
  renameProject: (id: string, name: string) =>
    request<Project>('PATCH', `/projects/${encodeURIComponent(id)}`, { name }),
  refreshBaseline: (id: string) =>
    request<Project>('POST', `/projects/${encodeURIComponent(id)}/refresh-baseline`),
  deleteProject: (id: string) => request<void>('DELETE', `/projects/${encodeURIComponent(id)}`),
  createConnection: (name: string, url: string) => request<Connection>('POST', '/connections', { name, url }),
  introspect: (connectionId: string) =>
    request<{ jobId: string }>('POST', `/connections/${encodeURIComponent(connectionId)}/introspect`),
  getJob: (id: string) => request<Job>('GET', `/jobs/${encodeURIComponent(id)}`),
  sqlToModel: (sql: string, dialect: Dialect, signal?: AbortSignal) =>
    request<{ model: SchemaModel }>('POST', '/sql/model', { sql, dialect }, signal),
  verify: (body: Hints) => request<VerifyReport>('POST', '/verify', body),
  /** Row estimates, sizes, index usage and sequence headroom of the project's live database. */
  liveStats: (id: string) => request<LiveStats>('GET', `/projects/${encodeURIComponent(id)}/live-stats`),
  drift: (id: string, signal?: AbortSignal) =>
    request<ProjectDrift>('GET', `/projects/${encodeURIComponent(id)}/drift`, undefined, signal),
  docs: (id: string, options: DocsRequest = {}, signal?: AbortSignal) =>
    request<DocsSet>('POST', `/projects/${encodeURIComponent(id)}/docs`, options, signal),
  ...reviewRoutes(),
};

const proposalPath = (id: string) => `/proposals/${encodeURIComponent(id)}`;

/** Review and apply (README "Review and apply"): every move answers the proposal as it now is. */
function reviewRoutes() {
  return {
    createProposal: (projectId: string, body: { title: string; description: string; verify: boolean }) =>
      request<Proposal>('POST', `/projects/${encodeURIComponent(projectId)}/proposals`, body),
    listProposals: (projectId: string) =>
      request<{ proposals: ProposalSummary[] }>(
        'GET',
        `/projects/${encodeURIComponent(projectId)}/proposals`,
      ),
    getProposal: (id: string) => request<Proposal>('GET', proposalPath(id)),
    moveProposal: (id: string, move: ProposalMove, comment?: string) =>
      request<Proposal>('POST', `${proposalPath(id)}/${move}`, comment ? { comment } : {}),
    pushRevision: (id: string) => request<Proposal>('POST', `${proposalPath(id)}/revisions`, {}),
    startThread: (id: string, body: { direction: 'up' | 'down'; index: number; body: string }) =>
      request<Thread>('POST', `${proposalPath(id)}/threads`, body),
    reply: (id: string, threadId: string, body: string) =>
      request<Thread>('POST', `${proposalPath(id)}/threads/${encodeURIComponent(threadId)}/replies`, {
        body,
      }),
    setThreadResolved: (id: string, threadId: string, resolved: boolean) =>
      request<Thread>(
        'POST',
        `${proposalPath(id)}/threads/${encodeURIComponent(threadId)}/${resolved ? 'resolve' : 'reopen'}`,
      ),
    applyProposal: (id: string) => request<ApplyResponse>('POST', `${proposalPath(id)}/apply`),
  };
}

/** What a successful apply answers: the proposal (now applied) and how many statements ran. */
export interface ApplyResponse {
  readonly proposal: Proposal;
  readonly applied: { readonly statements: number; readonly execution: Proposal['execution'] };
}

/** The status moves of a proposal, as their routes are named. */
export type ProposalMove = 'approve' | 'request-changes' | 'close' | 'reopen';

/** Where the documentation set downloads as a zip (a plain link: the server names the file). */
export function docsZipUrl(id: string, options: DocsRequest = {}): string {
  const query = new URLSearchParams();
  if (options.of) query.set('of', options.of);
  if (options.title) query.set('title', options.title);
  if (options.findings) query.set('findings', 'true');
  for (const pattern of options.include ?? []) query.append('include', pattern);
  for (const pattern of options.exclude ?? []) query.append('exclude', pattern);
  const search = query.toString();
  return `/api/projects/${encodeURIComponent(id)}/docs.zip${search === '' ? '' : `?${search}`}`;
}
