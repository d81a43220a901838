import type { Statement } from '@schema-studio/diff';
import { useState } from 'react';

const PAGE = 200;

function HazardBadges({ statement }: { statement: Statement }) {
  if (statement.hazards.length === 0 && statement.transactional) return null;
  return (
    <ul className="badges" aria-label="Hazards">
      {statement.hazards.map((h) => (
        <li key={h.code} className={`badge hazard-${h.code.toLowerCase()}`} title={h.reason}>
          {h.code}
        </li>
      ))}
      {!statement.transactional && (
        <li className="badge hazard-not_transactional" title="run outside a transaction block">
          NOT IN TRANSACTION
        </li>
      )}
    </ul>
  );
}

/** Statements with their hazards as badges; long migrations show a page at a time. */
export function StatementList({ label, statements }: { label: string; statements: readonly Statement[] }) {
  const [limit, setLimit] = useState(PAGE);
  if (statements.length === 0) return <p className="muted">No changes.</p>;
  return (
    <>
      <ol className="statements" aria-label={label}>
        {statements.slice(0, limit).map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: statements have no identity but their order
          <li key={i} className="statement">
            <HazardBadges statement={s} />
            <pre>{s.sql};</pre>
          </li>
        ))}
      </ol>
      {statements.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
          Show more statements ({statements.length - limit} more)
        </button>
      )}
    </>
  );
}
