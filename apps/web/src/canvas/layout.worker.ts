import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResponse } from './layout-types.ts';

const elk = new ELK();

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '80',
};

/** Large graphs: one crossing-minimization pass and simple placement (about 7x faster at 1,000 tables). */
const LARGE_OPTIONS = {
  ...OPTIONS,
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
};
const LARGE = 200;

async function layout(request: LayoutRequest): Promise<LayoutResponse> {
  const ids = new Set(request.nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: request.nodes.length > LARGE ? LARGE_OPTIONS : OPTIONS,
    children: request.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: request.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions = Object.fromEntries(
    (graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]),
  );
  return { id: request.id, ok: true, positions };
}

// Assigned after the import on purpose: elk.bundled installs its own `onmessage` when it runs in a worker.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  layout(event.data).then(
    (response) => self.postMessage(response),
    (error: unknown) =>
      self.postMessage({ id: event.data.id, ok: false, error: String(error) } satisfies LayoutResponse),
  );
};
