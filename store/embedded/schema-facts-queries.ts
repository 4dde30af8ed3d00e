import { NODE_TABLES, REL_TABLES, quoteName, type NodeTable, type RelTable } from '../../model/graph-model.ts';
import type { SchemaFacts, SchemaPattern } from '../cypher/neo4j-to-embedded/schema-facts.ts';
import type { Row, RunRead } from '../graph-reads.ts';

/** Per node table (its keys prefixed: the app's row values drop keys starting with `_`): how many nodes, and how many hold each property (count() skips nulls). */
const toNodeCountsQuery = (table: NodeTable) =>
  `MATCH (n:${table.label}) RETURN count(*) AS rowCount, ${Object.keys(table.properties).map((key) => `count(n.${key}) AS p_${key}`).join(', ')}`;

/** Per relationship table and pair of labels it joins: how many relationships, and how many hold each property. */
const toRelCountsQuery = (table: RelTable) =>
  `MATCH (a)-[r:${quoteName(table.type)}]->(b) RETURN label(a) AS fromLabel, label(b) AS toLabel, count(*) AS rowCount` +
  Object.keys(table.properties).map((key) => `, count(r.${key}) AS p_${key}`).join('');

const heldKeys = (row: Row, table: NodeTable | RelTable) => Object.keys(table.properties).filter((key) => Number(row[`p_${key}`]) > 0);

/**
 * The labels and relationship types that hold data, the property keys that hold a value, and the
 * label pairs each type joins: what Neo4j's db.labels(), db.relationshipTypes(), db.propertyKeys()
 * and db.schema.visualization() report. One scan of each table.
 */
export async function readSchemaFacts(run: RunRead): Promise<SchemaFacts> {
  const labels: string[] = [];
  const keys = new Set<string>();
  for (const table of NODE_TABLES) {
    const [row] = await run(toNodeCountsQuery(table));
    if (!row || Number(row.rowCount) === 0) continue;
    labels.push(table.label);
    heldKeys(row, table).forEach((key) => keys.add(key));
  }
  const relationshipTypes: string[] = [];
  const patterns: SchemaPattern[] = [];
  for (const table of REL_TABLES) {
    const rows = await run(toRelCountsQuery(table));
    if (rows.length === 0) continue;
    relationshipTypes.push(table.type);
    for (const row of rows) {
      patterns.push({ from: String(row.fromLabel), type: table.type, to: String(row.toLabel) });
      heldKeys(row, table).forEach((key) => keys.add(key));
    }
  }
  return { labels, relationshipTypes, propertyKeys: [...keys], patterns };
}
