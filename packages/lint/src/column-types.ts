import type { Dialect } from '@schema-studio/schema';

/** Short spellings a design may use for the names `format_type` gives (introspected models use the latter). */
const POSTGRES_ALIASES: Readonly<Record<string, string>> = {
  int: 'integer',
  int4: 'integer',
  int8: 'bigint',
  int2: 'smallint',
  bool: 'boolean',
  varchar: 'character varying',
  char: 'character',
  timestamp: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  float8: 'double precision',
  float4: 'real',
};

function normalizePostgres(type: string): string {
  const match = /^([a-z0-9_ ]+?)(\(.*\))?(\[\])*$/.exec(type);
  if (!match) return type;
  const base = match[1] ?? '';
  return `${POSTGRES_ALIASES[base] ?? base}${type.slice(base.length)}`;
}

/** MySQL 8 dropped integer display widths (`int(11)` is `int`); MariaDB still prints them. */
function normalizeMysql(type: string): string {
  return type
    .replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, '$1')
    .replace(/^integer\b/, 'int');
}

/** A type in one spelling per dialect, so two columns' types compare by meaning, not by how they were written. */
export function normalizeType(type: string, dialect: Dialect): string {
  const plain = type.trim().toLowerCase().replace(/\s+/g, ' ');
  return dialect === 'postgres' ? normalizePostgres(plain) : normalizeMysql(plain);
}
