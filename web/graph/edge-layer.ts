import type { Core, NodeSingular, Position } from 'cytoscape';
import { findNearestEdge } from './nearest-edge.ts';
import type { EdgeData } from './to-elements.ts';

/** The look of the edges the layer draws: the level-of-detail stylesheet's haystack edges, and those of a selected node. */
export const EDGE_LAYER_STYLE = { colour: '#cdd3dc', width: 0.6, selectedColour: '#475569', selectedWidth: 2.2 } as const;

/**
 * The edges of a very large graph, drawn on a canvas of their own under Cytoscape's instead of as
 * Cytoscape elements. Cytoscape spends per edge, at every add and every frame, what a canvas line
 * costs per hundred: at 10,000 nodes and 50,000 edges adding them took 7 s, the first frame 10 s more
 * and each frame of an animation about a second (bench:web --profile: its parallel-edge scans, bounds
 * lookups, one stroke per edge), where this layer strokes every visible edge as one path in a few
 * milliseconds. The layer draws straight, unlabelled lines without arrows, as the level-of-detail
 * stylesheet drew them, hides the edges of hidden nodes and those asked hidden, and draws the
 * edges of a selected node darker, as the explorer's own stylesheet does. Its lines take no pointer events: the graph
 * view asks edgeAt() which line a click on Cytoscape's background fell on, so a right-click opens an edge's menu.
 */
export interface EdgeLayer {
  /** Replaces the edges drawn; the nodes they join are Cytoscape's. */
  setEdges(edges: readonly EdgeData[]): void;
  /** The edges drawn by the layer (not in Cytoscape), for filters and exports. */
  edges(): readonly EdgeData[];
  /** Hides these edges, by id, until called again; the edges of hidden nodes are hidden anyway. */
  setHidden(test: (edge: EdgeData) => boolean): void;
  /** How many of the layer's edges are drawn now: neither hidden nor at a hidden node. */
  visibleCount(): number;
  /** Draws the layer's visible edges into a 2D context already set to model coordinates (for exports). */
  drawTo(context: CanvasRenderingContext2D, zoom: number): void;
  /** Returns the drawn edge nearest to a model position within `tolerance` model units; undefined when none is. */
  edgeAt(position: Position, tolerance: number): EdgeData | undefined;
  /**
   * While the viewport moves (viewport-picture.ts), moves a picture of the lines last drawn instead of
   * stroking every edge in every frame, as Cytoscape does with its nodes; draws them properly at the stop.
   */
  setMoving(moving: boolean): void;
}

/** Returns the edge layer of a Cytoscape core drawn into a container, empty until setEdges(). */
export function createEdgeLayer(cy: Core): EdgeLayer {
  const canvas = document.createElement('canvas');
  canvas.dataset['id'] = 'edge-layer';
  // under Cytoscape's canvases (z-index 1 and up, transparent where nothing is drawn): clicks reach Cytoscape, whose
  // background clicks the graph view hands to edgeAt
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
  const host = cy.container()?.firstElementChild;
  host?.insertBefore(canvas, host.firstChild);
  const context = canvas.getContext('2d');

  let data: readonly EdgeData[] = [];
  /** Both ends of each edge, as indexes into `nodes`; -1 when Cytoscape has no such node. */
  let ends = new Int32Array(0);
  let nodes: NodeSingular[] = [];
  let indexOf = new Map<string, number>();
  const xy = { values: new Float64Array(0) };
  let nodeShown = new Uint8Array(0);
  /** The selected nodes, by index, read with the visibility: selecting changes both. */
  let nodeSelected = new Uint8Array(0);
  let edgeHidden = new Uint8Array(0);
  let nodesStale = true;
  let positionsStale = true;
  let visibilityStale = true;
  let frame = 0;

  const readNodes = (): void => {
    nodes = cy.nodes().toArray();
    indexOf = new Map(nodes.map((node, at) => [node.id(), at]));
    ends = new Int32Array(data.length * 2);
    data.forEach((edge, at) => {
      ends[at * 2] = indexOf.get(edge.source) ?? -1;
      ends[at * 2 + 1] = indexOf.get(edge.target) ?? -1;
    });
    nodesStale = false;
    positionsStale = true;
    visibilityStale = true;
  };
  const readPositions = (): void => {
    if (xy.values.length !== nodes.length * 2) xy.values = new Float64Array(nodes.length * 2);
    nodes.forEach((node, at) => {
      const { x, y } = node.position();
      xy.values[at * 2] = x;
      xy.values[at * 2 + 1] = y;
    });
    positionsStale = false;
  };
  const readVisibility = (): void => {
    if (nodeShown.length !== nodes.length) nodeShown = new Uint8Array(nodes.length);
    // removed nodes count as hidden until the next add or remove reads the nodes again
    nodes.forEach((node, at) => void (nodeShown[at] = !node.removed() && node.visible() ? 1 : 0));
    nodeSelected = new Uint8Array(nodes.length);
    nodes.forEach((node, at) => void (nodeSelected[at] = !node.removed() && node.selected() ? 1 : 0));
    visibilityStale = false;
  };
  const isShown = (at: number): boolean => {
    const a = ends[at * 2]!;
    const b = ends[at * 2 + 1]!;
    return edgeHidden[at] === 0 && a >= 0 && b >= 0 && nodeShown[a] === 1 && nodeShown[b] === 1;
  };

  // one path per look: the selected nodes' edges over the others
  const stroke = (target: CanvasRenderingContext2D, zoom: number, extent?: { x1: number; y1: number; x2: number; y2: number }): void => {
    if (nodesStale) readNodes();
    if (positionsStale) readPositions();
    if (visibilityStale) readVisibility();
    const values = xy.values;
    const selected = nodeSelected;
    const passes = [
      { colour: EDGE_LAYER_STYLE.colour, width: EDGE_LAYER_STYLE.width, near: false },
      { colour: EDGE_LAYER_STYLE.selectedColour, width: EDGE_LAYER_STYLE.selectedWidth, near: true },
    ];
    for (const pass of passes) {
      target.beginPath();
      let any = false;
      for (let at = 0; at < data.length; at++) {
        if (!isShown(at)) continue;
        const a = ends[at * 2]!;
        const b = ends[at * 2 + 1]!;
        if ((selected[a] === 1 || selected[b] === 1) !== pass.near) continue;
        const ax = values[a * 2]!;
        const ay = values[a * 2 + 1]!;
        const bx = values[b * 2]!;
        const by = values[b * 2 + 1]!;
        // both ends off the same side of the view: the line cannot cross it
        if (extent && ((ax < extent.x1 && bx < extent.x1) || (ax > extent.x2 && bx > extent.x2) || (ay < extent.y1 && by < extent.y1) || (ay > extent.y2 && by > extent.y2))) continue;
        target.moveTo(ax, ay);
        target.lineTo(bx, by);
        any = true;
      }
      if (!any) continue;
      target.strokeStyle = pass.colour;
      // a line never thinner than a hairline on screen, as Cytoscape draws it
      target.lineWidth = Math.max(pass.width, 0.5 / zoom);
      target.stroke();
    }
  };

  /** The lines as drawn when a movement started, and the viewport then; undefined when not moving. */
  let picture: { canvas: HTMLCanvasElement; zoom: number; pan: Position } | undefined;
  const takePicture = (): void => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')?.drawImage(canvas, 0, 0);
    picture = { canvas: copy, zoom: cy.zoom(), pan: { ...cy.pan() } };
  };

  const draw = (): void => {
    frame = 0;
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${cy.width()}px`;
      canvas.style.height = `${cy.height()}px`;
      picture = undefined;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    if (data.length === 0) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (picture) {
      // where the picture's pixels are now: scaled by the change of zoom about the old pan, moved by the new pan
      const scale = zoom / picture.zoom;
      context.setTransform(scale, 0, 0, scale, (pan.x - picture.pan.x * scale) * ratio, (pan.y - picture.pan.y * scale) * ratio);
      context.drawImage(picture.canvas, 0, 0);
      return;
    }
    context.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    stroke(context, zoom, cy.extent());
  };
  // drawn in the same frame as Cytoscape's, which also draws in an animation frame after a change
  const schedule = (): void => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };

  cy.on('viewport resize', schedule);
  cy.on('position', 'node', () => ((positionsStale = true), schedule()));
  // one event per node: read them all once, when next drawn
  cy.on('add remove', 'node', () => ((nodesStale = true), schedule()));
  // hidden types, hidden by hand, filtered out, selected: all change classes or selection
  cy.on('class style select unselect', 'node', () => ((visibilityStale = true), schedule()));

  return {
    setEdges(edges) {
      data = edges;
      edgeHidden = new Uint8Array(edges.length);
      nodesStale = true;
      schedule();
    },
    edges: () => data,
    setHidden(test) {
      edgeHidden = Uint8Array.from(data, (edge) => (test(edge) ? 1 : 0));
      schedule();
    },
    visibleCount() {
      if (nodesStale) readNodes();
      if (visibilityStale) readVisibility();
      let count = 0;
      for (let at = 0; at < data.length; at++) if (isShown(at)) count += 1;
      return count;
    },
    drawTo(target, zoom) {
      if (data.length > 0) stroke(target, zoom);
    },
    setMoving(moving) {
      if (moving && data.length > 0) {
        // the canvas still shows the last frame drawn properly, unless a draw is pending for a change before the movement
        if (frame !== 0) {
          cancelAnimationFrame(frame);
          draw();
        }
        takePicture();
      } else {
        picture = undefined;
      }
      schedule();
    },
    edgeAt(position, tolerance) {
      if (data.length === 0) return undefined;
      if (nodesStale) readNodes();
      if (positionsStale) readPositions();
      if (visibilityStale) readVisibility();
      return data[findNearestEdge(xy.values, ends, isShown, position, tolerance)];
    },
  };
}

/**
 * Returns the whole graph as a PNG data URL, as Cytoscape's `png({ full: true, scale, bg })` draws it,
 * with the edge layer's edges under the nodes: Cytoscape's own picture leaves them out.
 */
export async function exportPng(cy: Core, layer: Pick<EdgeLayer, 'edges' | 'drawTo'>, options: { scale: number; bg: string }): Promise<string> {
  if (layer.edges().length === 0) return cy.png({ full: true, scale: options.scale, bg: options.bg });
  const nodes = new Image();
  const loaded = new Promise((resolve, reject) => {
    nodes.onload = resolve;
    nodes.onerror = reject;
  });
  nodes.src = cy.png({ full: true, scale: options.scale });
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = nodes.naturalWidth;
  canvas.height = nodes.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) return nodes.src;
  context.fillStyle = options.bg;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // the transform Cytoscape's full picture uses: its bounding box at the top left, scaled
  const box = cy.elements().boundingBox();
  const scale = options.scale * (window.devicePixelRatio || 1);
  context.setTransform(scale, 0, 0, scale, -box.x1 * scale, -box.y1 * scale);
  layer.drawTo(context, scale);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(nodes, 0, 0);
  return canvas.toDataURL('image/png');
}

/** Cytoscape's JSON of the graph (`cy.json()`), with the edge layer's edges among its elements. */
export function exportJson(cy: Core, layer: Pick<EdgeLayer, 'edges'>): unknown {
  const json = cy.json() as { elements?: { nodes?: unknown[]; edges?: unknown[] } };
  const extra = layer.edges();
  if (extra.length === 0 || !json.elements) return json;
  json.elements.edges = [...(json.elements.edges ?? []), ...extra.map((data) => ({ group: 'edges', data }))];
  return json;
}
