/**
 * How risky a column type change is. `binary`: PostgreSQL only updates the catalog (no rewrite, no loss);
 * `widening`: the table is rewritten but every value survives; `lossy`: values may be truncated or fail.
 */
export type TypeChangeKind = 'binary' | 'widening' | 'lossy';

interface ParsedType {
  readonly base: string;
  readonly modifiers: readonly number[];
  readonly arrays: number;
}

function parseType(text: string): ParsedType {
  let rest = text.trim();
  let arrays = 0;
  while (rest.endsWith('[]')) {
    rest = rest.slice(0, -2).trimEnd();
    arrays++;
  }
  const match = /^([^(]+?)\s*\(([\d,\s]+)\)$/.exec(rest);
  if (!match) return { base: rest, modifiers: [], arrays };
  const modifiers = (match[2] ?? '').split(',').map((m) => Number(m.trim()));
  return { base: match[1] ?? rest, modifiers, arrays };
}

const INTEGER_RANK: Readonly<Record<string, number>> = { smallint: 1, integer: 2, bigint: 3 };
const TEXTUAL = new Set(['text', 'character varying']);

/** True when `to`'s length or precision limit is at least `from`'s (no modifier means unlimited). */
function fitsWithin(from: readonly number[], to: readonly number[]): boolean {
  if (to.length === 0) return true;
  if (from.length === 0) return false;
  return (to[0] ?? 0) >= (from[0] ?? 0) && (from[1] ?? 0) === (to[1] ?? 0);
}

export function classifyTypeChange(fromText: string, toText: string): TypeChangeKind {
  const from = parseType(fromText);
  const to = parseType(toText);
  if (from.arrays !== to.arrays) return 'lossy';
  if (TEXTUAL.has(from.base) && TEXTUAL.has(to.base)) {
    // varchar(n) -> varchar(m >= n), varchar -> text, text -> varchar are binary coercible.
    return to.base === 'text' || fitsWithin(from.modifiers, to.modifiers) ? 'binary' : 'lossy';
  }
  if (from.base === to.base && ['numeric', 'bit varying'].includes(from.base)) {
    return fitsWithin(from.modifiers, to.modifiers) ? 'binary' : 'lossy';
  }
  if (from.base === 'cidr' && to.base === 'inet') return 'binary';
  return isWidening(from, to) ? 'widening' : 'lossy';
}

function isWidening(from: ParsedType, to: ParsedType): boolean {
  const fromRank = INTEGER_RANK[from.base];
  const toRank = INTEGER_RANK[to.base];
  if (fromRank !== undefined && toRank !== undefined) return toRank >= fromRank;
  if (fromRank !== undefined && to.base === 'numeric')
    return to.modifiers.length === 0 || (to.modifiers[0] ?? 0) - (to.modifiers[1] ?? 0) >= 19;
  if (from.base === 'real' && to.base === 'double precision') return true;
  if (from.base === 'timestamp without time zone' && to.base === 'timestamp with time zone') return true;
  if (from.base === 'date' && to.base.startsWith('timestamp')) return true;
  return to.base === 'text' && to.arrays === 0;
}
