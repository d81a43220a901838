import { Background, Controls, ReactFlow, useStore } from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions, selectDesign, selectLayout, selectSelection } from '../store/selectors.ts';
import { type ThemeState, useTheme } from '../ui/useTheme.ts';
import { CrowsFootMarkers } from './CrowsFootMarkers.tsx';
import { FkEdge, type FkEdgeType } from './FkEdge.tsx';
import { createGraphCache } from './graph-cache.ts';
import { Minimap } from './overview/Minimap.tsx';
import { OverviewLayer } from './overview/OverviewLayer.tsx';
import { buildScene, type Scene } from './overview/scene.ts';
import { TablesInView } from './overview/TablesInView.tsx';
import { useOverviewGestures } from './overview/useOverviewGestures.ts';
import { TableNode } from './TableNode.tsx';
import { useCanvasHandlers } from './useCanvasHandlers.ts';
import { useViewportRequests } from './useViewportRequests.ts';
import { inOverview } from './zoom-levels.ts';

const nodeTypes = { table: TableNode };
const selectTheme = (s: ThemeState) => s.theme;
const edgeTypes = { fk: FkEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
const NO_EDGES: FkEdgeType[] = [];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const LARGE_DESIGN = 150;
const FIT_OPTIONS = { maxZoom: 1 };
const DEFAULT_VIEWPORT = { x: 40, y: 40, zoom: 0.75 };

/** The ERD: one node per table, one crow's-foot edge per foreign key. `busy` while an auto layout runs. */
export function Canvas({ busy = false }: { busy?: boolean }) {
  const design = useProject(selectDesign);
  const layout = useProject(selectLayout);
  const selection = useProject(selectSelection);
  const [cache] = useState(createGraphCache);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(() => new Set());
  const theme = useTheme(selectTheme);
  const handlers = useCanvasHandlers(setSelectedEdges);
  const scene = useMemo(() => buildScene(design, layout), [design, layout]);
  useViewportRequests(scene);
  const overview = useStore(inOverview);
  // The gestures hit-test the drawn tables only while they are drawn.
  const drawn = useRef<Scene | null>(null);
  drawn.current = overview ? scene : null;
  const gestures = useOverviewGestures(drawn);

  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(
    () => cache.nodes(design, layout, selectionSet, overview),
    [cache, design, layout, selectionSet, overview],
  );
  const edges = useMemo(
    () => (overview ? NO_EDGES : cache.edges(design, selectedEdges)),
    [cache, design, selectedEdges, overview],
  );
  // Fitting 1,000 tables renders all of them: large designs open at a readable zoom instead.
  const [large] = useState(() => design.tables.length > LARGE_DESIGN);
  // A project opens where it was left; only one never panned or zoomed is fitted to the view.
  const [savedViewport] = useState(() => layout.viewport);
  const actions = useProject(selectActions);

  return (
    <section className="canvas" aria-label="Canvas" aria-busy={busy} {...gestures}>
      <CrowsFootMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        fitView={!large && !savedViewport}
        fitViewOptions={FIT_OPTIONS}
        defaultViewport={savedViewport ?? DEFAULT_VIEWPORT}
        onMoveEnd={(_, viewport) => actions.setViewport(viewport)}
        onInit={(flow) => {
          // Keep the first fitted view too, so reopening shows the tables exactly where they were.
          if (!savedViewport) requestAnimationFrame(() => actions.setViewport(flow.getViewport()));
        }}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        colorMode={theme}
      >
        <Background gap={24} />
        {overview && <OverviewLayer scene={scene} selection={selectionSet} theme={theme} />}
        {overview && <TablesInView scene={scene} />}
        <Minimap scene={scene} theme={theme} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
      </ReactFlow>
    </section>
  );
}
