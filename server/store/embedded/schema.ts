import { NODE_TABLES, REL_TABLES, quoteName } from '../cypher/graph-schema.ts';

/** The embedded store's DDL for the graph model: node tables keyed on `id`, relationship tables with their label pairs. */
export function toEmbeddedSchema(): string[] {
  const nodes = NODE_TABLES.map((table) => {
    const columns = Object.entries(table.properties).map(([name, type]) => `${name} ${type}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${table.label}(${columns.join(', ')}, PRIMARY KEY(id))`;
  });
  const rels = REL_TABLES.map((table) => {
    const pairs = table.pairs.map(([from, to]) => `FROM ${from} TO ${to}`);
    const columns = Object.entries(table.properties).map(([name, type]) => `${name} ${type}`);
    return `CREATE REL TABLE IF NOT EXISTS ${quoteName(table.type)}(${[...pairs, ...columns].join(', ')})`;
  });
  return [...nodes, ...rels];
}

/** The columns the model has that a table stored by an earlier version lacks, as statements adding them. */
export function toMissingColumns(label: string, storedColumns: readonly string[]): string[] {
  const table = NODE_TABLES.find((candidate) => candidate.label === label);
  if (!table) return [];
  return Object.entries(table.properties)
    .filter(([name]) => !storedColumns.includes(name))
    .map(([name, type]) => `ALTER TABLE ${label} ADD ${name} ${type}`);
}

/** The node tables of the model, by label. */
export const NODE_LABELS: readonly string[] = NODE_TABLES.map((table) => table.label);
