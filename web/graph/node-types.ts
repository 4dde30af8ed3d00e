import type { Css } from 'cytoscape';

/** How one node label is drawn: the legend, the filter and the stylesheet all read this table. */
export interface NodeTypeVisual {
  label: string;
  colour: string;
  /** Darker shade of the colour, for borders. */
  border: string;
  shape: Css.NodeShape;
  /** Plural for the filter and the status line. */
  plural: string;
}

/** Colour and shape per node label, so the graph reads without colour vision too. */
export const NODE_TYPE_VISUALS = [
  { label: 'Person', colour: '#3b7dd8', border: '#24528f', shape: 'ellipse', plural: 'People' },
  { label: 'Agency', colour: '#e39a1c', border: '#9a6410', shape: 'hexagon', plural: 'Agencies' },
  { label: 'Organization', colour: '#8a5cd6', border: '#5a3594', shape: 'round-rectangle', plural: 'Organizations' },
  { label: 'Place', colour: '#1f9e74', border: '#12664a', shape: 'diamond', plural: 'Places' },
  { label: 'Event', colour: '#d9534f', border: '#93302d', shape: 'triangle', plural: 'Events' },
  { label: 'Document', colour: '#7b8794', border: '#4b5563', shape: 'rectangle', plural: 'Documents' },
  { label: 'Quote', colour: '#d477a8', border: '#94466f', shape: 'tag', plural: 'Quotes' },
] as const satisfies readonly NodeTypeVisual[];

/** The node labels that are entities, with a detail page in the API. */
export const ENTITY_LABELS: readonly string[] = ['Person', 'Agency', 'Organization', 'Place', 'Event'];

const FALLBACK_VISUAL: NodeTypeVisual = {
  label: 'Other',
  colour: '#9ca3af',
  border: '#6b7280',
  shape: 'ellipse',
  plural: 'Other',
};

/** Returns how a node label is drawn; unknown labels get a neutral grey circle. */
export function findNodeTypeVisual(label: string): NodeTypeVisual {
  return NODE_TYPE_VISUALS.find((visual) => visual.label === label) ?? FALLBACK_VISUAL;
}

/** True for labels the API can describe with /api/entities/:id. */
export function isEntityLabel(label: string): boolean {
  return ENTITY_LABELS.includes(label);
}
