import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { readableEdgeFontSize } from './readable-labels.ts';
import { createStylesheet } from './style.ts';

const QUOTE_COLOUR = '#c2578f';

/** Returns an edge's width in pixels for its quote count: grows with the square root, capped. */
export function findEdgeWidth(count: number): number {
  return Math.min(12, 1.5 + 2.2 * Math.sqrt(Math.max(0, count - 1)));
}

/** Returns the who-said-what stylesheet: the explorer's node look, edges as thick as their quote counts. */
export function createSaidAboutStylesheet(): StylesheetJson {
  return [
    ...createStylesheet(),
    {
      selector: 'edge',
      style: {
        width: (edge: EdgeSingular) => findEdgeWidth(Number(edge.data('count')) || 1),
        'line-color': '#e4a9c8',
        'target-arrow-color': QUOTE_COLOUR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        label: 'data(count)',
        'font-size': readableEdgeFontSize(10),
        'font-weight': 'bold',
        color: '#7a2e56',
        'text-rotation': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'loop-direction': '-45deg',
        'loop-sweep': '-60deg',
      },
    },
    { selector: 'edge:selected', style: { 'line-color': QUOTE_COLOUR, color: '#ffffff', 'text-background-color': QUOTE_COLOUR, 'z-index': 10 } },
    { selector: 'edge.is-faded, node.is-faded', style: { opacity: 0.25 } },
  ];
}
