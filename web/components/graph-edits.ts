import type { Collection, Core } from 'cytoscape';

/** What the user changes on the drawn graph besides its content: hidden nodes, pinned nodes, edge labels. */
export interface GraphEdits {
  /** Hides a node and its edges until showHidden(). */
  hide(id: string): void;
  /** Shows every node hidden by hand again; returns how many. */
  showHidden(): number;
  hiddenCount(): number;
  /** Pins a node where it is, so layouts leave it there, or frees it; returns whether it is pinned now. */
  togglePin(id: string): boolean;
  isPinned(id: string): boolean;
  setEdgeLabels(visible: boolean): void;
  edgeLabels(): boolean;
  /** Gives newly drawn elements the current edge-label setting. */
  applyTo(elements: Collection): void;
}

/** Returns the edits over a Cytoscape instance; the stylesheet draws `.is-user-hidden`, `.is-pinned`, `.is-unlabelled`. */
export function createGraphEdits(cy: Core): GraphEdits {
  let labels = true;
  return {
    hide(id) {
      const node = cy.getElementById(id);
      node.unselect();
      node.addClass('is-user-hidden');
    },
    showHidden() {
      const hidden = cy.nodes('.is-user-hidden');
      hidden.removeClass('is-user-hidden');
      return hidden.length;
    },
    hiddenCount: () => cy.nodes('.is-user-hidden').length,
    togglePin(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return false;
      const pin = !node.locked();
      if (pin) node.lock();
      else node.unlock();
      node.toggleClass('is-pinned', pin);
      return pin;
    },
    isPinned: (id) => cy.getElementById(id).locked(),
    setEdgeLabels(visible) {
      labels = visible;
      cy.edges().toggleClass('is-unlabelled', !visible);
    },
    edgeLabels: () => labels,
    applyTo(elements) {
      elements.edges().toggleClass('is-unlabelled', !labels);
    },
  };
}
