import type { GraphOverlay } from './graph-overlay.ts';
import type { GraphView } from './graph-view.ts';
import { findRequired } from '../dom.ts';
import { exportJson, exportPng } from '../graph/edge-layer.ts';
import { downloadText, downloadUrl } from '../export/download.ts';
import { onQuoteThresholdChange, setQuoteThreshold } from './quote-confidence.ts';

/** The graph toolbar's state that changes with the graph: undo, unhide. */
export interface GraphToolbar {
  /** Enables undo when there is a merge to undo, and shows how many nodes are hidden. */
  refresh(): void;
}

/**
 * Wires the graph toolbar in `root` (see web/index.html): fit, layout, overview, undo of the last
 * expansion, edge labels on/off, show hidden nodes, hide relations and quotes below a confidence, and export as PNG or Cytoscape JSON.
 */
export function mountGraphToolbar(
  root: HTMLElement,
  graph: GraphView,
  overlay: GraphOverlay,
  onOverview: () => void,
): GraphToolbar {
  const button = (id: string): HTMLButtonElement => findRequired<HTMLButtonElement>(`#${id}`, root);
  const undo = button('undo-button');
  const labels = button('labels-button');
  const unhide = button('unhide-button');
  const exportMenu = findRequired<HTMLDetailsElement>('.export-menu', root);
  const confidence = findRequired<HTMLSelectElement>('#confidence-select', root);
  const refresh = (): void => {
    undo.disabled = !graph.canUndo();
    const hidden = graph.edits.hiddenCount();
    unhide.hidden = hidden === 0;
    unhide.textContent = `Show ${hidden} hidden`;
  };

  button('fit-button').addEventListener('click', () => graph.fit());
  button('layout-button').addEventListener('click', () => void graph.relayout());
  button('overview-button').addEventListener('click', onOverview);
  undo.addEventListener('click', () => {
    const removed = graph.undoLastMerge();
    overlay.notify(`Undid the last expansion: ${removed} node${removed === 1 ? '' : 's'} removed.`);
    refresh();
  });
  labels.addEventListener('click', () => {
    const visible = !graph.edits.edgeLabels();
    graph.edits.setEdgeLabels(visible);
    labels.setAttribute('aria-pressed', String(visible));
  });
  confidence.addEventListener('change', () => {
    const hidden = graph.edits.setConfidenceThreshold(Number(confidence.value));
    // the quote lists follow the same menu: a quote's confidence is its speaker's
    setQuoteThreshold(Number(confidence.value));
    const quotes = Number(confidence.value) === 0 ? 'every quote is listed' : `quote lists hide speakers below ${confidence.value}`;
    overlay.notify(hidden === 0 ? `Every relation drawn is shown; ${quotes}.` : `${hidden} relation${hidden === 1 ? '' : 's'} below confidence ${confidence.value} hidden; ${quotes}.`);
  });
  // "Show them" under a quote list sets the threshold back to 0: the menu and the graph follow
  onQuoteThresholdChange((value) => {
    if (Number(confidence.value) === value) return;
    confidence.value = String(value);
    graph.edits.setConfidenceThreshold(value);
  });
  unhide.addEventListener('click', () => {
    graph.edits.showHidden();
    refresh();
  });
  button('export-png').addEventListener('click', () => {
    exportMenu.open = false;
    // a large graph's edges are drawn by the edge layer, which Cytoscape's own picture leaves out
    exportPng(graph.cy, graph.edgeLayer, { scale: 2, bg: '#ffffff' }).then(
      (url) => downloadUrl('newsgraph.png', url),
      (error: unknown) => console.warn('The graph could not be drawn as a PNG.', error),
    );
  });
  button('export-json').addEventListener('click', () => {
    exportMenu.open = false;
    downloadText('newsgraph.cytoscape.json', JSON.stringify(exportJson(graph.cy, graph.edgeLayer), null, 2), 'application/json');
  });
  refresh();
  return { refresh };
}
