import type { GraphElements, GraphStore } from '../store/graph-store.ts';

/** Properties left out of exports: the article text and the search helper are bulk, not data. */
const OMITTED = new Set(['text', 'searchText']);

const WHOLE_GRAPH = ['MATCH (n) RETURN n', 'MATCH (a)-[r]->(b) RETURN a, r, b'];

/** The whole graph, or the nodes and edges a read query returns, without row or time limits. */
export async function readGraphForExport(store: GraphStore, query?: string): Promise<GraphElements> {
  const nodes = new Map<string, GraphElements['nodes'][number]>();
  const edges = new Map<string, GraphElements['edges'][number]>();
  for (const each of query ? [query] : WHOLE_GRAPH) {
    const result = await store.runReadQuery(each, { rowLimit: Number.MAX_SAFE_INTEGER, timeoutMs: 600_000 });
    for (const node of result.graph.nodes) nodes.set(node.id, { ...node, properties: withoutBulk(node.properties) });
    for (const edge of result.graph.edges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function withoutBulk(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !OMITTED.has(key)));
}
