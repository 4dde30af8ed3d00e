import type { Core, EdgeSingular } from 'cytoscape';

const MIN_EDGE_LABEL_SCREEN_PX = 9;

/** Returns a style function for an edge label's font size that stays readable on screen when zoomed out. */
export function readableEdgeFontSize(base: number): (edge: EdgeSingular) => number {
  return (edge) => Math.max(base, MIN_EDGE_LABEL_SCREEN_PX / edge.cy().zoom());
}

/** From this many elements on, restyling all of them takes longer than a frame. */
const LARGE_RESTYLE_ELEMENTS = 1500;
/** From this many on, a restyle takes seconds and the level-of-detail style has no zoom-dependent sizes to update. */
const NO_RESTYLE_ELEMENTS = 5000;
const SETTLE_MS = 150;

/**
 * Re-applies the style while zooming, so zoom-dependent label sizes follow the zoom: once per frame
 * for a graph of ordinary size; for a large one only once the zoom has settled, since restyling
 * thousands of elements every frame (a second each in bench:web at 7,000) would stall the zoom itself.
 */
export function restyleOnZoom(cy: Core): void {
  let queued = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    const elements = cy.elements().length;
    if (elements >= NO_RESTYLE_ELEMENTS) return;
    if (elements >= LARGE_RESTYLE_ELEMENTS) {
      clearTimeout(settle);
      settle = setTimeout(() => cy.style().update(), SETTLE_MS);
      return;
    }
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      cy.style().update();
    });
  });
}

/** Zooms back out to `max` after a fit that zoomed a small graph in so far that its labels got cut. */
export function capFitZoom(cy: Core, max = 1.4): void {
  if (cy.zoom() <= max) return;
  cy.zoom(max);
  cy.center();
}
