import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, Collection, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutLargeGraph } from './fast-layout.ts';
import { DRAFT_NODE_GAP, HUGE_GRAPH_NODES } from './place-huge-graph.ts';
import { spreadPiles } from './spread-piles.ts';

const fcoseRegistered = registerFcose();

function registerFcose(): boolean {
  try {
    cytoscape.use(fcose);
    return true;
  } catch (error) {
    console.warn('The fcose layout could not be registered; using cose instead.', error);
    return false;
  }
}

// the options of cytoscape-fcose this explorer sets; see its README for the rest
interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  fit: boolean;
  randomize: boolean;
  nodeRepulsion: number;
  idealEdgeLength: number;
  nodeSeparation: number;
  /** Pull towards the centre; it keeps unconnected components close together. */
  gravity: number;
  gravityRange: number;
  /** Space around nodes with no edges, which fcose lays out in a grid. */
  tilingPaddingVertical: number;
  tilingPaddingHorizontal: number;
}

/** How to run one layout. */
export interface LayoutRequest {
  /** Start from the current positions (after a merge) instead of scattering everything. */
  keepPositions?: boolean;
  animate?: boolean;
  /** Edges drawn outside Cytoscape (edge-layer.ts): the fast layout takes them into account, which fcose cannot. */
  layerEdges?: readonly { source: string; target: string }[];
}

/**
 * From this many nodes on, fcose's force-directed phase is too slow to wait for: at least 5 iterations
 * per node whatever `numIter` says, ~3 s at 600 nodes and over 30 s at 2,000 in headless Chromium
 * (npm run bench:web). Its spectral phase alone (quality 'draft') lays out 2,000 nodes in about a second,
 * and spread-piles.ts then opens the piles the draft leaves.
 */
export const LARGE_GRAPH_NODES = 400;
const PADDING = 40;

/** The settings that depend on the graph's size. */
export interface LayoutSettings {
  quality: 'draft' | 'default';
  randomize: boolean;
  animate: boolean;
  nodeDimensionsIncludeLabels: boolean;
}

/**
 * Returns the layout settings for a graph of `nodeCount` nodes: the full fcose with labels taken into
 * account below LARGE_GRAPH_NODES; above it the spectral draft from scratch (spread out afterwards),
 * without animation and without measuring labels (too small to read at the zoom that shows that
 * many nodes anyway).
 * @example chooseLayoutSettings(2000, { keepPositions: true }) // { quality: 'draft', randomize: true, animate: false, … }
 */
export function chooseLayoutSettings(nodeCount: number, request: LayoutRequest = {}): LayoutSettings {
  if (nodeCount >= LARGE_GRAPH_NODES) {
    // fcose accepts randomize: false only with its force phase: a large merge is laid out afresh (pinned nodes stay)
    return { quality: 'draft', randomize: true, animate: false, nodeDimensionsIncludeLabels: false };
  }
  return { quality: 'default', randomize: !request.keepPositions, animate: request.animate ?? true, nodeDimensionsIncludeLabels: true };
}

/** Lays out the elements with fcose, or with the built-in cose if fcose fails; resolves when done. */
export async function runLayout(elements: Collection, request: LayoutRequest = {}): Promise<void> {
  if (elements.nodes().empty()) return;
  if (elements.nodes().length >= HUGE_GRAPH_NODES || (request.layerEdges?.length ?? 0) > 0) return layOutHugeGraph(elements, request.layerEdges ?? []);
  const { quality, ...settings } = chooseLayoutSettings(elements.nodes().length, request);
  const draft = quality === 'draft';
  const base = { ...settings, animationDuration: 450, fit: true, padding: PADDING };
  if (fcoseRegistered) {
    try {
      const fcoseOptions: FcoseLayoutOptions = {
        ...base,
        name: 'fcose',
        quality,
        // a draft is spread out and fitted afterwards
        fit: !draft,
        nodeRepulsion: 22000,
        idealEdgeLength: 120,
        nodeSeparation: 80,
        gravity: 1.2,
        gravityRange: 1.5,
        // room for the labels under unconnected nodes, which fcose tiles in a grid
        tilingPaddingVertical: 36,
        tilingPaddingHorizontal: 100,
      };
      await start(elements, fcoseOptions);
      if (draft) spreadDraft(elements);
      return;
    } catch (error) {
      console.warn('The fcose layout failed; falling back to cose.', error);
    }
  }
  await start(elements, { ...base, name: 'cose', nodeRepulsion: () => 22000, idealEdgeLength: () => 120 });
}

// fcose's draft sets the leaves of a hub on one spot: spread them out before showing the graph
function spreadDraft(elements: Collection): void {
  const nodes = elements.nodes();
  const places = spreadPiles(
    nodes.map((node) => ({ id: node.id(), ...node.position() })),
    DRAFT_NODE_GAP,
  );
  nodes.positions((node) => places.get(node.id()) ?? node.position());
  nodes.first().cy().fit(elements, PADDING);
}

// a spiral by degree pulled along the edges, then spread and fitted like a draft; emits layoutstop as layouts do
function layOutHugeGraph(elements: Collection, layerEdges: readonly { source: string; target: string }[]): void {
  const nodes = elements.nodes();
  const index = new Map(nodes.map((node, at) => [node.id(), at]));
  const edges: [number, number][] = [];
  const join = (source: string, target: string): void => {
    const [a, b] = [index.get(source), index.get(target)];
    if (a !== undefined && b !== undefined) edges.push([a, b]);
  };
  elements.edges().forEach((edge) => join(edge.source().id(), edge.target().id()));
  for (const edge of layerEdges) join(edge.source, edge.target);
  const xy = layoutLargeGraph(nodes.length, edges, { gap: DRAFT_NODE_GAP });
  nodes.positions((node) => {
    const at = index.get(node.id()) ?? 0;
    return { x: xy[at * 2] ?? 0, y: xy[at * 2 + 1] ?? 0 };
  });
  spreadDraft(elements);
  nodes.first().cy().emit('layoutstop');
}

/**
 * Fits nodes placed before they were added (place-huge-graph.ts) and emits layoutstop, as a layout
 * would. The box comes from the nodes' positions: Cytoscape's own fit measures every element, edges
 * and labels included, which took about 4 s of a 10,000-node first paint in bench:web.
 */
export function showPlaced(elements: Collection): void {
  const nodes = elements.nodes();
  if (nodes.empty()) return;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node) => {
    const { x, y } = node.position();
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  const cy = nodes.first().cy();
  // room for the nodes themselves around their centres
  const margin = DRAFT_NODE_GAP / 2;
  // Cytoscape's fit takes a bounding box in place of elements; its types only know elements
  cy.fit({ x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin } as unknown as Collection, PADDING);
  cy.emit('layoutstop');
}

function start(elements: Collection, options: LayoutOptions): Promise<void> {
  const layout = elements.layout(options);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped.then(() => undefined);
}
