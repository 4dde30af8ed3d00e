import { CypherQueryError } from '../../model/errors.ts';
import { formatJavaDouble } from '../cypher/neo4j-to-embedded/neo4j-literals.ts';

/** A DATE value as Neo4j's driver writes it, `2026-10-01`: the engine hands it over as a Date at UTC midnight, read as an ISO instant. */
export function toNeo4jDate(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value;
}

/**
 * Neo4j's toString() of a value the engine answered with its column's type: `2.0` for a float,
 * `1.0E7` past seven digits, `true`, `2026-10-01`. Neo4j refuses lists, maps, nodes: so does this.
 */
export function toNeo4jText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'DOUBLE' || type === 'FLOAT') return formatJavaDouble(Number(value));
  if (/^(U?INT(8|16|32|64|128)|SERIAL)$/.test(type)) return String(value);
  if (type === 'BOOL' || type === 'STRING') return String(value);
  if (type === 'DATE') return String(toNeo4jDate(value));
  throw new CypherQueryError(`toString() of a ${type.toLowerCase()} value: Neo4j converts only strings, numbers, booleans and dates. Return the value itself.`, 'CYPHER_INVALID');
}
