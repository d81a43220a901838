import type { Page } from '@playwright/test';
import { createDemoProject, expect, tableNode, test, waitForStillView } from '../support/fixtures.ts';

/**
 * Table nodes are handed to React Flow with their size and handle positions computed (node-geometry.ts), so it
 * renders only what is in view instead of measuring every node first. If the computation and the CSS drift
 * apart, edges stop meeting their columns: this checks, on screen, that every edge end sits on a column handle.
 */
interface Gap {
  readonly edge: string;
  readonly end: 'source' | 'target';
  readonly distance: number;
}

/** For each end in view of each drawn edge, the distance to the nearest handle of its kind, in screen pixels. */
function edgeEndGaps(page: Page): Promise<Gap[]> {
  return page.evaluate(() => {
    const handles = (kind: 'source' | 'target') =>
      [...document.querySelectorAll(`.react-flow__handle.${kind}`)].map((h) => {
        const r = h.getBoundingClientRect();
        // React Flow attaches a source at the handle's right edge and a target at its left edge, mid-height.
        return { x: kind === 'source' ? r.right : r.left, y: r.top + r.height / 2 };
      });
    const sources = handles('source');
    const targets = handles('target');
    const nearest = (p: DOMPoint, list: { x: number; y: number }[]) =>
      Math.min(...list.map((h) => Math.hypot(h.x - p.x, h.y - p.y)));
    // Ends outside the canvas belong to nodes React Flow has culled: their handles are not in the page.
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const inView = (p: DOMPoint) =>
      !!pane && p.x >= pane.left && p.x <= pane.right && p.y >= pane.top && p.y <= pane.bottom;
    const gaps: { edge: string; end: 'source' | 'target'; distance: number }[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')) {
      const ctm = path.getScreenCTM();
      if (!ctm) continue;
      const start = path.getPointAtLength(0).matrixTransform(ctm);
      const end = path.getPointAtLength(path.getTotalLength()).matrixTransform(ctm);
      const edge = path.id || path.closest('.react-flow__edge')?.getAttribute('data-id') || '?';
      if (inView(start)) gaps.push({ edge, end: 'source', distance: nearest(start, sources) });
      if (inView(end)) gaps.push({ edge, end: 'target', distance: nearest(end, targets) });
    }
    return gaps;
  });
}

async function expectEdgesOnHandles(page: Page) {
  await expect(async () => {
    const gaps = await edgeEndGaps(page);
    expect(gaps.length).toBeGreaterThan(0);
    const off = gaps.filter((g) => g.distance > 1.5);
    expect(off).toEqual([]);
  }).toPass({ timeout: 10_000 });
}

test('every edge ends on its column handle, before and after a table is dragged', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Geometry');
  // Bring the books table close (search focuses it at a zoom that shows columns): edges attach to columns.
  await page.keyboard.press('ControlOrMeta+k');
  const search = page.getByRole('dialog', { name: 'Search tables and columns' });
  await search.getByRole('searchbox', { name: 'Search' }).fill('books');
  await search.getByRole('searchbox', { name: 'Search' }).press('Enter');
  const books = tableNode(page, 'public.books');
  await expect(books.getByRole('listitem', { name: 'column publisher_id' })).toBeVisible();
  await waitForStillView(page); // the focus animation
  await expectEdgesOnHandles(page);

  // A drag hands React Flow a new node object: its handles are the computed ones again.
  const title = await books.locator('.table-title').boundingBox();
  if (!title) throw new Error('the books table has no title on screen');
  await page.mouse.move(title.x + 30, title.y + title.height / 2);
  await page.mouse.down();
  await page.mouse.move(title.x + 90, title.y + 70, { steps: 8 });
  await page.mouse.up();
  await expectEdgesOnHandles(page);
});
