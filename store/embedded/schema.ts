import { CORRECTION_TABLE, NODE_TABLES, REL_TABLES, quoteName, type NodeTable, type RelTable } from '../../model/graph-model.ts';

/** The embedded store's DDL for the graph model: node tables keyed on `id`, relationship tables with their label pairs. */
export function toEmbeddedSchema(): string[] {
  const nodes = [...NODE_TABLES, CORRECTION_TABLE].map((table) => {
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

/** The columns the model gives a node table that the stored table, written by an earlier version, lacks, as statements adding them. */
export function toMissingColumns(table: NodeTable | RelTable, storedColumns: readonly string[]): string[] {
  const name = 'label' in table ? table.label : quoteName(table.type);
  return Object.entries(table.properties)
    .filter(([column]) => !storedColumns.includes(column))
    .map(([column, type]) => `ALTER TABLE ${name} ADD ${column} ${type}`);
}
