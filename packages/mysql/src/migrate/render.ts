import type { Statement } from '@schema-studio/diff';

export interface MysqlRenderOptions {
  /** Put a `-- hazard CODE: reason` line above each statement for each of its hazards (NOT_TRANSACTIONAL aside). */
  readonly hazardComments: boolean;
  /**
   * Wrap statements with semicolons inside (trigger and routine bodies) in `DELIMITER` lines, for a script fed
   * to the `mysql`/`mariadb` command-line client, which otherwise cuts a body at its first `;`. Off by default:
   * DELIMITER is a command of that client only, and the server, drivers, the SQL editor and
   * `sqlToModelMysql` reject it.
   */
  readonly clientDelimiters?: boolean;
}

/** Said once at the top instead of on every statement: it is true of all of them. */
export const NOT_TRANSACTIONAL_NOTE =
  '-- MySQL commits every DDL statement implicitly: this script cannot run in a transaction, and a failure\n-- part-way leaves the statements before it applied.\n';

/**
 * `sql` followed by its terminator. The server keeps a trailing comment in a stored body (`... END -- done`),
 * where a terminator on the same line would be commented out: a last line that may end in a comment gets the
 * terminator on a line of its own (a `--` or `#` inside a string only costs a line break).
 */
function terminatedBy(sql: string, terminator: string): string {
  return /(?:--|#)[^\n]*$/.test(sql) ? `${sql}\n${terminator}` : `${sql}${terminator}`;
}

/** Each statement ends in `;`; a body's own semicolons stay inside it (`... END;`), as the server reads it. */
function plain(sql: string): string {
  return `${terminatedBy(sql, ';')}\n`;
}

/** The mysql client's form: a statement with a `;` inside is set off by a delimiter its text does not contain. */
function withClientDelimiter(sql: string): string {
  if (!sql.includes(';')) return plain(sql);
  const delimiter = ['$$', '//', '$$$', '@@'].find((d) => !sql.includes(d)) ?? '$$';
  return `DELIMITER ${delimiter}\n${terminatedBy(sql, delimiter)}\nDELIMITER ;\n`;
}

function hazardLines(s: Statement, options: MysqlRenderOptions): string {
  if (!options.hazardComments) return '';
  return (
    s.hazards
      .filter((h) => h.code !== 'NOT_TRANSACTIONAL')
      // A reason names objects, whose names may hold line breaks: the comment must stay on its line.
      .map((h) => `-- hazard ${h.code}: ${h.reason.replace(/[\r\n]+/g, ' ')}\n`)
      .join('')
  );
}

/**
 * Statements as a script. By default one the server runs as-is, statement by statement (a driver, the SQL
 * editor, `sqlToModelMysql`); with `clientDelimiters`, one for the mysql command-line client.
 */
export function renderMysqlStatements(statements: readonly Statement[], options: MysqlRenderOptions): string {
  const terminate = options.clientDelimiters ? withClientDelimiter : plain;
  const body = statements.map((s) => `${hazardLines(s, options)}${terminate(s.sql)}`).join('\n');
  return statements.length === 0 ? '' : `${NOT_TRANSACTIONAL_NOTE}\n${body}`;
}
