import { type RefObject, useCallback, useEffect, useState } from 'react';
import { clampPanelHeight, parseStoredHeight, STORAGE_KEY } from './panel-height.ts';

export interface PanelHeight {
  /** The height set by the splitter; undefined until someone resizes (the CSS default applies). */
  readonly height: number | undefined;
  /** The height the panels have now and the room there is for them, measured from the workspace. */
  readonly measure: () => { readonly height: number; readonly available: number };
  readonly setHeight: (height: number) => void;
}

function stored(): number | undefined {
  return typeof localStorage === 'undefined'
    ? undefined
    : parseStoredHeight(localStorage.getItem(STORAGE_KEY));
}

/**
 * The bottom panels' height for the workspace in `workspace` (its children: toolbar, main, splitter, panels).
 * Remembered in localStorage, and clamped again when the window shrinks so the canvas never disappears.
 */
export function usePanelHeight(workspace: RefObject<HTMLElement | null>): PanelHeight {
  const [height, setState] = useState<number | undefined>(stored);
  const measure = useCallback(() => {
    const element = workspace.current;
    const toolbar = element?.firstElementChild as HTMLElement | null | undefined;
    const panels = element?.lastElementChild as HTMLElement | null | undefined;
    const splitter = panels?.previousElementSibling as HTMLElement | null | undefined;
    return {
      height: panels?.offsetHeight ?? 0,
      available: (element?.clientHeight ?? 0) - (toolbar?.offsetHeight ?? 0) - (splitter?.offsetHeight ?? 0),
    };
  }, [workspace]);
  const setHeight = useCallback(
    (next: number) => {
      const clamped = clampPanelHeight(next, measure().available);
      setState(clamped);
      localStorage.setItem(STORAGE_KEY, String(clamped));
    },
    [measure],
  );
  useEffect(() => {
    if (height === undefined) return;
    const onResize = () => setState((h) => (h === undefined ? h : clampPanelHeight(h, measure().available)));
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [height, measure]);
  return { height, measure, setHeight };
}
