import type { ElementDefinition } from 'cytoscape';
import { layoutLargeGraph } from './fast-layout.ts';
import { needsLevelOfDetail } from './level-of-detail.ts';
import { spreadPiles } from './spread-piles.ts';

/** From this many nodes on, fcose's spectral draft is too slow (about 45 s at 10,000 nodes and 50,000 edges in bench:web). */
export const HUGE_GRAPH_NODES = 3000;
/** Room per node in a spread draft: about the largest node, so piles open into rings nodes barely touch. */
export const DRAFT_NODE_GAP = 60;

/**
 * Returns true after giving every node definition of a huge graph its `position` from fast-layout.ts
 * (spread like a draft), false for a smaller graph, left for runLayout. Huge: HUGE_GRAPH_NODES nodes,
 * or enough elements for the level of detail, whose edges the edge layer draws and fcose would not
 * see (and whose draft took most of a 2,000-node graph's first paint). Placed before they are added,
 * Cytoscape draws the graph once, laid out: added first, it drew all of them piled at the origin,
 * then computed every node's bounds again as the layout moved it (about 2 s of the 10,000-node
 * first paint in bench:web's profile).
 */
export function placeHugeGraph(elements: ElementDefinition[]): boolean {
  const nodes = elements.filter((element) => element.group === 'nodes');
  if (nodes.length < HUGE_GRAPH_NODES && !needsLevelOfDetail(elements.length)) return false;
  const index = new Map(nodes.map((node, at) => [String(node.data.id), at]));
  const edges: [number, number][] = [];
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const [a, b] = [index.get(String(element.data.source)), index.get(String(element.data.target))];
    if (a !== undefined && b !== undefined) edges.push([a, b]);
  }
  const xy = layoutLargeGraph(nodes.length, edges, { gap: DRAFT_NODE_GAP });
  const spread = spreadPiles(nodes.map((node, at) => ({ id: String(node.data.id), x: xy[at * 2] ?? 0, y: xy[at * 2 + 1] ?? 0 })), DRAFT_NODE_GAP);
  nodes.forEach((node) => {
    node.position = spread.get(String(node.data.id)) ?? { x: 0, y: 0 };
  });
  return true;
}
