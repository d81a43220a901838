import type { AdvisorState } from './AdvisorContext.tsx';
import { useAdvisor } from './AdvisorContext.tsx';
import { findingsLabel, shortBytes, shortCount } from './advice.ts';

/**
 * What a table node's title row shows besides the name: its live row estimate and size, and a badge with how
 * many advisor findings it has (colored by the worst). Each part reads one primitive from the advisor, so a
 * recomputation re-renders only the nodes whose numbers changed; nothing here changes the node's size.
 */
export function TitleExtras({ tableKey }: { tableKey: string }) {
  const count = useAdvisor((s: AdvisorState) => s.byTable.get(tableKey)?.count ?? 0);
  const worst = useAdvisor((s: AdvisorState) => s.byTable.get(tableKey)?.worst);
  const rows = useAdvisor((s: AdvisorState) => s.statsByTable.get(tableKey)?.rowEstimate);
  const bytes = useAdvisor((s: AdvisorState) => s.statsByTable.get(tableKey)?.totalBytes);
  if (count === 0 && bytes === undefined) return null;
  const facts =
    bytes === undefined
      ? undefined
      : {
          short: `${rows === null || rows === undefined ? '?' : shortCount(rows)} · ${shortBytes(bytes)}`,
          long: `${rows === null || rows === undefined ? 'rows unknown (never analyzed)' : `about ${rows.toLocaleString('en')} rows`}, ${shortBytes(bytes)} in total`,
        };
  return (
    <span className="title-extras">
      {facts && (
        <span className="live-facts" role="img" aria-label={facts.long} title={facts.long}>
          {facts.short}
        </span>
      )}
      {count > 0 && (
        <span
          className={`advisor-badge sev-${worst ?? 'info'}`}
          role="img"
          aria-label={findingsLabel(count)}
          title={`${findingsLabel(count)} (worst: ${worst})`}
        >
          {count}
        </span>
      )}
    </span>
  );
}
