import cytoscape from 'cytoscape';
import type { CollectionReturnValue, Core, CytoscapeOptions, NodeSingular, Position } from 'cytoscape';
import type { GraphElements } from '../../contract/graph.ts';
import { runLayout, showPlaced } from '../graph/layout.ts';
import { placeHugeGraph } from '../graph/place-huge-graph.ts';
import { avoidLabelCollisions } from '../graph/avoid-label-collisions.ts';
import { nameNodesInView } from '../graph/name-nodes-in-view.ts';
import { restyleOnZoom } from '../graph/readable-labels.ts';
import { addWithLevelOfDetail } from '../graph/level-of-detail.ts';
import { createEdgeLayer } from '../graph/edge-layer.ts';
import { createViewportPicture } from '../graph/viewport-picture.ts';
import type { EdgeLayer } from '../graph/edge-layer.ts';
import { createStylesheet } from '../graph/style.ts';
import { toElements } from '../graph/to-elements.ts';
import type { EdgeData, NodeData } from '../graph/to-elements.ts';
import { MORE_TYPE } from '../graph/cap-expansion.ts';
import { createGraphEdits } from './graph-edits.ts';
import { createHubRings } from './hub-rings.ts';
import { wireMenuKey } from './graph-menu-key.ts';
import type { GraphEdits } from './graph-edits.ts';

/** What the view reports from the canvas; each handler gets the node's data. */
export interface GraphViewHandlers {
  onNodeTap(node: NodeData): void;
  onNodeDoubleTap(node: NodeData): void;
  onBackgroundTap(): void;
  /** Right-click or long press on a node, or the menu key (or Shift+F10) on the graph with a node selected: at the node's place on the canvas. */
  onNodeContext(node: NodeData, at: Position): void;
  /** The merge history changed: something was added or undone, or the graph replaced. */
  onHistoryChange(): void;
  /** Right-click or long press on an edge: at its middle on the canvas. */
  onEdgeContext?(edge: EdgeData, at: Position): void;
}

/** The graph canvas: draws, merges, selects and filters; knows nothing about the API. */
export interface GraphView {
  readonly cy: Core;
  /** Replaces everything drawn with these elements and lays them out. */
  replace(graph: GraphElements): Promise<void>;
  /**
   * Adds what is new; around a drawn `aroundId`, at most EXPANSION_CAP new neighbours in rings by type with
   * a "+N more" node for the rest, else laid out with the others. Returns how many nodes were added.
   */
  merge(graph: GraphElements, aroundId?: string): Promise<number>;
  has(id: string): boolean;
  /** Selects one node, alone, and centres on it; false if it is not drawn. */
  select(id: string): boolean;
  setHiddenTypes(types: ReadonlySet<string>): void;
  /** Hides these elements (and the edges of hidden nodes) for the date and article filter; the rest show again. */
  setFilteredOut(ids: ReadonlySet<string>): void;
  /** How many nodes of each type are drawn, hidden or not. */
  countByType(): Map<string, number>;
  fit(): void;
  relayout(): Promise<void>;
  /** Removes what the last merge added; returns how many nodes went, 0 when there is nothing to undo. */
  undoLastMerge(): number;
  canUndo(): boolean;
  /** Hiding, pinning and edge labels. */
  readonly edits: GraphEdits;
  /** The edges of a level-of-detail graph, drawn outside Cytoscape (edge-layer.ts); empty for a graph of usual size. */
  readonly edgeLayer: Pick<EdgeLayer, 'edges' | 'visibleCount' | 'drawTo' | 'edgeAt'>;
}

/**
 * How the view draws: Cytoscape's canvas renderer (the explorer's), its WebGL one, or `auto`: WebGL
 * where the browser has WebGL 2. The explorer stays on canvas: with Cytoscape 3.34's WebGL renderer the
 * explorer's zoom-dependent labels left stale copies where nodes had been after a hub's expansion, and
 * the "+N more" node lost its label (seen on the 839-article archive); bench:web measures both.
 */
export type GraphRenderer = 'webgl' | 'canvas' | 'auto';

/** Returns a graph view drawn into the container. */
export function createGraphView(container: HTMLElement, handlers: GraphViewHandlers, options: { renderer?: GraphRenderer } = {}): GraphView {
  const webgl = chooseWebgl(options.renderer ?? 'canvas');
  // @types/cytoscape does not know the renderer option (Cytoscape 3.31+: renderer: { name: 'canvas', webgl: true })
  const cy = cytoscape({ container, style: createStylesheet(), minZoom: 0.02, maxZoom: 3, renderer: { name: 'canvas', webgl } } as CytoscapeOptions);
  let hiddenTypes: ReadonlySet<string> = new Set();
  /** The ids each merge added, latest last, for undo. */
  const merges: string[][] = [];
  const layer = createEdgeLayer(cy);
  const picture = createViewportPicture(cy, (moving) => layer.setMoving(moving));
  const edits = withLayerEdits(createGraphEdits(cy), layer);
  /** The ids the date and article filter hides; the layer's edges among them stay hidden. */
  let filteredOut: ReadonlySet<string> = new Set();
  const checkLabels = wireEvents(cy, handlers, layer);
  wireMenuKey(container, cy, handlers);
  nameNodesInView(cy, () => levelOfDetail, checkLabels);

  const applyHiddenTypes = (): void => {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('is-type-hidden', hiddenTypes.has(String(node.data('type'))));
      });
    });
  };
  const visible = () => cy.elements().not('.is-type-hidden, .is-user-hidden, .is-filtered-out');
  const rings = createHubRings(cy);
  /** Drawing a very large graph with the cheaper rules of level-of-detail.ts. */
  let levelOfDetail = false;
  const recordMerge = (added: CollectionReturnValue): void => {
    applyHiddenTypes();
    edits.applyTo(added);
    merges.push(added.map((element) => element.id()));
    handlers.onHistoryChange();
  };
  /** A hub's expansion in rings by type around it, capped, with a "more" node: no force layout to knot it. */
  const expandHub = (hubId: string, graph: GraphElements): number => {
    const added = rings.expand(hubId, graph);
    if (added.empty()) return 0;
    recordMerge(added);
    const shown = cy.getElementById(hubId).union(added.nodes());
    cy.animate({ fit: { eles: shown, padding: 40 } }, { duration: 350 });
    return added.nodes().filter((node) => node.data('type') !== MORE_TYPE).length;
  };

  return {
    cy,
    async replace(graph) {
      cy.elements().remove();
      rings.reset();
      const elements = toElements(graph);
      // a huge graph is laid out before it is added, so it is drawn once, in place
      const placed = placeHugeGraph(elements);
      const added = addWithLevelOfDetail(cy, elements, levelOfDetail);
      levelOfDetail = added.large;
      picture.setActive(added.large);
      layer.setEdges(added.layerEdges);
      filteredOut = new Set();
      layer.setHidden((edge) => edits.isUnsure(edge));
      applyHiddenTypes();
      edits.applyTo(cy.elements());
      merges.length = 0;
      handlers.onHistoryChange();
      if (placed) return showPlaced(visible());
      // no animation: nodes would first be drawn piled up at the origin
      await runLayout(visible(), { animate: false });
    },
    async merge(graph, aroundId) {
      const hadNodes = cy.nodes().nonempty();
      const hub = aroundId && cy.getElementById(aroundId).nonempty() ? cy.getElementById(aroundId) : undefined;
      if (hub) return expandHub(hub.id(), graph);
      const fresh = toElements(graph, { isDrawn: (id) => cy.getElementById(id).nonempty() }).filter(
        (element) => element.data.id === undefined || cy.getElementById(element.data.id).empty(),
      );
      if (fresh.length === 0) return 0;
      const added = cy.add(fresh);
      placeNewNodes(cy, added, undefined);
      recordMerge(added);
      await runLayout(visible(), { keepPositions: hadNodes, layerEdges: layer.edges() });
      return added.nodes().length;
    },
    has: (id) => cy.getElementById(id).nonempty(),
    select(id) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return false;
      cy.elements(':selected').unselect();
      node.select();
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 350 });
      node.flashClass('is-found', 1400);
      return true;
    },
    setHiddenTypes(types) {
      hiddenTypes = types;
      applyHiddenTypes();
    },
    setFilteredOut(ids) {
      filteredOut = ids;
      cy.batch(() => cy.elements().forEach((element) => void element.toggleClass('is-filtered-out', ids.has(element.id()))));
      layer.setHidden((edge) => ids.has(edge.id) || edits.isUnsure(edge));
    },
    countByType() {
      const counts = new Map<string, number>();
      cy.nodes().forEach((node) => {
        const type = String(node.data('type'));
        counts.set(type, (counts.get(type) ?? 0) + 1);
      });
      return counts;
    },
    fit: () => cy.animate({ fit: { eles: visible(), padding: 40 } }, { duration: 300 }),
    relayout: () => runLayout(visible(), { layerEdges: layer.edges() }),
    undoLastMerge() {
      const ids = merges.pop();
      if (!ids) return 0;
      const added = ids.reduce((collection, id) => collection.union(cy.getElementById(id)), cy.collection());
      const nodes = added.nodes().length;
      cy.remove(added);
      handlers.onHistoryChange();
      return nodes;
    },
    canUndo: () => merges.length > 0,
    edits,
    edgeLayer: layer,
  };

  /** The edits, with the confidence threshold hiding the layer's edges too. */
  function withLayerEdits(own: GraphEdits, edgeLayer: EdgeLayer): GraphEdits & { isUnsure(edge: EdgeData): boolean } {
    let threshold = 0;
    const isUnsure = (edge: EdgeData): boolean => {
      const confidence: unknown = edge.properties['confidence'];
      return typeof confidence === 'number' && confidence < threshold;
    };
    return {
      ...own,
      setConfidenceThreshold(value) {
        threshold = value;
        edgeLayer.setHidden((edge) => filteredOut.has(edge.id) || isUnsure(edge));
        return own.setConfidenceThreshold(value) + edgeLayer.edges().filter(isUnsure).length;
      },
      isUnsure,
    };
  }
}

/** How near a click must fall to a line of the edge layer to hit it, in screen pixels. */
const LAYER_EDGE_HIT_PX = 5;

// returns the label collision check
function wireEvents(cy: Core, handlers: GraphViewHandlers, layer: EdgeLayer): () => void {
  const dataOf = (target: unknown): NodeData => (target as NodeSingular).data() as NodeData;
  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    // the "+N more" node stands for the hub's undrawn neighbours: a click draws the next of them
    if (node.data('type') === MORE_TYPE) return handlers.onNodeDoubleTap(dataOf(cy.getElementById(String(node.data('hub')))));
    handlers.onNodeTap(dataOf(node));
  });
  cy.on('dbltap', 'node', (event) => handlers.onNodeDoubleTap(dataOf(event.target)));
  cy.on('cxttap', 'node', (event) => handlers.onNodeContext(dataOf(event.target), (event.target as NodeSingular).renderedPosition()));
  cy.on('cxttap', 'edge', (event) => handlers.onEdgeContext?.(event.target.data() as EdgeData, event.target.renderedMidpoint()));
  // the edge layer's lines are not Cytoscape elements: a click on the background may be on one of them
  const layerEdgeAt = (position: Position) => layer.edgeAt(position, LAYER_EDGE_HIT_PX / cy.zoom());
  cy.on('cxttap', (event) => {
    const edge = event.target === cy ? layerEdgeAt(event.position) : undefined;
    // at the click: a long line's middle may be out of view
    if (edge) handlers.onEdgeContext?.(edge, event.renderedPosition);
  });
  cy.on('tap', (event) => {
    // a click on an edge keeps the selection, as on an edge Cytoscape draws
    if (event.target === cy && !layerEdgeAt(event.position)) handlers.onBackgroundTap();
  });
  cy.on('select unselect', 'node', () => {
    cy.edges().removeClass('is-near-selection');
    cy.nodes(':selected').connectedEdges().addClass('is-near-selection');
  });
  // labels are sized against the zoom (see style.ts)
  restyleOnZoom(cy);
  return avoidLabelCollisions(cy);
}

// New nodes start beside the node expanded, else beside a drawn neighbour, else mid-view,
// so the layout grows the graph from there instead of piling them at the origin.
function placeNewNodes(cy: Core, added: CollectionReturnValue, anchor: Position | undefined): void {
  const drawnNeighbour = added.nodes().neighborhood().nodes().difference(added.nodes()).nodes().first();
  const { x1, x2, y1, y2 } = cy.extent();
  const centre = anchor ?? (drawnNeighbour.nonempty() ? drawnNeighbour.position() : { x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
  added.nodes().positions(() => ({ x: centre.x + (Math.random() - 0.5) * 80, y: centre.y + (Math.random() - 0.5) * 80 }));
}

/** True when the view should draw with WebGL: asked for, or `auto` in a browser with WebGL 2. */
function chooseWebgl(renderer: GraphRenderer): boolean {
  if (renderer !== 'auto') return renderer === 'webgl';
  return document.createElement('canvas').getContext('webgl2') !== null;
}
