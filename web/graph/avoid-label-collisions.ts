import type { Core, NodeSingular } from 'cytoscape';
import { findCollidingLabels } from './label-collisions.ts';
import { NAMED_CLASS, measureNamedLabel } from './name-nodes-in-view.ts';
import type { LabelBox, Obstacle } from './label-collisions.ts';

/** The class that hides a node's label; style.ts gives it `label: ''`. */
export const LABEL_HIDDEN_CLASS = 'is-label-hidden';
/** Past this many nodes, measuring every label after each zoom costs more than a frame budget allows. */
const MAX_MEASURED_NODES = 3000;
const SETTLE_MS = 120;

/**
 * Keeps node labels from overlapping in a view: after each layout and once a zoom or pan settles, the
 * labels that would touch a more important one (selected, then more mentioned) or another node are hidden.
 * A hidden label comes back on hover, on selection, or zoomed in where there is room for it.
 * Returns the function that re-checks now.
 */
export function avoidLabelCollisions(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const shown = cy.nodes(':visible').filter((node) => !node.isParent());
    // a level-of-detail graph names only the nodes in view (name-nodes-in-view.ts): only their labels can collide
    const named = shown.length > MAX_MEASURED_NODES;
    const nodes = named ? shown.filter(`.${NAMED_CLASS}`) : shown;
    if (nodes.length > MAX_MEASURED_NODES) return;
    cy.batch(() => nodes.removeClass(LABEL_HIDDEN_CLASS));
    const boxes: LabelBox[] = nodes.map((node) => (named ? toNamedLabelBox(node as NodeSingular) : toLabelBox(node as NodeSingular)));
    const bodies: Obstacle[] = nodes.map((node) => {
      const { x1, y1, x2, y2 } = node.boundingBox({ includeLabels: false, includeOverlays: false });
      return { owner: node.id(), priority: priorityOf(node as NodeSingular), x1, y1, x2, y2 };
    });
    const hidden = findCollidingLabels(boxes.filter((box) => box.x2 > box.x1), bodies);
    cy.batch(() => nodes.forEach((node) => void (hidden.has(node.id()) && node.addClass(LABEL_HIDDEN_CLASS))));
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  cy.on('layoutstop add remove', later);
  cy.on('viewport', later);
  cy.on('select unselect', 'node', later);
  cy.on('mouseover', 'node', (event) => (event.target as NodeSingular).addClass('is-hovered'));
  cy.on('mouseout', 'node', (event) => (event.target as NodeSingular).removeClass('is-hovered'));
  return check;
}

function toLabelBox(node: NodeSingular): LabelBox {
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  return { id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, priority: priorityOf(node) };
}

function toNamedLabelBox(node: NodeSingular): LabelBox {
  const box = measureNamedLabel(node) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { id: node.id(), ...box, priority: priorityOf(node) };
}

// the selected node first, then the most mentioned
function priorityOf(node: NodeSingular): number {
  return node.selected() ? Number.MAX_SAFE_INTEGER : Number(node.data('mentions')) || 0;
}
