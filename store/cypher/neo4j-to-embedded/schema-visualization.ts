import type { QueryResult } from '../../../contract/cypher.ts';
import type { SchemaFacts } from './schema-facts.ts';
import { childNamed, childrenNamed, descendantsNamed, textOf, type ParsedCypher } from './syntax-tree.ts';
import { isVisualizationAlone, procedureNameOf } from './rewrite-schema-calls.ts';

/** The columns `CALL db.schema.visualization()` answers with, when it is the whole query; null otherwise. */
export function findVisualizationColumns(parsed: ParsedCypher): string[] | null {
  const [call, other] = descendantsNamed(parsed, parsed.tree, 'callClause');
  if (!call || other || procedureNameOf(call, { parsed }) !== 'db.schema.visualization' || !isVisualizationAlone(call, { parsed })) return null;
  const items = childrenNamed(parsed, call, 'procedureResultItem').map((item) => textOf(parsed, childNamed(parsed, item, 'variable')!));
  return items.length > 0 ? items : ['nodes', 'relationships'];
}

/** True when the query calls a procedure whose rows depend on the data: the adapter reads the facts first. */
export function usesSchemaFacts(parsed: ParsedCypher): boolean {
  return descendantsNamed(parsed, parsed.tree, 'callClause').some((call) => procedureNameOf(call, { parsed }).startsWith('db.'));
}

/**
 * Neo4j's schema graph: a node per label and a relationship per type and pair of labels it joins, as
 * the console draws any answer. Their ids are made up, as Neo4j's are (negative numbers there).
 */
export function toSchemaVisualization(facts: SchemaFacts, columns: string[]): QueryResult {
  const nodeId = (label: string) => `schema:${label}`;
  const nodes = facts.labels.map((label) => ({ id: nodeId(label), labels: [label], properties: { name: label } }));
  const relationships = facts.patterns.map(({ from, type, to }) => ({
    id: `schema:${from}-${type}->${to}`,
    type,
    start: nodeId(from),
    end: nodeId(to),
    properties: { name: type },
  }));
  const known = new Set(facts.labels);
  const drawn = relationships.filter((rel) => known.has(rel.start.slice(7)) && known.has(rel.end.slice(7)));
  const values: Record<string, unknown> = { nodes, relationships: drawn };
  return {
    columns,
    rows: [Object.fromEntries(columns.map((column) => [column, values[column] ?? null]))],
    graph: {
      nodes: nodes.map((node) => ({ id: node.id, label: node.labels[0]!, name: node.properties.name, properties: node.properties })),
      edges: drawn.map((rel) => ({ id: rel.id, type: rel.type, source: rel.start, target: rel.end, properties: rel.properties })),
    },
    truncated: false,
  };
}
