/** Design edits: typed change objects, one pure reducer, and the rename hints they imply. */
export { applyEdit, applyEdits } from './apply.ts';
export { findTable } from './collections.ts';
export { foreignKey } from './constraints.ts';
export {
  deriveRenameHints,
  emptyRenameState,
  type RenameHintLike,
  type RenameState,
  renameHints,
  renameStateFromHints,
  trackRename,
} from './renames.ts';
export type { SchemaEdit, SchemaEditKind, TableRef } from './types.ts';
