import type { Core, EdgeSingular } from 'cytoscape';

const MIN_EDGE_LABEL_SCREEN_PX = 9;

/** Returns a style function for an edge label's font size that stays readable on screen when zoomed out. */
export function readableEdgeFontSize(base: number): (edge: EdgeSingular) => number {
  return (edge) => Math.max(base, MIN_EDGE_LABEL_SCREEN_PX / edge.cy().zoom());
}

/** Re-applies the style once per frame while zooming, so zoom-dependent label sizes follow the zoom. */
export function restyleOnZoom(cy: Core): void {
  let queued = false;
  cy.on('zoom', () => {
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
