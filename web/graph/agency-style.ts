import type { StylesheetJson } from 'cytoscape';
import { RELATION_VISUALS } from './relation-types.ts';
import { readableEdgeFontSize } from './readable-labels.ts';
import { createStylesheet } from './style.ts';

/** Returns the agency map's stylesheet: the explorer's node look, relation colours, and PART_OF as boxes. */
export function createAgencyStylesheet(): StylesheetJson {
  return [
    ...createStylesheet(),
    { selector: 'edge', style: { width: 2.4, 'arrow-scale': 1, color: '#374151', 'min-zoomed-font-size': 7, 'font-size': readableEdgeFontSize(9) } },
    ...RELATION_VISUALS.map((visual) => ({
      selector: `edge[type = "${visual.type}"]`,
      style: { 'line-color': visual.colour, 'target-arrow-color': visual.colour, 'line-style': visual.line },
    })),
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-color': '#fdf3e1',
        'background-opacity': 0.7,
        'border-color': '#c89233',
        'border-style': 'dashed',
        'border-width': 1.5,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -3,
        'text-wrap': 'none',
        'font-weight': 'bold',
        color: '#6b4a12',
        padding: '18px',
      },
    },
    // the date filter and the "as of" slider hide what no article of their dates supports
    { selector: '.is-filtered-out', style: { display: 'none' } },
  ];
}
