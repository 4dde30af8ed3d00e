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
  /** Stops recording; the median, the 90th percentile and the slowest time between two frames. */
  stopFrames(): { median: number; p90: number; max: number; frames: number };
  /**
   * A point of the graph's area, in page pixels, near `around` and clear of every node: a drag that
   * starts there pans the graph, where one that starts on a node moves the node.
   */
  backgroundPoint(around: { x: number; y: number }): { x: number; y: number };
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
const quantileOf = (values: number[], share: number): number => [...values].sort((a, b) => a - b)[Math.floor(values.length * share)] ?? 0;
const medianOf = (values: number[]): number => quantileOf(values, 0.5);
/** How far from every node's centre a drag must start to pan, in screen pixels: a level-of-detail node is 22 model pixels wide. */
const CLEAR_OF_NODES_PX = 16;

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
      return { median: medianOf(frames), p90: quantileOf(frames, 0.9), max: Math.max(0, ...frames), frames: frames.length };
    },
    backgroundPoint(around) {
      const box = cy.container()!.getBoundingClientRect();
      const clear = Math.max(CLEAR_OF_NODES_PX, 11 * cy.zoom() + 4);
      // node centres bucketed by `clear`: a point is clear when no centre in its 3×3 cells is that near
      const cells = new Map<string, { x: number; y: number }[]>();
      cy.nodes().forEach((node) => {
        const centre = node.renderedPosition();
        const key = `${Math.floor(centre.x / clear)},${Math.floor(centre.y / clear)}`;
        cells.get(key)?.push(centre) ?? cells.set(key, [centre]);
      });
      const isClear = (x: number, y: number): boolean => {
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            const near = cells.get(`${Math.floor(x / clear) + dx},${Math.floor(y / clear) + dy}`) ?? [];
            if (near.some((centre) => Math.hypot(centre.x - x, centre.y - y) <= clear)) return false;
          }
        }
        return true;
      };
      // rings around the point, nearest first
      for (let radius = 0; radius < Math.min(box.width, box.height) / 2; radius += 4) {
        for (let step = 0; step < 16; step++) {
          const x = around.x - box.left + radius * Math.cos((step * Math.PI) / 8);
          const y = around.y - box.top + radius * Math.sin((step * Math.PI) / 8);
          if (isClear(x, y)) return { x: x + box.left, y: y + box.top };
        }
      }
      return around;
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
