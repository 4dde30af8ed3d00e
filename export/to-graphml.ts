import type { GraphElements } from '../store/graph-store.ts';

/** GraphML for Gephi and Cytoscape desktop: one key per property, lists joined with "|". */
export function toGraphMl(graph: GraphElements): string {
  const nodeKeys = collectKeys(graph.nodes.map((node) => ({ label: node.label, name: node.name, ...node.properties })));
  const edgeKeys = collectKeys(graph.edges.map((edge) => ({ type: edge.type, ...edge.properties })));
  const keys = [
    ...nodeKeys.map((key) => `  <key id="n_${escapeXml(key)}" for="node" attr.name="${escapeXml(key)}" attr.type="string"/>`),
    ...edgeKeys.map((key) => `  <key id="e_${escapeXml(key)}" for="edge" attr.name="${escapeXml(key)}" attr.type="string"/>`),
  ];
  const nodes = graph.nodes.map((node) => {
    const data = dataElements('n', nodeKeys, { label: node.label, name: node.name, ...node.properties });
    return `    <node id="${escapeXml(node.id)}">${data}</node>`;
  });
  const edges = graph.edges.map((edge) => {
    const data = dataElements('e', edgeKeys, { type: edge.type, ...edge.properties });
    return `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data}</edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="news-graph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function collectKeys(rows: Record<string, unknown>[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))].sort();
}

function dataElements(prefix: string, keys: string[], values: Record<string, unknown>): string {
  return keys
    .filter((key) => values[key] !== undefined && values[key] !== null)
    .map((key) => `<data key="${prefix}_${escapeXml(key)}">${escapeXml(toText(values[key]))}</data>`)
    .join('');
}

/** Lists as "a|b", the separator neo4j-admin import and most tools accept. */
export function toText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('|');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
