import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { NODE_TYPE_VISUALS } from './node-types.ts';

const MIN_NODE_SIZE = 22;
const MAX_NODE_SIZE = 70;

/** Returns a node's diameter in pixels: grows with the square root of its mentions, capped. */
export function findNodeSize(mentions: number): number {
  const size = MIN_NODE_SIZE + 7 * Math.sqrt(Math.max(0, mentions));
  return Math.round(Math.min(MAX_NODE_SIZE, size));
}

const sizeOf = (node: NodeSingular): number => findNodeSize(Number(node.data('mentions')) || 0);
/** Above every drawing order by mentions: the node being read. */
const FRONT = 100_000;
// the more mentioned node is drawn over the less, so a label that label-collisions.ts lets cross a minor node stays on top
const drawingOrder = (node: NodeSingular): number => Math.min(FRONT - 1, Math.round(Number(node.data('mentions')) || 0));

/** From this zoom on, nodes carry their full names: there is room, and the reader has come close to read. */
export const FULL_LABEL_ZOOM = 1.6;
const labelOf = (node: NodeSingular): string =>
  node.cy().zoom() >= FULL_LABEL_ZOOM ? String(node.data('name') ?? '') : String(node.data('short') ?? node.data('name') ?? '');

const LABEL_FONT_SIZE = 12;
const MIN_LABEL_SCREEN_PX = 9;
const LABEL_MAX_WIDTH = 140;
const MIN_LABEL_SCREEN_WIDTH = 80;

// Zoomed out, labels keep a readable size on screen instead of shrinking with the graph;
// the view re-applies the style on zoom so these are evaluated again.
const labelFontSize = (node: NodeSingular): number => Math.max(LABEL_FONT_SIZE, MIN_LABEL_SCREEN_PX / node.cy().zoom());
const labelMaxWidth = (node: NodeSingular): string => {
  const zoom = node.cy().zoom();
  const onScreen = Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MAX_WIDTH * zoom, MIN_LABEL_SCREEN_WIDTH));
  return `${Math.round(onScreen / zoom)}px`;
};

/** Returns the explorer's stylesheet: colour and shape per type, size by mentions, edge labels. */
export function createStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: sizeOf,
        height: sizeOf,
        'background-color': '#9ca3af',
        'border-width': 1.5,
        'border-color': '#6b7280',
        label: labelOf,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': labelFontSize,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': labelMaxWidth,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 5,
        'overlay-opacity': 0,
        'z-index': drawingOrder,
      },
    },
    ...NODE_TYPE_VISUALS.map((visual) => ({
      selector: `node[type = "${visual.label}"]`,
      style: { 'background-color': visual.colour, 'border-color': visual.border, shape: visual.shape },
    })),
    { selector: 'node[type = "Quote"]', style: { 'font-style': 'italic' } },
    {
      selector: 'node[type = "More"]',
      style: { shape: 'round-rectangle', width: 74, height: 26, 'background-color': '#f3f4f6', 'border-style': 'dashed', 'border-color': '#6b7280', 'text-valign': 'center', 'text-margin-y': 0, 'font-weight': 'bold', color: '#374151' },
    },
    { selector: 'edge[type = "More"]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', label: '' } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#c3cad5',
        'target-arrow-color': '#c3cad5',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(caption)',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 8,
        color: '#6b7280',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 9,
      },
    },
    {
      selector: 'edge[type = "SAID"], edge[type = "SAID_ABOUT"]',
      style: { 'line-color': '#e4a9c8', 'target-arrow-color': '#e4a9c8' },
    },
    { selector: 'edge[type = "ABOUT"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 3] } },
    {
      selector: 'edge.is-near-selection',
      style: { 'line-color': '#475569', 'target-arrow-color': '#475569', width: 2.2, color: '#1f2937', 'min-zoomed-font-size': 0 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': FRONT } },
    {
      selector: 'node.is-found',
      style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.6, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    { selector: 'edge.is-unlabelled', style: { label: '' } },
    // avoid-label-collisions.ts hides labels that would overlap; hovering or selecting a node shows its full name
    { selector: 'node.is-label-hidden', style: { label: '' } },
    { selector: 'node.is-hovered, node:selected', style: { label: 'data(name)', 'z-index': FRONT, 'text-max-width': '320px' } },
    { selector: 'node.is-pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#111827' } },
    { selector: '.is-type-hidden, .is-user-hidden, .is-filtered-out, .is-unsure', style: { display: 'none' } },
  ];
}
