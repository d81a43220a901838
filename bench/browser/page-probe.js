// Injected into every measured page before the page's own scripts (Playwright's addInitScript), as plain JS:
// it runs as it is written. It exposes `window.__bench`; probes.mts drives it and describes its types.
(() => {
  /** React Flow renders a node hidden until it has measured it: only a visible one is on screen. */
  const isVisible = (el) => el instanceof HTMLElement && el.style.visibility !== 'hidden';

  /**
   * Zoomed out, the studio draws its tables on one canvas (`canvas.overview-layer`) and has no node in the
   * page: there, something is on screen once that canvas has a painted pixel (sampled on a coarse grid).
   */
  const overviewPainted = () => {
    const canvas = document.querySelector('canvas.overview-layer');
    if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return false;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const step = Math.max(1, Math.floor(canvas.width / 40));
    for (let y = 0; y < canvas.height; y += step)
      for (let x = 0; x < canvas.width; x += step) if (data[(y * canvas.width + x) * 4 + 3] > 0) return true;
    return false;
  };

  /**
   * Resolves with the time just after the first frame that shows a visible match of `selector`. The check
   * runs in requestAnimationFrame, before that frame's style, layout and paint; a message posted from there
   * is handled once the frame is done, so its time includes the work of drawing the node.
   */
  const whenPainted = (selector, orOverview = false) =>
    new Promise((resolve) => {
      const check = () => {
        const el = document.querySelector(selector);
        if (!isVisible(el) && !(orOverview && overviewPainted())) return requestAnimationFrame(check);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });

  /** The RGB a CSS color paints as, read back from a 1 × 1 canvas. */
  const paintedRgb = (color) => {
    const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d');
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    return ctx.getImageData(0, 0, 1, 1).data;
  };

  /** See BenchProbe.drawnPixels in probes.mts. */
  const drawnPixels = () => {
    const canvas = document.querySelector('canvas.overview-layer');
    if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0) return null;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    // A table is a box filled with the node background; lines and titles are other colors.
    const fill = paintedRgb(getComputedStyle(canvas).getPropertyValue('--node-bg').trim() || '#fff');
    const isFill = (i) =>
      data[i + 3] === 255 &&
      Math.abs(data[i] - fill[0]) <= 2 &&
      Math.abs(data[i + 1] - fill[1]) <= 2 &&
      Math.abs(data[i + 2] - fill[2]) <= 2;
    return {
      tableShare: (p) => {
        const cx = Math.round((p.x - box.left) * ratio);
        const cy = Math.round((p.y - box.top) * ratio);
        let filled = 0;
        for (let y = cy - 3; y <= cy + 3; y++)
          for (let x = cx - 3; x <= cx + 3; x++) {
            const inside = x >= 0 && y >= 0 && x < canvas.width && y < canvas.height;
            if (inside && isFill((y * canvas.width + x) * 4)) filled++;
          }
        return filled / 49;
      },
    };
  };

  let counter = null;
  let edit = null;

  window.__bench = {
    // Times are performance.now(): milliseconds since navigation start.
    firstNode: whenPainted('.react-flow__node', true),
    drawnPixels,

    /** Starts watching for the next edit (an `input` event anywhere) and for the node `id` on screen. */
    armEdit: (id) => {
      const input = new Promise((resolve) =>
        document.addEventListener('input', () => resolve(performance.now()), { capture: true, once: true }),
      );
      edit = Promise.all([input, whenPainted(`.react-flow__node[data-id="${CSS.escape(id)}"]`)]);
    },

    /** When the armed edit happened and when its node was first on screen. */
    edited: async () => {
      const [inputAt, paintedAt] = await edit;
      return { inputAt, paintedAt };
    },

    /** Counts frames (requestAnimationFrame callbacks) until stopFrames. */
    startFrames: () => {
      const state = { start: performance.now(), times: [], running: true };
      const tick = (time) => {
        if (!state.running) return;
        state.times.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      counter = state;
    },

    stopFrames: () => {
      const state = counter;
      state.running = false;
      const end = performance.now();
      let longest = 0;
      let previous = state.start;
      for (const time of [...state.times, end]) {
        longest = Math.max(longest, time - previous);
        previous = time;
      }
      const ms = end - state.start;
      return { frames: state.times.length, ms, fps: (state.times.length * 1000) / ms, longestMs: longest };
    },

    /** Resolves once `count` frames in a row took under `maxMs` each (the page has finished its start-up work). */
    quiet: (count, maxMs) =>
      new Promise((resolve) => {
        let streak = 0;
        let previous = performance.now();
        const tick = (time) => {
          streak = time - previous < maxMs ? streak + 1 : 0;
          previous = time;
          if (streak >= count) resolve(performance.now());
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  };
})();
