import type { StylesheetJson } from 'cytoscape';
import { createStylesheet } from './style.ts';

/**
 * From this many elements on, the graph view draws with the level-of-detail rules below. The
 * explorer's own style computes label sizes and texts per element and zoom, and draws each edge as a
 * labelled bezier with an arrow: at 10,000 nodes and 50,000 edges adding them took seconds and a frame
 * of panning far more than 33 ms (npm run bench:web).
 */
export const LEVEL_OF_DETAIL_ELEMENTS = 5000;

/**
 * Returns the rules laid over the explorer's stylesheet for a very large graph: edges as thin straight
 * lines without arrows or labels (Cytoscape's cheapest, `haystack`), node labels fixed in size and
 * shown only once zoomed in far enough to read them, nodes a fixed size. Hovering or selecting a node
 * still shows its name.
 */
export function createLevelOfDetailRules(): StylesheetJson {
  return [
    { selector: 'node', style: { width: 22, height: 22, label: 'data(short)', 'font-size': 12, 'text-max-width': '140px', 'min-zoomed-font-size': 10 } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.6, 'target-arrow-shape': 'none', label: '', opacity: 0.55 } },
    { selector: 'node:selected, node.is-hovered', style: { label: 'data(name)', 'min-zoomed-font-size': 0 } },
  ];
}

/** True when a graph of this many elements is drawn with the level-of-detail rules. */
export function needsLevelOfDetail(elementCount: number): boolean {
  return elementCount >= LEVEL_OF_DETAIL_ELEMENTS;
}

/** Returns the graph view's stylesheet for a graph of this many elements: the explorer's, with the level-of-detail rules over it when large. */
export function chooseStylesheet(elementCount: number): StylesheetJson {
  return needsLevelOfDetail(elementCount) ? [...createStylesheet(), ...createLevelOfDetailRules()] : createStylesheet();
}
