import type { ReactFlowState } from '@xyflow/react';

/**
 * The canvas draws a design two ways by zoom. From DETAIL_ZOOM up, a table is a DOM node with its columns,
 * handles and markers. Below it (rows of 6 px text are unreadable anyway, and hundreds of tables fit on
 * screen) every table is drawn on one canvas (overview/OverviewLayer.tsx) and React Flow renders no node.
 */
export const DETAIL_ZOOM = 0.5;

export const inOverview = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
