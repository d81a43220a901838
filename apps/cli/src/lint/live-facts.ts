import type { LiveFacts } from '@schema-studio/lint';
import { type LiveStats, qualifiedKey } from '@schema-studio/schema';

/**
 * The live facts the model rules take, keyed as `lintModel` reads them: row estimates by `schema.table`
 * (never-analyzed tables left out: no estimate is not zero rows) and headroom by the owning column,
 * `schema.table.column`, which is where a running-out sequence makes inserts fail.
 */
export function liveFacts(stats: LiveStats): LiveFacts {
  const rowEstimates: Record<string, number> = {};
  for (const t of stats.tables) {
    if (t.rowEstimate !== null) rowEstimates[qualifiedKey(t.schema, t.table)] = t.rowEstimate;
  }
  const sequenceHeadroom: Record<string, number> = {};
  for (const s of stats.sequences) {
    if (s.ownedBy) sequenceHeadroom[`${s.ownedBy.table}.${s.ownedBy.column}`] = s.headroom;
  }
  return { rowEstimates, sequenceHeadroom };
}
