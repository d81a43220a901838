import { parse } from 'libpg-query';

interface ParsedScript {
  readonly stmts?: { stmt?: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[];
}

/**
 * Roles are cluster-wide, so two databases of one transition (and reruns) cannot both `CREATE ROLE app_user`.
 * PostgreSQL's own parser finds those statements; the harness creates each role once, idempotently, and the
 * rest of the script runs as written.
 */
export async function separateRoles(sql: string): Promise<{ roles: string[]; rest: string }> {
  const parsed = (await parse(sql)) as ParsedScript;
  const bytes = Buffer.from(sql, 'utf8');
  const roles: string[] = [];
  const rest: string[] = [];
  for (const s of parsed.stmts ?? []) {
    const start = s.stmt_location ?? 0;
    const text = bytes.subarray(start, s.stmt_len ? start + s.stmt_len : bytes.length).toString('utf8');
    if (s.stmt && 'CreateRoleStmt' in s.stmt) roles.push(text.trim());
    else rest.push(text);
  }
  return { roles, rest: rest.join(';\n') };
}

/** `CREATE ROLE` that succeeds when the role already exists. */
export function idempotentRole(createRole: string): string {
  return `DO $role$ BEGIN ${createRole}; EXCEPTION WHEN duplicate_object THEN NULL; END $role$`;
}
