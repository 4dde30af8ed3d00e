import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { loadStoreConfig } from '../store/store-config.ts';
import { readGraphForExport } from '../export/read-graph.ts';
import { toCsv } from '../export/to-csv.ts';
import { toCytoscapeJson } from '../export/to-cytoscape-json.ts';
import { toGraphMl } from '../export/to-graphml.ts';
import { createGraphStore } from '../store/create-graph-store.ts';

interface ExportOptions {
  format: 'graphml' | 'csv' | 'cytoscape-json';
  out: string;
  query?: string;
}

/**
 * `npm run export -- --format graphml|csv|cytoscape-json --out <path> [--query <cypher>]`: the whole
 * graph, or a read query's result, for Gephi, Cytoscape desktop or neo4j-admin import (csv: a folder).
 */
async function main(): Promise<void> {
  const options = new Command()
    .name('export')
    .addOption(new Option('--format <format>', 'output format').choices(['graphml', 'csv', 'cytoscape-json']).makeOptionMandatory())
    .requiredOption('--out <path>', 'file to write; a folder for csv (nodes.csv and relationships.csv)')
    .option('--query <cypher>', 'export only the nodes and relationships this read query returns')
    .parse()
    .opts<ExportOptions>();
  const store = await createGraphStore(loadStoreConfig());
  try {
    const graph = await readGraphForExport(store, options.query);
    if (options.format === 'csv') {
      const csv = toCsv(graph);
      await mkdir(options.out, { recursive: true });
      await writeFile(join(options.out, 'nodes.csv'), csv.nodes);
      await writeFile(join(options.out, 'relationships.csv'), csv.relationships);
    } else {
      await writeFile(options.out, options.format === 'graphml' ? toGraphMl(graph) : toCytoscapeJson(graph));
    }
    console.log(`Exported ${graph.nodes.length} nodes and ${graph.edges.length} relationships to ${options.out} (${options.format}).`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
