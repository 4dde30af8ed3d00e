// The page bench/web-bench.ts drives: the explorer's own graph view (its stylesheet, its fcose
// layout module, its toElements) on a graph handed in by the bench, so no server or data is involved.
// Each step is a call of its own, so the bench can read the main thread's CPU time between them.
import type { Core } from 'cytoscape';
import type { GraphElements } from '../../store/graph-store.ts';
import { createGraphView } from '../../web/components/graph-view.ts';
import { addWithLevelOfDetail } from '../../web/graph/level-of-detail.ts';
import { runLayout } from '../../web/graph/layout.ts';
import { toElements } from '../../web/graph/to-elements.ts';

/** The steps of one run; each returns its wall time in milliseconds. */
export interface WebBenchSteps {
  /** Adds the elements to the explorer's graph view, with the stylesheet for their number, as view.replace() does first. */
  add(graph: GraphElements): number;
  /** The app's runLayout() on every element without animation, as view.replace() does next. */
  layout(): Promise<{ ms: number; options: Record<string, unknown> }>;
  /** Until the frame after the first one Cytoscape draws in after the layout. */
  firstPaint(): Promise<number>;
  /** Median time between frames while panning and zooming the laid-out graph. */
  panZoom(): Promise<number>;
}

declare global {
  interface Window {
    /** Read by bench/web-bench.ts. */
    __webBench?: WebBenchSteps;
  }
}

const PAN_ZOOM_FRAMES = 60;
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

function createSteps(cy: Core): WebBenchSteps {
  let rendered: Promise<number> | undefined;
  return {
    add(graph) {
      const start = performance.now();
      // as view.replace() does: a very large graph is drawn with the level-of-detail stylesheet
      addWithLevelOfDetail(cy, toElements(graph), false);
      return performance.now() - start;
    },
    async layout() {
      let options: Record<string, unknown> = {};
      // fcose emits layoutstart once its positions are computed: the options are read there, not the time
      cy.one('layoutstart', (event) => {
        const all = (event.layout as unknown as { options: Record<string, unknown> }).options;
        // the plain settings only: the options also hold the elements and the core
        options = Object.fromEntries(Object.entries(all).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)));
      });
      const start = performance.now();
      await runLayout(cy.elements(), { animate: false });
      const end = performance.now();
      // the WebGL renderer emits no 'render' event: wait for the frame after the one Cytoscape draws in,
      // which its render loop (asked to redraw by the layout) does in the first frame after it
      rendered = nextFrame().then(nextFrame).then(() => performance.now() - end);
      return { ms: end - start, options };
    },
    async firstPaint() {
      if (!rendered) throw new Error('Call layout() before firstPaint()');
      return rendered;
    },
    async panZoom() {
      const frames: number[] = [];
      let previous = await nextFrame();
      for (let frame = 0; frame < PAN_ZOOM_FRAMES; frame++) {
        if (frame % 2 === 0) cy.panBy({ x: 7, y: 4 });
        else cy.zoom({ level: cy.zoom() * (frame % 4 === 1 ? 1.04 : 0.97), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        const now = await nextFrame();
        frames.push(now - previous);
        previous = now;
      }
      frames.sort((a, b) => a - b);
      return frames[Math.floor(frames.length / 2)] ?? 0;
    },
  };
}

// ?renderer=webgl|canvas|auto compares them; without it the page draws as the app does
const renderer = new URLSearchParams(location.search).get('renderer');
const view = createGraphView(document.getElementById('graph')!, {
  onNodeTap: () => undefined,
  onNodeDoubleTap: () => undefined,
  onBackgroundTap: () => undefined,
  onNodeContext: () => undefined,
  onHistoryChange: () => undefined,
}, renderer === 'webgl' || renderer === 'canvas' || renderer === 'auto' ? { renderer } : {});
window.__webBench = createSteps(view.cy);
