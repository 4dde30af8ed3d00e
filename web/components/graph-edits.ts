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
  /** Hides relations whose confidence is below the threshold (0 shows all); returns how many are hidden. */
  setConfidenceThreshold(threshold: number): number;
  /** Gives newly drawn elements the current edge-label setting. */
  applyTo(elements: Collection): void;
}

/** Returns the edits over a Cytoscape instance; the stylesheet draws `.is-user-hidden`, `.is-pinned`, `.is-unlabelled`, `.is-unsure`. */
export function createGraphEdits(cy: Core): GraphEdits {
  let labels = true;
  let threshold = 0;
  // Edges without a confidence (mentions, quotes, relations stored before it was kept) are never hidden by it.
  const markUnsure = (elements: Collection): number => {
    let hidden = 0;
    elements.edges().forEach((edge) => {
      const confidence: unknown = edge.data('properties')?.confidence;
      const unsure = typeof confidence === 'number' && confidence < threshold;
      edge.toggleClass('is-unsure', unsure);
      if (unsure) hidden += 1;
    });
    return hidden;
  };
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
    setConfidenceThreshold(value) {
      threshold = value;
      return markUnsure(cy.elements());
    },
    applyTo(elements) {
      elements.edges().toggleClass('is-unlabelled', !labels);
      markUnsure(elements);
    },
  };
}
