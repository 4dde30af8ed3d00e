import type { Collection, Core, NodeSingular } from 'cytoscape';

/** The class of the nodes whose names the level-of-detail stylesheet draws (level-of-detail.ts). */
export const NAMED_CLASS = 'is-named';
/** Names in the level of detail: this size in the model, drawn once at least NAME_MIN_SCREEN_PX on screen. */
export const NAME_FONT_PX = 12;
export const NAME_MIN_SCREEN_PX = 10;
export const NAME_FONT_FAMILY = 'Inter, "Segoe UI", system-ui, sans-serif';
/** Between a node's bottom and its name. */
export const NAME_MARGIN_PX = 3;
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

let measurer: CanvasRenderingContext2D | null | undefined;

/**
 * Returns where a named node's name is drawn in the model, measured here: Cytoscape's bounding box
 * keeps the label bounds it computed before the name was measured (empty) until the node moves.
 */
export function measureNamedLabel(node: NodeSingular): { x1: number; y1: number; x2: number; y2: number } | undefined {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return undefined;
  measurer.font = `${NAME_FONT_PX}px ${NAME_FONT_FAMILY}`;
  // selected or hovered, the full name is drawn (level-of-detail.ts)
  const text = String((node.selected() || node.hasClass('is-hovered') ? node.data('name') : node.data('short')) ?? '');
  const width = measurer.measureText(text).width;
  const { x, y } = node.position();
  const top = y + node.height() / 2 + NAME_MARGIN_PX;
  return { x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + NAME_FONT_PX * 1.25 };
}
