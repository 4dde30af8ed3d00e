import { NODE_TABLES } from '../../../model/graph-model.ts';
import type { SchemaFacts } from './schema-facts.ts';
import { SUPPORTED_FUNCTIONS } from './supported-functions.ts';

/** One value of a schema listing: the few kinds Neo4j's listings hold. */
export type SchemaCell = string | number | boolean | null | string[];
export type SchemaRow = Record<string, SchemaCell>;

/** A procedure or SHOW command answered from the model: its columns as Neo4j names them, and its rows. */
export interface SchemaListing {
  /** The columns without YIELD (or with YIELD *, for a procedure). */
  columns: string[];
  /** The columns SHOW … YIELD * gives. */
  allColumns: string[];
  rows(facts: SchemaFacts, kind: string): SchemaRow[];
}

const list = (column: string, values: (facts: SchemaFacts) => string[]): SchemaListing => ({
  columns: [column],
  allColumns: [column],
  rows: (facts) => values(facts).map((value) => ({ [column]: value })),
});

/** The procedures of Neo4j's `db.` namespace that list the schema, by lower-case name. */
export const SCHEMA_PROCEDURES: Record<string, SchemaListing> = {
  'db.labels': list('label', (facts) => facts.labels),
  'db.relationshiptypes': list('relationshipType', (facts) => facts.relationshipTypes),
  'db.propertykeys': list('propertyKey', (facts) => facts.propertyKeys),
};

const INDEX_COLUMNS = ['id', 'name', 'state', 'populationPercent', 'type', 'entityType', 'labelsOrTypes', 'properties', 'indexProvider', 'owningConstraint', 'lastRead', 'readCount'];
const CONSTRAINT_COLUMNS = ['id', 'name', 'type', 'entityType', 'labelsOrTypes', 'properties', 'ownedIndex', 'propertyType'];

/**
 * The embedded store keys every node table on `id`, as the Neo4j store's `<Label>_id` uniqueness
 * constraints do: each is listed as that constraint and the range index it owns. The Neo4j store's
 * other indexes (names, search text) have no counterpart here, and are not listed.
 */
const indexes = (kind: string): SchemaRow[] =>
  ['', 'ALL', 'RANGE'].includes(kind)
    ? NODE_TABLES.map(({ label }, i) => ({
        id: i + 1,
        name: `${label}_id`,
        state: 'ONLINE',
        populationPercent: 100,
        type: 'RANGE',
        entityType: 'NODE',
        labelsOrTypes: [label],
        properties: ['id'],
        indexProvider: 'range-1.0',
        owningConstraint: `${label}_id`,
        lastRead: null,
        readCount: null,
      }))
    : [];

const constraints = (kind: string): SchemaRow[] =>
  ['', 'ALL', 'UNIQUE', 'UNIQUENESS', 'NODEUNIQUE', 'NODEUNIQUENESS'].includes(kind)
    ? NODE_TABLES.map(({ label }, i) => ({
        id: NODE_TABLES.length + i + 1,
        name: `${label}_id`,
        type: 'UNIQUENESS',
        entityType: 'NODE',
        labelsOrTypes: [label],
        properties: ['id'],
        ownedIndex: `${label}_id`,
        propertyType: null,
      }))
    : [];

/** SHOW commands answered from the model, by the word after SHOW. */
export const SHOW_COMMANDS: Record<string, SchemaListing> = {
  indexes: { columns: INDEX_COLUMNS, allColumns: INDEX_COLUMNS, rows: (_facts, kind) => indexes(kind) },
  constraints: { columns: CONSTRAINT_COLUMNS, allColumns: CONSTRAINT_COLUMNS, rows: (_facts, kind) => constraints(kind) },
  procedures: {
    columns: ['name', 'description', 'mode', 'worksOnSystem'],
    allColumns: ['name', 'description', 'mode', 'worksOnSystem'],
    rows: (_facts, kind) => kind === 'USERDEFINED' ? [] : [
      { name: 'db.labels', description: 'List all labels in the database.', mode: 'READ', worksOnSystem: true },
      { name: 'db.propertyKeys', description: 'List all property keys in the database.', mode: 'READ', worksOnSystem: true },
      { name: 'db.relationshipTypes', description: 'List all relationship types in the database.', mode: 'READ', worksOnSystem: true },
      { name: 'db.schema.visualization', description: 'Visualizes the schema of the data.', mode: 'READ', worksOnSystem: false },
    ],
  },
  functions: {
    columns: ['name', 'category', 'description'],
    allColumns: ['name', 'category', 'description'],
    rows: (_facts, kind) => (kind === 'USERDEFINED' ? [] : SUPPORTED_FUNCTIONS).map(([name, category, description]) => ({ name, category, description })),
  },
};
