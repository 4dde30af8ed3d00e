import type { GraphElements } from '../store/graph-store.ts';

/** Cytoscape.js / Cytoscape desktop JSON: `{elements: {nodes: [{data}], edges: [{data}]}}`. */
export function toCytoscapeJson(graph: GraphElements): string {
  const nodes = graph.nodes.map((node) => ({ data: { ...node.properties, id: node.id, label: node.label, name: node.name } }));
  const edges = graph.edges.map((edge) => ({
    data: { ...edge.properties, id: edge.id, source: edge.source, target: edge.target, type: edge.type },
  }));
  return JSON.stringify({ format_version: '1.0', generated_by: 'news-graph', elements: { nodes, edges } }, null, 2) + '\n';
}
