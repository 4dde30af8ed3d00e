// The page bench/web-bench.ts drives: the explorer's own graph view (its stylesheet, its layouts, its
// toElements, its replace()) on a graph handed in by the bench, so no server or data is involved.
// Each step is a call of its own, so the bench can profile them one by one.
import type { GraphElements } from '../../store/graph-store.ts';
import { createGraphView } from '../../web/components/graph-view.ts';
import type { GraphView } from '../../web/components/graph-view.ts';

/** The steps of one run; each returns its wall time in milliseconds. */
export interface WebBenchSteps {
  /** The graph view's replace(): elements added with the stylesheet for their number, then laid out. */
  replace(graph: GraphElements): Promise<{ ms: number; options: Record<string, unknown> }>;
  /** Until the frame after the first one Cytoscape draws in after replace(). */
  firstPaint(): Promise<number>;
  /** Starts recording the time between frames, for gestures the bench makes with the real mouse. */
  startFrames(): void;
  /** Stops recording; the median and the slowest time between two frames. */
  stopFrames(): { median: number; max: number; frames: number };
  /** Median time between frames while panning and zooming from script (cy.panBy, cy.zoom), as animations do. */
  panZoomByScript(): Promise<number>;
}

declare global {
  interface Window {
    /** Read by bench/web-bench.ts. */
    __webBench?: WebBenchSteps;
    /** The graph bench/web-bench.ts hands in before it times replace(). */
    __webBenchGraph?: GraphElements;
  }
}

const SCRIPTED_FRAMES = 60;
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function createSteps(view: GraphView): WebBenchSteps {
  const { cy } = view;
  let rendered: Promise<number> | undefined;
  let recording: { frames: number[]; stop: boolean } | undefined;
  return {
    async replace(graph) {
      let options: Record<string, unknown> = {};
      // fcose emits layoutstart once its positions are computed: the options are read there, not the time
      cy.one('layoutstart', (event) => {
        const all = (event.layout as unknown as { options: Record<string, unknown> }).options;
        // the plain settings only: the options also hold the elements and the core
        options = Object.fromEntries(Object.entries(all).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)));
      });
      const start = performance.now();
      await view.replace(graph);
      const end = performance.now();
      // the WebGL renderer emits no 'render' event: wait for the frame after the one Cytoscape draws in,
      // which its render loop (asked to redraw by the layout) does in the first frame after it
      rendered = nextFrame().then(nextFrame).then(() => performance.now() - end);
      return { ms: end - start, options };
    },
    async firstPaint() {
      if (!rendered) throw new Error('Call replace() before firstPaint()');
      return rendered;
    },
    startFrames() {
      const mine = { frames: [] as number[], stop: false };
      recording = mine;
      let previous = performance.now();
      const tick = (now: number): void => {
        if (mine.stop) return;
        mine.frames.push(now - previous);
        previous = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      if (!recording) throw new Error('Call startFrames() before stopFrames()');
      recording.stop = true;
      const { frames } = recording;
      return { median: medianOf(frames), max: Math.max(0, ...frames), frames: frames.length };
    },
    async panZoomByScript() {
      const frames: number[] = [];
      let previous = await nextFrame();
      for (let frame = 0; frame < SCRIPTED_FRAMES; frame++) {
        if (frame % 2 === 0) cy.panBy({ x: 7, y: 4 });
        else cy.zoom({ level: cy.zoom() * (frame % 4 === 1 ? 1.04 : 0.97), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        const now = await nextFrame();
        frames.push(now - previous);
        previous = now;
      }
      return medianOf(frames);
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
window.__webBench = createSteps(view);
