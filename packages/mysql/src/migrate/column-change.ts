/**
 * What a changed column costs: the online rule its MODIFY falls under, and whether values may be lost.
 */
import type { ColumnDef, MysqlTableOptions } from '@schema-studio/schema';
import { charsetBytes, memberStorageBytes, parseColumnType, typeWidens } from './column-type.ts';
import type { OnlineOp } from './online-rules.ts';

export interface ColumnVerdict {
  readonly op: OnlineOp;
  /** Completes "rebuilds table `t` to ...". */
  readonly why: string;
  /** Set when existing values may be cut, rejected or replaced. */
  readonly lossy?: string;
  /** Set when the statement fails if existing rows hold NULL (strict mode). */
  readonly nullCheck?: boolean;
}

/** The character set a column's text uses: its own, or the one its collation name starts with. */
export function columnCharset(c: ColumnDef, tableCharset?: string): string | undefined {
  return c.mysql?.charset ?? c.collation?.split('_')[0] ?? tableCharset;
}

const TEXT_TYPES = /^(?:char|varchar|tinytext|text|mediumtext|longtext|enum|set)\b/i;

/**
 * The column with the character set and collation it really has spelled out. The model leaves out those equal
 * to the table's, so a new table default silently changes every column that inherits it: comparing effective
 * values makes such columns count as changed (and restated with MODIFY after the new default is set).
 */
export function effectiveColumn(c: ColumnDef, table: MysqlTableOptions | undefined): ColumnDef {
  if (!TEXT_TYPES.test(c.type)) return c;
  const charset = columnCharset(c, table?.charset);
  const inherits = c.mysql?.charset === undefined && c.collation === undefined;
  const collation = c.collation ?? (inherits ? table?.collation : undefined);
  return {
    ...c,
    ...(collation === undefined ? {} : { collation }),
    mysql: { ...c.mysql, ...(charset === undefined ? {} : { charset }) },
  };
}

const sameAttributes = (a: ColumnDef, b: ColumnDef) =>
  a.collation === b.collation &&
  a.mysql?.charset === b.mysql?.charset &&
  !!a.mysql?.autoIncrement === !!b.mysql?.autoIncrement &&
  a.generated === b.generated &&
  !!a.mysql?.generatedStored === !!b.mysql?.generatedStored;

/** Everything but default, ON UPDATE and comment: the parts whose change touches stored rows. */
const sameStorage = (a: ColumnDef, b: ColumnDef) =>
  a.type === b.type && a.nullable === b.nullable && sameAttributes(a, b);

/** Whether only the default differs: ALTER COLUMN SET/DROP DEFAULT is enough. */
export function onlyDefaultChanged(a: ColumnDef, b: ColumnDef): boolean {
  return sameStorage(a, b) && a.mysql?.onUpdate === b.mysql?.onUpdate && a.comment === b.comment;
}

/** VARCHAR growth that keeps the 1- or 2-byte length prefix, judged on the known character set. */
function widensVarcharInPlace(a: ColumnDef, b: ColumnDef, tableCharset?: string): boolean {
  const from = parseColumnType(a.type);
  const to = parseColumnType(b.type);
  if (from.base !== 'varchar' || to.base !== 'varchar') return false;
  const bytes = charsetBytes(columnCharset(b, tableCharset));
  const [n = 0] = from.args;
  const [m = 0] = to.args;
  if (bytes === undefined || m < n) return false;
  return n * bytes <= 255 === m * bytes <= 255;
}

/** New ENUM/SET members appended after the existing ones, with the same storage size. */
function appendsMembers(a: ColumnDef, b: ColumnDef): boolean {
  const from = parseColumnType(a.type);
  const to = parseColumnType(b.type);
  if (from.base !== to.base || (from.base !== 'enum' && from.base !== 'set')) return false;
  const prefix = from.members.every((m, i) => to.members[i] === m);
  return (
    prefix &&
    to.members.length > from.members.length &&
    memberStorageBytes(from.base, from.members.length) === memberStorageBytes(to.base, to.members.length)
  );
}

function typeVerdict(a: ColumnDef, b: ColumnDef, tableCharset?: string): ColumnVerdict {
  const what = `convert column "${b.name}" from ${a.type} to ${b.type}`;
  if (widensVarcharInPlace(a, b, tableCharset)) return { op: 'widenVarchar', why: what };
  if (appendsMembers(a, b)) return { op: 'appendMembers', why: what };
  const widens = typeWidens(parseColumnType(a.type), parseColumnType(b.type));
  return {
    op: 'rebuildColumn',
    why: what,
    ...(widens
      ? {}
      : { lossy: `converting column "${b.name}" to ${b.type} may cut or reject existing values` }),
  };
}

/** The verdict for a column that exists on both sides and differs. */
export function classifyColumnChange(a: ColumnDef, b: ColumnDef, tableCharset?: string): ColumnVerdict {
  const tightens = a.nullable && !b.nullable;
  const typeOnly = a.type !== b.type && a.nullable === b.nullable && sameAttributes(a, b);
  if (typeOnly) {
    const verdict = typeVerdict(a, b, tableCharset);
    const metadataToo =
      a.default !== b.default || a.mysql?.onUpdate !== b.mysql?.onUpdate || a.comment !== b.comment;
    // The in-place and instant rules are stated for the type change alone: with more riding along, the
    // statement stays cheap but goes without a clause the server might refuse for the combination.
    if (metadataToo && verdict.op !== 'rebuildColumn') return { op: 'modifyMetadata', why: verdict.why };
    return verdict;
  }
  if (!sameStorage(a, b)) {
    const typed = a.type === b.type ? undefined : typeVerdict(a, b, tableCharset);
    const parts = [
      ...(a.type === b.type ? [] : [`retype column "${b.name}" to ${b.type}`]),
      ...(a.nullable === b.nullable ? [] : [`make column "${b.name}" ${b.nullable ? 'NULL' : 'NOT NULL'}`]),
      ...(sameAttributes(a, b)
        ? []
        : [`change the charset, collation, AUTO_INCREMENT or generation of "${b.name}"`]),
    ];
    return {
      op: 'rebuildColumn',
      why: parts.join(' and '),
      ...(typed?.lossy ? { lossy: typed.lossy } : {}),
      ...(tightens ? { nullCheck: true } : {}),
    };
  }
  if (onlyDefaultChanged(a, b)) return { op: 'setDefault', why: `change the default of "${b.name}"` };
  return { op: 'modifyMetadata', why: `change the default, ON UPDATE or comment of "${b.name}"` };
}
