import { createContext, useContext } from 'react';
import type { AuthStatus } from './auth-api.ts';

export interface AuthState {
  readonly status: AuthStatus;
  /** Re-reads the status after signing in or out. */
  readonly refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** Null outside the gate (component tests render pages alone). */
export function useAuth(): AuthState | null {
  return useContext(AuthContext);
}
