/**
 * What identifies a routine to PostgreSQL: its name and argument types. The model's `args` are identity
 * arguments as `pg_get_function_identity_arguments` renders them, parameter names included
 * (`val text, VARIADIC xs integer[]`); two overloads differing only in parameter names are the same routine.
 */

/** Words that start a multi-word built-in type. Parameter names equal to these are rendered quoted. */
const TYPE_HEADS = new Set(['character', 'bit', 'time', 'timestamp', 'interval']);
const MODE = /^(IN|OUT|INOUT|VARIADIC)\s+/;

/** Splits at commas outside parentheses and double quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === ',') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The length of a leading identifier (quoted or not), or 0. */
function leadingIdentifier(text: string): number {
  if (text.startsWith('"')) {
    let i = 1;
    while (i < text.length) {
      if (text[i] === '"' && text[i + 1] === '"') i += 2;
      else if (text[i] === '"') return i + 1;
      else i++;
    }
    return 0;
  }
  return /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text)?.[0].length ?? 0;
}

/** One identity argument without its parameter name: `VARIADIC xs integer[]` gives `VARIADIC integer[]`. */
export function argumentType(arg: string): string {
  const mode = MODE.exec(arg)?.[0] ?? '';
  const rest = arg.slice(mode.length);
  const length = leadingIdentifier(rest);
  const word = rest.slice(0, length);
  const after = rest.slice(length);
  // A type alone (`integer`, `public.mood`, `numeric(10,2)`), or a multi-word built-in (`double precision`).
  const unnamed =
    length === 0 ||
    !after.startsWith(' ') ||
    TYPE_HEADS.has(word) ||
    (word === 'double' && after.trimStart().startsWith('precision'));
  return unnamed ? `${mode}${rest}` : `${mode}${after.trim()}`;
}

/** `schema.name(types)`: equal for two routines PostgreSQL considers the same. */
export function routineSignature(r: {
  readonly schema: string;
  readonly name: string;
  readonly args: string;
}): string {
  return `${r.schema}.${r.name}(${splitTopLevel(r.args).map(argumentType).join(', ')})`;
}
