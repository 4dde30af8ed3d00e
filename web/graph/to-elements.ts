import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphElements, GraphNode } from '../../contract/graph.ts';
import { shortenLabel } from './short-labels.ts';

/** The data every drawn node carries; the stylesheet and the panels read these keys. */
export interface NodeData {
  id: string;
  name: string;
  /** The name shortened for drawing (`shortenLabel`); the full name shows on hover, selection and close zoom. */
  short: string;
  /** The API label: Person, Agency, Organization, Place, Event, Document or Quote. */
  type: string;
  mentions: number;
  properties: Record<string, unknown>;
}

/** The data every drawn edge carries. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The type made readable for the edge label: `SPOKESPERSON_FOR` → `spokesperson for`, `OPPOSES` ×3 → `opposes ×3`. */
  caption: string;
  properties: Record<string, unknown>;
}

/** Options for toElements. */
export interface ToElementsOptions {
  /** Nodes already drawn, so that an edge to one of them is kept when merging. */
  isDrawn?: (nodeId: string) => boolean;
}

/**
 * Returns Cytoscape element definitions for API graph elements: nodes first, each id once, and
 * never an edge whose source or target is missing (Cytoscape would throw on it).
 * @example cy.add(toElements(await api.getOverview()))
 */
export function toElements(graph: GraphElements, options: ToElementsOptions = {}): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  for (const node of graph.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, { group: 'nodes', data: toNodeData(node) });
  }
  const hasEnd = (id: string): boolean => nodes.has(id) || (options.isDrawn?.(id) ?? false);
  const edges = new Map<string, ElementDefinition>();
  for (const edge of graph.edges) {
    // an id shared with a node would make Cytoscape reject the whole batch
    if (edges.has(edge.id) || nodes.has(edge.id)) continue;
    if (!hasEnd(edge.source) || !hasEnd(edge.target)) continue;
    edges.set(edge.id, { group: 'edges', data: toEdgeData(edge) });
  }
  return [...nodes.values(), ...edges.values()];
}

function toNodeData(node: GraphNode): NodeData {
  return {
    id: node.id,
    name: node.name || node.id,
    short: shortenLabel(node.name || node.id, readAliases(node.properties)),
    type: node.label,
    mentions: readMentions(node.properties),
    properties: node.properties,
  };
}

function toEdgeData(edge: GraphEdge): EdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    caption: toCaption(edge),
    properties: edge.properties,
  };
}

/** The type in words, with how many edges it stands for when a neighbourhood drew several as one. */
function toCaption(edge: GraphEdge): string {
  const words = edge.type.toLowerCase().replaceAll('_', ' ');
  const count = edge.properties['count'];
  return typeof count === 'number' && count > 1 ? `${words} ×${count}` : words;
}

// stores give a count; an extraction-shaped node may still carry its list of spans
function readMentions(properties: Record<string, unknown>): number {
  const mentions = properties['mentions'];
  if (typeof mentions === 'number' && Number.isFinite(mentions)) return Math.max(0, mentions);
  if (Array.isArray(mentions)) return mentions.length;
  return 0;
}

function readAliases(properties: Record<string, unknown>): string[] {
  const aliases = properties['aliases'];
  return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
}
