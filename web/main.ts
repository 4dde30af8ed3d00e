import { createApiClient } from './api-client.ts';
import { mountCypherConsole } from './components/cypher-console.ts';
import { mountEntityPanel } from './components/entity-panel.ts';
import { createGraphOverlay } from './components/graph-overlay.ts';
import { createGraphView } from './components/graph-view.ts';
import { mountLegend } from './components/legend.ts';
import { mountSearchBox } from './components/search-box.ts';
import { showStatus } from './components/status-line.ts';
import { mountTypeFilter } from './components/type-filter.ts';
import { findRequired } from './dom.ts';
import { createExplorerActions } from './explorer-actions.ts';

const api = createApiClient();
const overlay = createGraphOverlay(findRequired('#graph-overlay'));
const panel = mountEntityPanel(findRequired('#entity-panel'), {
  onFocus: (entity) => void actions.focusEntity(entity),
  onExpand: (id) => void actions.expand(id),
});
const graph = createGraphView(findRequired('#graph'), {
  onNodeTap: (node) => actions.showDetails(node),
  onNodeDoubleTap: (node) => void actions.expand(node.id),
  onBackgroundTap: () => actions.clearSelection(),
});
const filter = mountTypeFilter(findRequired('#type-filter'), (hidden) => graph.setHiddenTypes(hidden));
const actions = createExplorerActions({ api, graph, overlay, panel, filter });

// Test hook: tests/web/explorer.browser.test.ts reads the Cytoscape instance from here.
window.__cy = graph.cy;

const searchInput = findRequired<HTMLInputElement>('#search-input');
mountSearchBox(searchInput, api, (entity) => void actions.focusEntity(entity));
mountLegend(findRequired('#legend'));
mountCypherConsole(findRequired('#cypher-console'), api, (result) => void actions.drawQueryResult(result));
panel.showPlaceholder();

findRequired('#fit-button').addEventListener('click', () => graph.fit());
findRequired('#layout-button').addEventListener('click', () => void graph.relayout());
findRequired('#overview-button').addEventListener('click', () => void actions.loadOverview());
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
  }
});

api.getHealth().then(
  (health) => showStatus(findRequired('#status-line'), { health }),
  (error: unknown) => showStatus(findRequired('#status-line'), { error: error instanceof Error ? error.message : String(error) }),
);
void actions.loadOverview();
