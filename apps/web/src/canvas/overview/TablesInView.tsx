import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useProjectStoreApi } from '../../store/ProjectStoreContext.tsx';
import { visibleRect } from './draw.ts';
import { intersects, type Scene, type SceneTable } from './scene.ts';

/** The list follows the view once it rests: rebuilding it on every frame of a pan would cost the frame rate. */
const SETTLE_MS = 150;

/**
 * The drawn overview has no DOM node per table: this list names the tables in view for assistive tech and the
 * keyboard. It is visually hidden until it holds focus; activating a table zooms to it.
 */
export function TablesInView({ scene }: { scene: Scene }) {
  const rf = useStoreApi();
  const store = useProjectStoreApi();
  const [inView, setInView] = useState<readonly SceneTable[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const { transform, width, height } = rf.getState();
      const area = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
      setInView(scene.tables.filter((t) => intersects(t, area)));
    };
    update();
    const unsubscribe = rf.subscribe((s, previous) => {
      if (s.transform === previous.transform && s.width === previous.width && s.height === previous.height)
        return;
      clearTimeout(timer);
      timer = setTimeout(update, SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [rf, scene]);

  return (
    <ul className="tables-in-view" aria-label="Tables in view">
      {inView.map((t) => (
        <li key={t.key}>
          <button type="button" onClick={() => store.getState().actions.focusTable(t.key)}>
            {`Zoom to table ${t.label}`}
          </button>
        </li>
      ))}
    </ul>
  );
}
