import { NODE_TABLES, REL_TABLES } from '../../../model/graph-model.ts';

/** A relationship type between two labels, as the data holds it. */
export interface SchemaPattern {
  from: string;
  type: string;
  to: string;
}

/** What Neo4j's schema procedures report, read from a store: the labels, types and keys in use. */
export interface SchemaFacts {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  patterns: SchemaPattern[];
}

/**
 * Everything the model allows, for a check of the query's text: the verdict of a schema procedure
 * does not depend on which labels hold nodes, only its rows do.
 */
export function toModelSchemaFacts(): SchemaFacts {
  const keys = new Set([...NODE_TABLES, ...REL_TABLES].flatMap((table) => Object.keys(table.properties)));
  return {
    labels: NODE_TABLES.map((table) => table.label),
    relationshipTypes: REL_TABLES.map((table) => table.type),
    propertyKeys: [...keys],
    patterns: REL_TABLES.flatMap((table) => table.pairs.map(([from, to]) => ({ from, type: table.type, to }))),
  };
}
