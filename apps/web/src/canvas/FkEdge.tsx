import type { ForeignKeyDef } from '@schema-studio/schema';
import { BaseEdge, type Edge, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { describeEnd, markerId, type RelationEnd } from './crows-foot.ts';

export type FkEdgeData = {
  readonly fk: ForeignKeyDef;
  readonly schema: string;
  readonly table: string;
  readonly child: RelationEnd;
  readonly parent: RelationEnd;
};

export type FkEdgeType = Edge<FkEdgeData, 'fk'>;

/** A relationship line with crow's-foot ends: the child end at the FK column, the parent end at the key. */
function FkEdgeView(props: EdgeProps<FkEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    offset: 24,
  });
  if (!data) return null;
  return (
    <g aria-label={`foreign key ${data.fk.name}: ${describeEnd(data.child)} to ${describeEnd(data.parent)}`}>
      <BaseEdge
        id={props.id}
        path={path}
        className={selected ? 'fk-edge selected' : 'fk-edge'}
        markerStart={`url(#${markerId(data.child)})`}
        markerEnd={`url(#${markerId(data.parent)})`}
        interactionWidth={14}
      />
    </g>
  );
}

export const FkEdge = memo(FkEdgeView);
