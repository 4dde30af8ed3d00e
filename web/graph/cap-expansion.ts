import type { GraphElements } from '../../contract/graph.ts';

/** New neighbours one expansion draws: enough for a hub's rings to stay readable. */
export const EXPANSION_CAP = 16;

/** The type of the node that stands for a hub's neighbours not drawn yet; a click on it expands the hub again. */
export const MORE_TYPE = 'More';

/** One expansion cut to its cap, and how many new neighbours it left for "show more". */
export interface CappedExpansion {
  graph: GraphElements;
  more: number;
}

/**
 * Returns a neighbourhood with at most `cap` neighbours not drawn yet, in the order the API gives
 * (most mentioned first, events after the other entities), and the number it left out. Drawn nodes
 * and the hub stay, so their edges to the new ones are kept.
 * @example capExpansion(await api.getNeighborhood(id), id, (n) => cy.getElementById(n).nonempty())
 */
export function capExpansion(graph: GraphElements, hubId: string, isDrawn: (id: string) => boolean, cap = EXPANSION_CAP): CappedExpansion {
  const fresh = graph.nodes.filter((node) => node.id !== hubId && !isDrawn(node.id));
  const kept = new Set(fresh.slice(0, cap).map((node) => node.id));
  const nodes = graph.nodes.filter((node) => node.id === hubId || isDrawn(node.id) || kept.has(node.id));
  return { graph: { nodes, edges: graph.edges }, more: Math.max(0, fresh.length - cap) };
}
