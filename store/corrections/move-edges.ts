import { ENTITY_TYPES, REL_TABLES, RELATION_EDGE_TYPES, isAllowedEdge, quoteName, type EntityType, type NodeLabel, type RelTable } from '../../model/graph-model.ts';
import type { Statement } from '../cypher/write-queries.ts';

const isEntity = (label: NodeLabel): label is EntityType => (ENTITY_TYPES as readonly string[]).includes(label);

/** Edges whose count and spans add up when two of them join the same nodes, instead of lying side by side. */
const SUMMED: Record<string, string> = {
  MENTIONS: '{count: s.count + r.count, spans: s.spans + r.spans}',
  SAID_ABOUT: '{count: s.count + r.count, direct: s.direct + r.direct, indirect: s.indirect + r.indirect}',
};

/** A relation read from several articles is several edges, one per evidence; other edges join two nodes once. */
const KEEPS_EVERY_EDGE = (type: string) => RELATION_EDGE_TYPES.includes(type as never) || type === 'SAID';

function propertyMap(table: RelTable): string {
  return `{${Object.keys(table.properties).map((name) => `${name}: r.${name}`).join(', ')}}`;
}

/**
 * The statements that move every edge of entity `$from` (label `from`) onto entity `$to` (label `to`):
 * mentions, quotes said and about, summaries, relations, events. An edge the model does not allow on the
 * new label is left behind, and goes when the caller deletes `$from`; so does one that would join `$to`
 * to itself. Labels come from the model, never from input.
 */
export function toMoveEdgeStatements(from: EntityType, to: EntityType, params: { from: string; to: string }): Statement[] {
  const statements: string[] = [];
  for (const table of REL_TABLES) {
    const type = quoteName(table.type);
    const props = propertyMap(table);
    for (const [start, end] of table.pairs) {
      if (start === from && isAllowedEdge(table.type, to, end)) {
        const other = `(o:${end})`;
        statements.push(...moveOne(table, `(x:${from} {id: $from})-[r:${type}]->${other}`, `(t)-[s:${type}]->(o)`, `(t)-[:${type} ${props}]->(o)`, `(t:${to} {id: $to})`, isEntity(end)));
      }
      if (end === from && isAllowedEdge(table.type, start, to)) {
        statements.push(...moveOne(table, `(o:${start})-[r:${type}]->(x:${from} {id: $from})`, `(o)-[s:${type}]->(t)`, `(o)-[:${type} ${props}]->(t)`, `(t:${to} {id: $to})`, isEntity(start)));
      }
    }
  }
  return statements.map((query) => ({ query, params }));

  function moveOne(table: RelTable, old: string, existing: string, created: string, target: string, otherIsEntity: boolean): string[] {
    // an edge between two of the merged entities would join the target to itself
    const notSelf = otherIsEntity ? ['o.id <> $to'] : [];
    const summed = SUMMED[table.type];
    if (summed) {
      // the sum is a new edge in place of both, not a SET on the one there: the embedded store, recovering
      // from a kill after the commit, lost an edge SET in the statement that deletes another of its table
      // (kuzu 0.11.3: MATCH …-[r]->…, …-[s]->… SET s.count = s.count + r.count DELETE r, then SIGKILL, reopen)
      return [
        `MATCH ${old}, ${target}${where(notSelf)} MATCH ${existing} CREATE ${created.replace(propertyMap(table), summed)} DELETE r, s`,
        `MATCH ${old}, ${target}${where(notSelf)} CREATE ${created} DELETE r`,
      ];
    }
    const once = KEEPS_EVERY_EDGE(table.type) ? [] : [`NOT EXISTS { MATCH ${existing.replace('[s:', '[:')} }`];
    return [`MATCH ${old}, ${target}${where([...notSelf, ...once])} CREATE ${created} DELETE r`];
  }
}

function where(conditions: string[]): string {
  return conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
}
