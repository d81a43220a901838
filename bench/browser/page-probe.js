// Injected into every measured page before the page's own scripts (Playwright's addInitScript), as plain JS:
// it runs as it is written. It exposes `window.__bench`; probes.mts drives it and describes its types.
(() => {
  /** React Flow renders a node hidden until it has measured it: only a visible one is on screen. */
  const isVisible = (el) => el instanceof HTMLElement && el.style.visibility !== 'hidden';

  /**
   * Resolves with the time just after the first frame that shows a visible match of `selector`. The check
   * runs in requestAnimationFrame, before that frame's style, layout and paint; a message posted from there
   * is handled once the frame is done, so its time includes the work of drawing the node.
   */
  const whenPainted = (selector) =>
    new Promise((resolve) => {
      const check = () => {
        const el = document.querySelector(selector);
        if (!isVisible(el)) return requestAnimationFrame(check);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });

  let counter = null;
  let edit = null;

  window.__bench = {
    // Times are performance.now(): milliseconds since navigation start.
    firstNode: whenPainted('.react-flow__node'),

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
