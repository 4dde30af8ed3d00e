import { CypherQueryError } from '../../model/errors.ts';
import { EDGE_TYPES, NODE_TABLES, REL_TABLES } from '../../model/graph-model.ts';

/** The schema procedures Neo4j Browser users type first, with the one column each yields. */
const PROCEDURES: Record<string, { column: string; values: () => string[] }> = {
  labels: { column: 'label', values: () => NODE_TABLES.map((table) => table.label) },
  relationshipTypes: { column: 'relationshipType', values: () => [...EDGE_TYPES] },
  propertyKeys: {
    column: 'propertyKey',
    values: () => [...new Set([...NODE_TABLES, ...REL_TABLES].flatMap((table) => Object.keys(table.properties)))].sort(),
  },
};

// "CALL db.labels()", "CALL db.labels() YIELD label AS l WHERE … RETURN …": the procedure opens the query.
const CALL = /^\s*CALL\s+db\s*\.\s*(\w+)\s*\(\s*\)\s*(?:YIELD\s+(\w+)(?:\s+AS\s+(\w+))?)?([\s\S]*)$/i;

/**
 * A query that opens with `CALL db.labels()`, `db.relationshipTypes()` or `db.propertyKeys()`,
 * said as an UNWIND of the graph model's names, so the rest of the query (WHERE, RETURN, ORDER BY)
 * runs as written on a store that has no such procedures; any other query is returned unchanged.
 * The answers come from the model: every label and type the graph can hold, as Neo4j lists those of its schema.
 * @example answerSchemaProcedures('CALL db.labels()') // "UNWIND ['Document', …] AS label RETURN label"
 */
export function answerSchemaProcedures(query: string): string {
  const match = CALL.exec(query);
  if (!match) return query;
  const [, name = '', yielded, alias, rest = ''] = match;
  const procedure = PROCEDURES[name];
  if (!procedure) return query;
  if (yielded && yielded !== procedure.column) {
    throw new CypherQueryError(`db.${name}() yields one column, ${procedure.column}, not ${yielded}: write YIELD ${procedure.column}.`);
  }
  const variable = alias ?? procedure.column;
  const list = `[${procedure.values().map((value) => `'${value}'`).join(', ')}]`;
  const tail = rest.trim().replace(/;$/, '');
  if (tail === '') return `UNWIND ${list} AS ${variable} RETURN ${variable}`;
  if (!yielded) {
    throw new CypherQueryError(`A query that goes on after CALL db.${name}() names what it uses: write CALL db.${name}() YIELD ${procedure.column} before the rest.`);
  }
  // "YIELD label WHERE …" filters the yielded rows; the query returns them unless it says otherwise.
  const filtered = /^WHERE\b/i.test(tail) ? `WITH ${variable} ${tail}` : tail;
  return `UNWIND ${list} AS ${variable} ${filtered}${/\bRETURN\b/i.test(tail) ? '' : ` RETURN ${variable}`}`;
}

/** Neo4j 5's columns for SHOW CONSTRAINTS and SHOW INDEXES, in its order. */
const CONSTRAINT_COLUMNS = ['id', 'name', 'type', 'entityType', 'labelsOrTypes', 'properties', 'ownedIndex', 'propertyType'];
const INDEX_COLUMNS = ['id', 'name', 'state', 'populationPercent', 'type', 'entityType', 'labelsOrTypes', 'properties', 'indexProvider', 'owningConstraint'];

/** A listing answered without the engine: its columns and rows. */
export interface SchemaListing {
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * `SHOW CONSTRAINTS` and `SHOW INDEXES` (alone; not with WHERE or YIELD), answered from the model:
 * every node label's `id` is its key, unique and indexed, as the store creates it. Null for any other query.
 */
export function answerShowCommand(query: string): SchemaListing | null {
  const match = /^\s*SHOW\s+(?:ALL\s+)?(CONSTRAINTS|INDEXES)\s*;?\s*$/i.exec(query);
  if (!match) return null;
  const keyed = NODE_TABLES.map((table, i) => ({ id: i + 1, label: table.label, name: `${table.label.toLowerCase()}_id` }));
  if (match[1]!.toUpperCase() === 'CONSTRAINTS') {
    return {
      columns: CONSTRAINT_COLUMNS,
      rows: keyed.map(({ id, label, name }) => ({
        id, name, type: 'NODE_KEY', entityType: 'NODE', labelsOrTypes: [label], properties: ['id'], ownedIndex: name, propertyType: null,
      })),
    };
  }
  return {
    columns: INDEX_COLUMNS,
    rows: keyed.map(({ id, label, name }) => ({
      id, name, state: 'ONLINE', populationPercent: 100, type: 'RANGE', entityType: 'NODE', labelsOrTypes: [label], properties: ['id'],
      indexProvider: 'range-1.0', owningConstraint: name,
    })),
  };
}
