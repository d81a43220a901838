import { edgeIntersects, intersects, type Rect, type Scene, type SceneTable } from './scene.ts';

/** Colors of the overview, read from the theme's CSS variables. */
export interface Palette {
  readonly nodeBg: string;
  readonly nodeTitle: string;
  readonly border: string;
  readonly accent: string;
  readonly text: string;
  readonly edge: string;
  readonly selected: string;
}

export interface View {
  /** React Flow's transform: screen = flow × zoom + (x, y). */
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

const TITLE_FONT = '600 11px system-ui, sans-serif';
/** Advance of the title font, to cut titles without measuring every one on every frame. */
const TITLE_CHAR = 6.3;
const TITLE_MIN_WIDTH = 36;
const TITLE_MIN_HEIGHT = 16;
const BAR = 4;

/** The part of the flow in view, in flow coordinates. */
export function visibleRect(view: View): Rect {
  return {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.width / view.zoom,
    height: view.height / view.zoom,
  };
}

function cutTitle(title: string, screenWidth: number): string | null {
  const fits = Math.floor((screenWidth - 10) / TITLE_CHAR);
  if (fits < 3) return null;
  return title.length <= fits ? title : `${title.slice(0, fits - 1)}…`;
}

/**
 * Draws the tables in view as boxes with their title and the relations as lines: one pass per kind (a path of
 * all lines, one of all boxes), so a frame with hundreds of tables costs a few draw calls, not a DOM node each.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: View,
  selection: ReadonlySet<string>,
  palette: Palette,
  pixelRatio: number,
): void {
  const { x: tx, y: ty, zoom } = view;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  const area = visibleRect(view);

  ctx.beginPath();
  for (const e of scene.edges) {
    if (!edgeIntersects(e, area)) continue;
    ctx.moveTo(e.x1 * zoom + tx, e.y1 * zoom + ty);
    ctx.lineTo(e.x2 * zoom + tx, e.y2 * zoom + ty);
  }
  ctx.strokeStyle = palette.edge;
  ctx.lineWidth = 1;
  ctx.stroke();

  const shown = scene.tables.filter((t) => intersects(t, area));
  const box = (t: SceneTable) => [t.x * zoom + tx, t.y * zoom + ty, t.width * zoom, t.height * zoom] as const;
  ctx.beginPath();
  for (const t of shown) ctx.rect(...box(t));
  ctx.fillStyle = palette.nodeBg;
  ctx.fill();
  ctx.strokeStyle = palette.border;
  ctx.stroke();

  for (const t of shown) {
    const [sx, sy, sw] = box(t);
    ctx.fillStyle = t.color ?? palette.accent;
    ctx.fillRect(sx, sy, sw, Math.max(1, BAR * zoom * 2));
  }

  const picked = shown.filter((t) => selection.has(t.key));
  if (picked.length > 0) {
    ctx.beginPath();
    for (const t of picked) ctx.rect(...box(t));
    ctx.strokeStyle = palette.selected;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  drawTitles(ctx, shown, box, palette);
}

function drawTitles(
  ctx: CanvasRenderingContext2D,
  tables: readonly SceneTable[],
  box: (t: SceneTable) => readonly [number, number, number, number],
  palette: Palette,
) {
  ctx.font = TITLE_FONT;
  ctx.fillStyle = palette.text;
  ctx.textBaseline = 'middle';
  for (const t of tables) {
    const [sx, sy, sw, sh] = box(t);
    if (sw < TITLE_MIN_WIDTH || sh < TITLE_MIN_HEIGHT) continue;
    const text = cutTitle(t.title, sw);
    if (text) ctx.fillText(text, sx + 5, sy + Math.min(sh / 2, 14));
  }
}

/** The overview's colors from the CSS variables in effect on `element` (they change with the theme). */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    nodeBg: value('--node-bg', '#ffffff'),
    nodeTitle: value('--node-title', '#eef2f7'),
    border: value('--border', '#cbd5e1'),
    accent: value('--accent', '#2563eb'),
    text: value('--text', '#1f2937'),
    edge: value('--edge', '#64748b'),
    selected: value('--selected', '#f59e0b'),
  };
}
