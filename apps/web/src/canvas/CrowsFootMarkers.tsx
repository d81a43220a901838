import { markerId, type RelationEnd } from './crows-foot.ts';

const ENDS: readonly RelationEnd[] = [
  { cardinality: 'one', optionality: 'mandatory' },
  { cardinality: 'one', optionality: 'optional' },
  { cardinality: 'many', optionality: 'mandatory' },
  { cardinality: 'many', optionality: 'optional' },
];

/**
 * Drawn as if the line arrives from the left and the table's edge is at x = 20 (orient auto-start-reverse
 * turns the same marker around for the start of a path).
 */
function Shape({ end }: { end: RelationEnd }) {
  const many = end.cardinality === 'many';
  const innerX = many ? 9 : 11;
  return (
    <g fill="var(--canvas-bg)" stroke="var(--edge)" strokeWidth="1.5">
      {many ? <path d="M12 10 L20 3 M12 10 L20 17 M12 10 L20 10" /> : <path d="M16 3 L16 17" />}
      {end.optionality === 'mandatory' ? (
        <path d={`M${innerX} 3 L${innerX} 17`} />
      ) : (
        <circle cx={innerX - 3} cy="10" r="3" />
      )}
    </g>
  );
}

/** SVG marker definitions for the four crow's-foot ends, referenced by id from every relationship edge. */
export function CrowsFootMarkers() {
  return (
    <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden="true">
      <defs>
        {ENDS.map((end) => (
          <marker
            key={markerId(end)}
            id={markerId(end)}
            viewBox="0 0 20 20"
            refX="20"
            refY="10"
            markerWidth="20"
            markerHeight="20"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <Shape end={end} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
