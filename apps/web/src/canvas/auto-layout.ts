import type { SchemaModel } from '@schema-studio/schema';
import type { Position } from '../lib/types.ts';
import { tableKey } from '../store/positions.ts';
import type { LayoutRequest, LayoutResponse } from './layout-types.ts';
import { nodeGeometry } from './node-geometry.ts';

let worker: Worker | undefined;
let nextId = 1;

/** Runs ELK's layered layout in a web worker (elkjs takes seconds on large schemas). */
export function autoLayout(
  design: SchemaModel,
  hidden: readonly string[] = [],
): Promise<Record<string, Position>> {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const skip = new Set(hidden);
  const tables = design.tables.filter((t) => !skip.has(tableKey(t)));
  const request: LayoutRequest = {
    id: nextId++,
    nodes: tables.map((t) => {
      const { width, height } = nodeGeometry(t);
      return { id: tableKey(t), width, height };
    }),
    edges: tables.flatMap((t) =>
      t.foreignKeys.map((fk) => ({
        id: `${tableKey(t)}/${fk.name}`,
        source: tableKey(t),
        target: `${fk.refSchema}.${fk.refTable}`,
      })),
    ),
  };
  const current = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== request.id) return;
      current.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.positions);
      else reject(new Error(event.data.error));
    };
    current.addEventListener('message', onMessage);
    current.postMessage(request);
  });
}
