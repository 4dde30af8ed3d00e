import type { GraphElements } from '../../contract/graph.ts';

/** The agency network split for the map: what has a relation, and how many names have none. */
export interface AgencyFocus {
  /** Nodes with at least one relation drawn (PART_OF included, so a whole keeps its parts), and every edge. */
  related: GraphElements;
  /** Nodes no relation touches: on an archive most names are these, and drawn they would bury the rest. */
  unrelated: GraphElements['nodes'];
}

/**
 * Returns the network split into related and unrelated nodes. An edge counts only when both its ends
 * are in the network, since the map can draw no other.
 * @example splitByRelation(network).unrelated.length // the count the map's toggle shows
 */
export function splitByRelation(network: GraphElements): AgencyFocus {
  const ids = new Set(network.nodes.map((node) => node.id));
  const touched = new Set<string>();
  const edges = network.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target);
  for (const edge of edges) touched.add(edge.source).add(edge.target);
  return {
    related: { nodes: network.nodes.filter((node) => touched.has(node.id)), edges },
    unrelated: network.nodes.filter((node) => !touched.has(node.id)),
  };
}
