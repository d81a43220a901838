import type { Statement } from '@schema-studio/diff';
import type { MysqlChange, MysqlChangeOf, MysqlKind } from '../changes.ts';
import type { EmitContext } from '../statement.ts';
import { columnEmitters } from './columns.ts';
import { keyEmitters } from './keys.ts';
import { objectEmitters } from './objects.ts';
import { tableEmitters } from './tables.ts';

type Emitter<K extends MysqlKind> = (change: MysqlChangeOf<K>, context: EmitContext) => Statement[];

/** One emitter per kind the MySQL planner handles; the type makes a missing kind a compile error. */
const EMITTERS: { readonly [K in MysqlKind]: Emitter<K> } = {
  ...tableEmitters,
  ...columnEmitters,
  ...keyEmitters,
  ...objectEmitters,
};

export function emitChange(change: MysqlChange, context: EmitContext): Statement[] {
  const emit = EMITTERS[change.kind] as Emitter<MysqlKind>;
  return emit(change as never, context);
}
