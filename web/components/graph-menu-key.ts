import type { Core, Position } from 'cytoscape';
import type { NodeData } from '../graph/to-elements.ts';

/** What the menu key reports: the selected node, at its place on the canvas. */
export interface MenuKeyHandlers {
  onNodeContext(node: NodeData, at: Position): void;
}

/**
 * The keyboard's way to the node menu: makes the graph focusable (Tab, or a click), and opens the
 * selected node's menu on the menu key or Shift+F10, as they do for a selected item elsewhere.
 */
export function wireMenuKey(container: HTMLElement, cy: Core, handlers: MenuKeyHandlers): void {
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', 'Graph. With a node selected, the menu key or Shift+F10 opens its menu.');
  // Cytoscape blurs whatever has focus on mousedown: the graph takes focus once the button is up
  container.addEventListener('pointerup', () => container.focus({ preventScroll: true }));
  container.addEventListener('keydown', (event) => {
    const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
    if (!menuKey || event.target !== container) return;
    const node = cy.nodes(':selected:visible').first();
    if (node.empty()) return;
    event.preventDefault();
    handlers.onNodeContext(node.data() as NodeData, node.renderedPosition());
  });
}
