import type { GraphWrite } from '../model/graph-rows.ts';
import { AppError } from '../model/errors.ts';
import { NODE_TABLES, REL_TABLES, type NodeTable } from '../model/graph-model.ts';

type PropertyTypes = NodeTable['properties'];
type PropertyType = PropertyTypes[string];

const HAS_TYPE: Record<PropertyType, (value: unknown) => boolean> = {
  STRING: (value) => typeof value === 'string',
  'STRING[]': (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  INT64: (value) => Number.isSafeInteger(value),
  'INT64[]': (value) => Array.isArray(value) && value.every((item) => Number.isSafeInteger(item)),
  DOUBLE: (value) => typeof value === 'number' && Number.isFinite(value),
};

/**
 * Throws unless every value of one article's write has the type the graph model gives its property.
 * Neo4j Community cannot enforce them (property type constraints are Enterprise-only), and the
 * embedded store can crash the process on a list parameter whose rows mix types: so both check first.
 */
export function assertGraphWriteTypes(write: GraphWrite): void {
  for (const row of write.documents) assertRow('Document', row, nodeProperties('Document'));
  for (const [label, rows] of Object.entries(write.entities)) {
    for (const row of rows) assertRow(label, row, nodeProperties(label));
  }
  for (const row of write.quotes) assertRow('Quote', row, nodeProperties('Quote'));
  for (const batch of write.edges) {
    const properties = REL_TABLES.find((table) => table.type === batch.type)?.properties ?? {};
    for (const row of batch.rows) assertRow(batch.type, row, properties);
  }
}

function nodeProperties(label: string): PropertyTypes {
  return NODE_TABLES.find((table) => table.label === label)?.properties ?? {};
}

function assertRow(owner: string, row: object, properties: PropertyTypes): void {
  for (const [name, type] of Object.entries(properties)) {
    const value: unknown = (row as Record<string, unknown>)[name];
    if (value === null || value === undefined || HAS_TYPE[type](value)) continue;
    throw new AppError(
      'GRAPH_WRITE_INVALID',
      `Cannot write ${owner}.${name} = ${JSON.stringify(value)}: the graph model stores ${type} there. ` +
        'Nothing of this article was written; the extraction that produced the value needs fixing.',
      500,
    );
  }
}
