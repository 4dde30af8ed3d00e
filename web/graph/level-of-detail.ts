import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { LABEL_HIDDEN_CLASS } from './avoid-label-collisions.ts';
import { NAMED_CLASS, NAME_FONT_FAMILY, NAME_FONT_PX, NAME_MARGIN_PX, NAME_MIN_SCREEN_PX } from './name-nodes-in-view.ts';
import { NODE_TYPE_VISUALS } from './node-types.ts';
import { createStylesheet } from './style.ts';
import type { EdgeData } from './to-elements.ts';

/**
 * From this many elements on, the graph view draws with the level-of-detail stylesheet below, its
 * edges drawn by the edge layer (edge-layer.ts) rather than by Cytoscape, and its nodes placed by the
 * fast layout (place-huge-graph.ts), which, unlike fcose, sees the layer's edges. The explorer's own
 * style computes label sizes and texts per element and zoom, and draws each edge as a labelled bezier
 * with an arrow: at 10,000 nodes and 50,000 edges adding them took seconds and a frame of panning far
 * more than 33 ms (npm run bench:web). The usual graph, a few hundred elements, stays far below it
 * and keeps the full look: bezier edges with arrows and labels, names sized for the zoom, fcose with
 * animation.
 */
export const LEVEL_OF_DETAIL_ELEMENTS = 5000;

/**
 * Returns the stylesheet of a very large graph: the explorer's colours and shapes by type, with edges
 * as thin straight lines without arrows or labels (Cytoscape's cheapest, `haystack`), nodes of one
 * size, and names of a fixed size drawn only once zoomed in far enough to read them, on the nodes in
 * view (NAMED_CLASS). No rule computes a value per element, so adding 60,000 elements styles them by table. Hovering or selecting a node
 * shows its full name; the classes the filters and edits set work as in the full stylesheet.
 */
export function createLevelOfDetailStylesheet(): StylesheetJson {
  return [
    { selector: 'node', style: { width: 22, height: 22, 'background-color': '#9ca3af', 'border-width': 0, 'overlay-opacity': 0 } },
    ...NODE_TYPE_VISUALS.map((visual) => ({ selector: `node[type = "${visual.label}"]`, style: { 'background-color': visual.colour, shape: visual.shape } })),
    // only the nodes in view carry a name (name-nodes-in-view.ts): styling 10,000 labels the overview never draws cost ~0.5 s of first paint
    {
      selector: `node.${NAMED_CLASS}, node:selected, node.is-hovered`,
      style: {
        label: 'data(short)', 'font-family': NAME_FONT_FAMILY, 'font-size': NAME_FONT_PX, color: '#1f2937',
        'text-valign': 'bottom', 'text-margin-y': NAME_MARGIN_PX, 'min-zoomed-font-size': NAME_MIN_SCREEN_PX,
      },
    },
    { selector: `node.${LABEL_HIDDEN_CLASS}`, style: { label: '' } },
    // a pale colour rather than opacity: blending 50,000 translucent lines costs every frame
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.6, 'line-color': '#cdd3dc', label: '', 'target-arrow-shape': 'none' } },
    { selector: 'node:selected, node.is-hovered', style: { label: 'data(name)', 'min-zoomed-font-size': 0, 'border-width': 3, 'border-color': '#111827', 'z-index': 10 } },
    { selector: 'node.is-pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#111827' } },
    { selector: '.is-type-hidden, .is-user-hidden, .is-filtered-out, .is-unsure', style: { display: 'none' } },
  ];
}

/** True when a graph of this many elements is drawn with the level-of-detail rules. */
export function needsLevelOfDetail(elementCount: number): boolean {
  return elementCount >= LEVEL_OF_DETAIL_ELEMENTS;
}

/** Returns the graph view's stylesheet for a graph of this many elements: the explorer's, or the level-of-detail one when large. */
export function chooseStylesheet(elementCount: number): StylesheetJson {
  return needsLevelOfDetail(elementCount) ? createLevelOfDetailStylesheet() : createStylesheet();
}

/** What addWithLevelOfDetail did. */
export interface LevelOfDetailAdded {
  /** The level-of-detail stylesheet is in use. */
  large: boolean;
  /** The edges left out of Cytoscape for the edge layer (edge-layer.ts) to draw: all of a large graph's, none of another's. */
  layerEdges: EdgeData[];
}

/**
 * Adds elements to an empty core with the stylesheet for their number, swapped first while there is
 * nothing to restyle, and in one batch, so styles and bounds are worked out once at its end rather
 * than per element. A large graph's edges are not added: they are returned for the edge layer,
 * which draws them for a fraction of what Cytoscape spends on each (see edge-layer.ts).
 */
export function addWithLevelOfDetail(cy: Core, elements: ElementDefinition[], wasLevelOfDetail: boolean): LevelOfDetailAdded {
  const large = needsLevelOfDetail(elements.length);
  if (large !== wasLevelOfDetail) {
    cy.style(chooseStylesheet(elements.length));
  }
  const layerEdges = large ? elements.filter((element) => element.group === 'edges').map((edge) => edge.data as EdgeData) : [];
  const added = large ? elements.filter((element) => element.group !== 'edges') : elements;
  cy.batch(() => void cy.add(added));
  return { large, layerEdges };
}
