import type { Collection, Core } from 'cytoscape';

/** The class of the nodes whose names the level-of-detail stylesheet draws (level-of-detail.ts). */
export const NAMED_CLASS = 'is-named';
/** Names in the level of detail: this size in the model, drawn once at least NAME_MIN_SCREEN_PX on screen. */
export const NAME_FONT_PX = 12;
export const NAME_MIN_SCREEN_PX = 10;
/** The zoom from which the level of detail's names are big enough to draw. */
export const NAMING_ZOOM = NAME_MIN_SCREEN_PX / NAME_FONT_PX;
const SETTLE_MS = 120;
/** Room around the view, in screen pixels, so a short pan finds names already there. */
const MARGIN_PX = 80;

/**
 * Keeps NAMED_CLASS on the nodes in view, and on no other, while a graph is drawn with the level of
 * detail (`isActive`) and zoomed in far enough to read names; zoomed out, no node has it. The overview
 * draws no names anyway, and styling the labels of all 10,000 nodes took about a fifth of the first
 * paint's CPU time (bench:web). Names follow once a zoom or pan settles; `onNamed` runs after each change,
 * for the label collision check. Returns the function that updates now.
 */
export function nameNodesInView(cy: Core, isActive: () => boolean, onNamed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    const named = cy.nodes(`.${NAMED_CLASS}`);
    const wanted = isActive() && cy.zoom() >= NAMING_ZOOM ? findNodesInView(cy) : cy.collection();
    const gone = named.difference(wanted);
    const fresh = wanted.difference(named);
    if (gone.empty() && fresh.empty()) return;
    cy.batch(() => {
      gone.removeClass(NAMED_CLASS);
      fresh.addClass(NAMED_CLASS);
    });
    onNamed();
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  };
  cy.on('viewport layoutstop', later);
  return update;
}

function findNodesInView(cy: Core): Collection {
  const margin = MARGIN_PX / cy.zoom();
  const { x1, y1, x2, y2 } = cy.extent();
  return cy.nodes().filter((node) => {
    const { x, y } = node.position();
    return x >= x1 - margin && x <= x2 + margin && y >= y1 - margin && y <= y2 + margin;
  });
}
