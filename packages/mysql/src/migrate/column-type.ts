/**
 * MySQL column types as the catalog renders them (`COLUMN_TYPE`: `int(11) unsigned`, `varchar(20)`,
 * `enum('a','b')`, `decimal(10,2)`), taken apart just enough to judge what a type change costs.
 */

export interface ColumnType {
  /** Lower-case base name: `int`, `varchar`, `enum`, ... */
  readonly base: string;
  /** Numeric arguments (`varchar(20)` → [20], `decimal(10,2)` → [10, 2]); empty when none. */
  readonly args: readonly number[];
  /** Members of an ENUM or SET, unquoted, in order. */
  readonly members: readonly string[];
  readonly unsigned: boolean;
  readonly zerofill: boolean;
}

/** Reads `'a','it''s'` into its members; quotes may be doubled or backslash-escaped. */
function readMembers(list: string): string[] {
  const members: string[] = [];
  let i = 0;
  while (i < list.length) {
    if (list[i] !== "'") {
      i++;
      continue;
    }
    let value = '';
    i++;
    while (i < list.length) {
      const ch = list[i] ?? '';
      if (ch === '\\') {
        value += list[i + 1] ?? '';
        i += 2;
      } else if (ch === "'" && list[i + 1] === "'") {
        value += "'";
        i += 2;
      } else if (ch === "'") {
        i++;
        break;
      } else {
        value += ch;
        i++;
      }
    }
    members.push(value);
  }
  return members;
}

export function parseColumnType(text: string): ColumnType {
  const trimmed = text.trim();
  const open = trimmed.indexOf('(');
  const close = trimmed.lastIndexOf(')');
  const hasArgs = open !== -1 && close > open;
  const base = (hasArgs ? trimmed.slice(0, open) : (trimmed.split(/\s+/)[0] ?? '')).trim().toLowerCase();
  const inner = hasArgs ? trimmed.slice(open + 1, close) : '';
  const rest = (hasArgs ? trimmed.slice(close + 1) : trimmed.slice(base.length)).toLowerCase();
  const listed = base === 'enum' || base === 'set';
  return {
    base,
    args: listed || inner === '' ? [] : inner.split(',').map((a) => Number(a.trim())),
    members: listed ? readMembers(inner) : [],
    unsigned: /\bunsigned\b/.test(rest),
    zerofill: /\bzerofill\b/.test(rest),
  };
}

/** Bytes an ENUM (1 or 2) or SET (1, 2, 3, 4 or 8) needs for this many members. */
export function memberStorageBytes(base: string, count: number): number {
  if (base === 'enum') return count <= 255 ? 1 : 2;
  return count <= 8 ? 1 : count <= 16 ? 2 : count <= 24 ? 3 : count <= 32 ? 4 : 8;
}

/** Most bytes one character takes in a character set; undefined when the set is unknown. */
const CHARSET_BYTES: Readonly<Record<string, number>> = {
  ascii: 1,
  binary: 1,
  latin1: 1,
  latin2: 1,
  utf8mb3: 3,
  utf8: 3,
  utf8mb4: 4,
  ucs2: 2,
  utf16: 4,
  utf16le: 4,
  utf32: 4,
};

export function charsetBytes(charset: string | undefined): number | undefined {
  return charset === undefined ? undefined : CHARSET_BYTES[charset.toLowerCase()];
}

const INTEGER_BYTES: Readonly<Record<string, number>> = {
  tinyint: 1,
  smallint: 2,
  mediumint: 3,
  int: 4,
  integer: 4,
  bigint: 8,
};

const TEXT_LIMITS: Readonly<Record<string, number>> = {
  tinytext: 255,
  text: 65_535,
  mediumtext: 16_777_215,
  longtext: 4_294_967_295,
  tinyblob: 255,
  blob: 65_535,
  mediumblob: 16_777_215,
  longblob: 4_294_967_295,
};

const isBinaryFamily = (base: string) => base.includes('blob') || base === 'binary' || base === 'varbinary';

/** Characters a string type holds (bytes for binary ones); undefined for non-string types. */
function stringCapacity(t: ColumnType): number | undefined {
  if (['char', 'varchar', 'binary', 'varbinary'].includes(t.base)) return t.args[0] ?? 1;
  return TEXT_LIMITS[t.base];
}

function integerFits(a: ColumnType, b: ColumnType): boolean | undefined {
  const from = INTEGER_BYTES[a.base];
  const to = INTEGER_BYTES[b.base];
  if (from === undefined || to === undefined) return undefined;
  if (a.unsigned === b.unsigned) return to >= from;
  // Unsigned into signed needs a wider type; signed into unsigned loses every negative value.
  return a.unsigned ? to > from : false;
}

function decimalFits(a: ColumnType, b: ColumnType): boolean | undefined {
  if (!['decimal', 'numeric'].includes(a.base) || !['decimal', 'numeric'].includes(b.base)) return undefined;
  const [p1 = 10, s1 = 0] = a.args;
  const [p2 = 10, s2 = 0] = b.args;
  return s2 >= s1 && p2 - s2 >= p1 - s1 && (b.unsigned ? a.unsigned : true);
}

function stringFits(a: ColumnType, b: ColumnType): boolean | undefined {
  const from = stringCapacity(a);
  const to = stringCapacity(b);
  if (from === undefined || to === undefined) return undefined;
  if (isBinaryFamily(a.base) !== isBinaryFamily(b.base)) return false;
  return to >= from;
}

function membersFit(a: ColumnType, b: ColumnType): boolean | undefined {
  if (a.base !== b.base || (a.base !== 'enum' && a.base !== 'set')) return undefined;
  return a.members.every((m) => b.members.includes(m));
}

const TEMPORAL = ['date', 'datetime', 'timestamp', 'time', 'year'];

function temporalFits(a: ColumnType, b: ColumnType): boolean | undefined {
  if (!TEMPORAL.includes(a.base) || !TEMPORAL.includes(b.base)) return undefined;
  if (a.base === b.base) return (b.args[0] ?? 0) >= (a.args[0] ?? 0);
  // A date fits a datetime; every other move between temporal types can cut or reject values.
  return a.base === 'date' && b.base === 'datetime';
}

function floatFits(a: ColumnType, b: ColumnType): boolean | undefined {
  const floats = ['float', 'double', 'real'];
  if (!floats.includes(a.base) || !floats.includes(b.base)) return undefined;
  return a.base === 'float' || b.base !== 'float';
}

/**
 * Whether every value of type `a` survives conversion to `b` unchanged. Unknown pairs count as lossy: the
 * reviewer is warned rather than reassured.
 */
export function typeWidens(a: ColumnType, b: ColumnType): boolean {
  for (const check of [integerFits, decimalFits, stringFits, membersFit, temporalFits, floatFits]) {
    const verdict = check(a, b);
    if (verdict !== undefined) return verdict;
  }
  return false;
}
