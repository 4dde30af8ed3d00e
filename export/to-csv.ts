import type { GraphElements } from '../store/graph-store.ts';
import { toText } from './to-graphml.ts';

/**
 * Two CSV files in neo4j-admin import's header format (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, lists with `[]` and "|"), which spreadsheets and Gephi read as plain tables too.
 */
export function toCsv(graph: GraphElements): { nodes: string; relationships: string } {
  const nodeKeys = keysOf(graph.nodes.map((node) => node.properties)).filter((key) => key !== 'id' && key !== 'name');
  const edgeKeys = keysOf(graph.edges.map((edge) => edge.properties));
  const nodes = [
    ['id:ID', 'name', ...nodeKeys.map((key) => headerOf(key, graph.nodes.map((node) => node.properties[key]))), ':LABEL'],
    ...graph.nodes.map((node) => [node.id, node.name, ...nodeKeys.map((key) => cell(node.properties[key])), node.label]),
  ];
  const relationships = [
    [':START_ID', ':END_ID', ':TYPE', ...edgeKeys.map((key) => headerOf(key, graph.edges.map((edge) => edge.properties[key])))],
    ...graph.edges.map((edge) => [edge.source, edge.target, edge.type, ...edgeKeys.map((key) => cell(edge.properties[key]))]),
  ];
  return { nodes: toLines(nodes), relationships: toLines(relationships) };
}

function keysOf(rows: Record<string, unknown>[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))].sort();
}

function headerOf(key: string, values: unknown[]): string {
  const present = values.filter((value) => value !== undefined && value !== null);
  if (present.some(Array.isArray)) return `${key}:string[]`;
  if (present.length > 0 && present.every((value) => Number.isInteger(value))) return `${key}:long`;
  return key;
}

function cell(value: unknown): string {
  return value === undefined || value === null ? '' : toText(value);
}

function toLines(rows: string[][]): string {
  return rows.map((row) => row.map(quoteCsv).join(',')).join('\n') + '\n';
}

function quoteCsv(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
