import { type LiveStats, qualifiedKey } from '@schema-studio/schema';
import type { LiveFacts } from './types.ts';

/**
 * The facts the rules use, from the live statistics both dialects read (`LiveStats`). A cycling sequence
 * starts over instead of failing, so its headroom is no risk; tables never analyzed have no estimate.
 */
export function liveFacts(stats: LiveStats): LiveFacts {
  const rowEstimates: Record<string, number> = {};
  for (const t of stats.tables) {
    if (t.rowEstimate !== null) rowEstimates[qualifiedKey(t.schema, t.table)] = t.rowEstimate;
  }
  const sequenceHeadroom: Record<string, number> = {};
  for (const s of stats.sequences) {
    if (s.ownedBy !== undefined && !s.cycle)
      sequenceHeadroom[`${s.ownedBy.table}.${s.ownedBy.column}`] = s.headroom;
  }
  return { rowEstimates, sequenceHeadroom };
}
