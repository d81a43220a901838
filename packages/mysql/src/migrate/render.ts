import type { Statement } from '@schema-studio/diff';

export interface MysqlRenderOptions {
  /** Put a `-- hazard CODE: reason` line above each statement for each of its hazards (NOT_TRANSACTIONAL aside). */
  readonly hazardComments: boolean;
}

/** Said once at the top instead of on every statement: it is true of all of them. */
export const NOT_TRANSACTIONAL_NOTE =
  '-- MySQL commits every DDL statement implicitly: this script cannot run in a transaction, and a failure\n-- part-way leaves the statements before it applied.\n';

/**
 * A body with semicolons inside (a trigger or routine) would be cut at its first `;` by the mysql client:
 * such statements are wrapped in DELIMITER lines, with a delimiter the body does not contain.
 */
function terminated(sql: string): string {
  if (!sql.includes(';')) return `${sql};\n`;
  const delimiter = ['$$', '//', '$$$', '@@'].find((d) => !sql.includes(d)) ?? '$$';
  return `DELIMITER ${delimiter}\n${sql}${delimiter}\nDELIMITER ;\n`;
}

/** Statements as a script for the mysql client (or the SQL editor). */
export function renderMysqlStatements(statements: readonly Statement[], options: MysqlRenderOptions): string {
  const body = statements
    .map((s) => {
      const hazards = options.hazardComments
        ? s.hazards
            .filter((h) => h.code !== 'NOT_TRANSACTIONAL')
            .map((h) => `-- hazard ${h.code}: ${h.reason}\n`)
        : [];
      return `${hazards.join('')}${terminated(s.sql)}`;
    })
    .join('\n');
  return statements.length === 0 ? '' : `${NOT_TRANSACTIONAL_NOTE}\n${body}`;
}
