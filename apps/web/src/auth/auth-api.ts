import { ApiError } from '../lib/api.ts';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

export interface AuthStatus {
  readonly account: Account | null;
  /** Single-user local mode: nobody signs in. */
  readonly local: boolean;
  /** Whether the first (admin) account exists. */
  readonly setUp: boolean;
}

export type Role = 'owner' | 'editor' | 'reviewer' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'editor', 'reviewer', 'viewer'];

export interface Member {
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const parsed = (await response.json().catch(() => undefined)) as
    | { error?: { code: string; message: string } }
    | undefined;
  if (!response.ok) {
    const error = parsed?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? response.statusText);
  }
  return parsed as T;
}

export const authApi = {
  status: () => json<AuthStatus>('GET', '/auth/status'),
  setup: (email: string, name: string, password: string) =>
    json<{ account: Account }>('POST', '/auth/setup', { email, name, password }),
  signIn: (email: string, password: string) =>
    json<{ account: Account }>('POST', '/auth/sign-in', { email, password }),
  signOut: () => json<void>('POST', '/auth/sign-out'),
  invite: (email: string) =>
    json<{ path: string; expiresAt: string }>('POST', '/auth/invitations', { email }),
  invitation: (token: string) =>
    json<{ email: string }>('GET', `/auth/invitations/${encodeURIComponent(token)}`),
  accept: (token: string, name: string, password: string) =>
    json<{ account: Account }>('POST', `/auth/invitations/${encodeURIComponent(token)}/accept`, {
      name,
      password,
    }),
  access: (projectId: string) =>
    json<{ role: Role; actions: string[] }>('GET', `/projects/${encodeURIComponent(projectId)}/access`),
  members: (projectId: string) =>
    json<{ members: Member[] }>('GET', `/projects/${encodeURIComponent(projectId)}/members`),
  addMember: (projectId: string, account: string, role: Role) =>
    json<{ members: Member[] }>('POST', `/projects/${encodeURIComponent(projectId)}/members`, {
      account,
      role,
    }),
  setRole: (projectId: string, accountId: string, role: Role) =>
    json<{ members: Member[] }>('PATCH', `/projects/${encodeURIComponent(projectId)}/members/${accountId}`, {
      role,
    }),
  removeMember: (projectId: string, accountId: string) =>
    json<{ members: Member[] }>('DELETE', `/projects/${encodeURIComponent(projectId)}/members/${accountId}`),
};
