import type { EntitySummary } from '../contract/entities.ts';
import { createApiClient } from './api-client.ts';
import { createAgencyMapView } from './components/agency-map-view.ts';
import { mountCypherConsole } from './components/cypher-console.ts';
import { mountDateArticleFilter } from './components/date-article-filter.ts';
import { createDocumentViewer } from './components/document-view.ts';
import { mountEntityPanel } from './components/entity-panel.ts';
import { createGraphOverlay } from './components/graph-overlay.ts';
import { mountGraphToolbar } from './components/graph-toolbar.ts';
import { createGraphView } from './components/graph-view.ts';
import { mountLegend } from './components/legend.ts';
import { createNodeMenu } from './components/node-menu.ts';
import { mountQuotePanel } from './components/quote-panel.ts';
import { createSaidAboutView } from './components/said-about-view.ts';
import { TIMELINE_QUOTES_PLACEHOLDER, createTimelineView } from './components/timeline-view.ts';
import { mountSearchBox } from './components/search-box.ts';
import { showStatus } from './components/status-line.ts';
import { mountTypeFilter } from './components/type-filter.ts';
import { mountViewTabs } from './components/view-tabs.ts';
import { findRequired, formatDate } from './dom.ts';
import { createEvidenceFiltering } from './evidence-filtering.ts';
import { createExplorerActions } from './explorer-actions.ts';
import { createStateApplier } from './explorer-navigation.ts';
import { isEntityLabel } from './graph/node-types.ts';
import { createUrlRouter } from './navigation/url-router.ts';
import { mountCorrections, toShownEntity } from './corrections/mount-corrections.ts';

const api = createApiClient();
/** Entities met in searches and links, so following one needs no second fetch. */
const known = new Map<string, EntitySummary>();
const goToEntity = (entity: EntitySummary): void => {
  known.set(entity.id, entity);
  router.navigate({ view: 'graph', entity: entity.id });
};
const pinToggle = (id: string): boolean => {
  const pinned = graph.edits.togglePin(id);
  overlay.notify(pinned ? 'Pinned: layouts leave it where it is.' : 'Unpinned.');
  return pinned;
};
const hideNode = (id: string): void => {
  graph.edits.hide(id);
  toolbar.refresh();
  actions.clearSelection();
  router.record({ entity: undefined });
};

const overlay = createGraphOverlay(findRequired('#graph-overlay'));
/** The date or article filter has emptied the graph, and the overlay says so. */
let filterEmptied = false;
const panel = mountEntityPanel(findRequired('#entity-panel'), {
  onFocus: goToEntity,
  onExpand: (id) => void actions.expand(id),
  onSaidAbout: (id) => router.navigate({ view: 'said-about', entity: id, speaker: undefined, subject: undefined }),
  onTimeline: (id) => router.navigate({ view: 'timeline', entity: id }),
  onHide: hideNode,
  onTogglePin: pinToggle,
  isPinned: (id) => graph.edits.isPinned(id),
  onFixSpeaker: (quote) => corrections.fixSpeaker(quote),
});
const menu = createNodeMenu(findRequired('#graph-area'));
const graph = createGraphView(findRequired('#graph'), {
  onNodeTap: (node) => {
    actions.showDetails(node);
    if (isEntityLabel(node.type)) router.record({ entity: node.id });
  },
  onNodeDoubleTap: (node) => void actions.expand(node.id),
  onBackgroundTap: () => {
    actions.clearSelection();
    router.record({ entity: undefined }, { replace: true });
  },
  onNodeContext: (node, at) =>
    menu.open(node.name, at, [
      { label: 'Details', run: () => (actions.showDetails(node), router.record({ entity: node.id })) },
      { label: 'Expand neighbours', run: () => void actions.expand(node.id) },
      { label: graph.edits.isPinned(node.id) ? 'Unpin' : 'Pin here', run: () => void pinToggle(node.id) },
      { label: 'Hide', run: () => hideNode(node.id) },
      ...(isEntityLabel(node.type) ? corrections.menuItems(node) : []),
    ]),
  onHistoryChange: () => {
    toolbar.refresh();
    void evidence.refresh();
  },
  onEdgeContext: (edge, at) => {
    const items = corrections.edgeMenuItems(edge);
    if (items.length > 0) menu.open(edge.caption, at, items);
  },
});
const filter = mountTypeFilter(findRequired('#type-filter'), (hidden) => graph.setHiddenTypes(hidden));
const evidence = createEvidenceFiltering({
  api,
  graph,
  sidebar: mountDateArticleFilter(findRequired('#evidence-filter'), (chosen, replaying) =>
    router.navigate({ from: chosen.from, to: chosen.to, article: chosen.document, asof: chosen.asOf }, { replace: replaying }),
  ),
  onError: (message) => overlay.notify(message, 'error'),
  onEmptied: (message) => {
    // only take back the message this put up: a loading or error state is not ours to clear
    if (message) overlay.show({ kind: 'empty', message });
    else if (filterEmptied) overlay.show({ kind: 'ready' });
    filterEmptied = message !== undefined;
  },
});
const actions = createExplorerActions({ api, graph, overlay, panel, filter });
const toolbar = mountGraphToolbar(findRequired('#graph-toolbar'), graph, overlay, () => {
  void actions.loadOverview();
  router.record({ query: undefined, entity: undefined });
});
const cypher = mountCypherConsole(findRequired('#cypher-console'), api, {
  onGraph: (result) => void actions.drawQueryResult(result),
  onRun: (query) => router.record({ query }),
});

const quotes = mountQuotePanel(findRequired('#quote-panel'), api, goToEntity, { onFixSpeaker: (quote) => corrections.fixSpeaker(quote) });
const saidAbout = createSaidAboutView(
  {
    canvas: findRequired('#said-about-graph'),
    overlay: createGraphOverlay(findRequired('#said-about-overlay')),
    filters: findRequired('#said-about-filters'),
    matrix: findRequired('#said-about-matrix'),
  },
  api,
  {
    onFilter: (chosen) => router.navigate({ speaker: chosen.speaker, subject: chosen.subject, entity: chosen.entity }),
    // without reported statements in the counts, the quotes listed leave them out too
    onEdge: (edge, names) => void quotes.showQuotes(`${names.speaker} → ${names.subject}`, { speaker: edge.source, about: edge.target, ...directOnly() }),
    onNode: (node) =>
      void quotes.showQuotes(
        node.said > 0 ? `Quotes by ${node.name}` : `Quotes about ${node.name}`,
        node.said > 0 ? { speaker: node.id, ...directOnly() } : { about: node.id, ...directOnly() },
      ),
    onBackgroundTap: () => quotes.showPlaceholder(),
  },
);
function directOnly(): { kind?: 'direct' } {
  return saidAbout.includesReported() ? {} : { kind: 'direct' };
}
const agencies = createAgencyMapView(
  {
    canvas: findRequired('#agency-graph'),
    overlay: createGraphOverlay(findRequired('#agency-overlay')),
    legend: findRequired('#relation-legend'),
    toolbar: findRequired('#agency-toolbar'),
  },
  api,
  { onNodeTap: (node) => (actions.showDetails(node), router.record({ entity: node.id })), onDrawn: () => void agencyDates.refresh() },
);
/** The date filter on the agency map: the graph's filtering, with the sidebar left to the graph's. */
const agencyDates = createEvidenceFiltering({
  api,
  graph: agencies,
  sidebar: { show: () => undefined, setDocuments: () => undefined, setSummary: () => undefined },
  onError: (message) => overlay.notify(message, 'error'),
  onEmptied: (message) => agencies.showFilteredOut(message),
});
const timelineQuotes = mountQuotePanel(findRequired('#timeline-quotes'), api, goToEntity, { onFixSpeaker: (quote) => corrections.fixSpeaker(quote), placeholder: TIMELINE_QUOTES_PLACEHOLDER });
const timeline = createTimelineView(
  { toolbar: findRequired('#timeline-toolbar'), chart: findRequired('#timeline-chart'), overlay: createGraphOverlay(findRequired('#timeline-overlay')) },
  api,
  {
    onRange: (range) => router.navigate({ from: range.from, to: range.to }),
    onBar: (bar, entity) => {
      const days = bar.start === bar.end ? formatDate(bar.start) : `${formatDate(bar.start)} – ${formatDate(bar.end)}`;
      const range = { from: bar.start, to: bar.end };
      if (!entity) return void timelineQuotes.showQuotes(`Quotes of ${days}`, range);
      void timelineQuotes.showQuoteSections(`${entity.name}, ${days}`, [
        { heading: `Said by ${entity.name}`, filter: { ...range, speaker: entity.id } },
        { heading: `About ${entity.name}`, filter: { ...range, about: entity.id } },
      ]);
    },
    onWholeArchive: () => router.navigate({ entity: undefined }),
  },
);
const documents = createDocumentViewer({ article: findRequired('#document-article'), side: findRequired('#document-panel') }, api);
const tabs = mountViewTabs(findRequired('#view-tabs'), (view) => router.navigate({ view }));
const corrections = mountCorrections({
  api,
  panelRoot: findRequired('#corrections-panel'),
  button: findRequired<HTMLButtonElement>('#corrections-button'),
  notify: (message, tone) => overlay.notify(message, tone),
  // shown at once: the overview drawn again, or, where an entity was shown, where the change left it
  redraw: async (correction) => {
    const current = router.current().entity;
    const shown = current ? toShownEntity(correction, current) : null;
    if (shown) {
      router.record({ entity: shown });
      await actions.focusEntityById(shown);
    } else await actions.loadOverview();
  },
});
const router = createUrlRouter(createStateApplier({ tabs, graph, actions, evidence, agencyDates, cypher, saidAbout, quotes, agencies, timeline, timelineQuotes, documents }, known));

// Test hooks: tests/web/explorer.browser.test.ts reads the Cytoscape instances from here.
window.__cy = graph.cy;
window.__cySaidAbout = saidAbout.cy;
window.__cyAgencies = agencies.cy;

const searchInput = findRequired<HTMLInputElement>('#search-input');
mountSearchBox(searchInput, api, (entity) => {
  known.set(entity.id, entity);
  // in who-said-what a search narrows the graph; elsewhere it shows the entity in the graph
  if (router.current().view === 'said-about') router.navigate({ entity: entity.id, speaker: undefined, subject: undefined });
  else goToEntity(entity);
});
mountLegend(findRequired('#legend'));
panel.showPlaceholder();

document.addEventListener('keydown', (event) => {
  const { target } = event;
  // the Cypher editor is contenteditable: a '/' typed there is part of the query
  const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
  }
});

api.getHealth().then(
  (health) => showStatus(findRequired('#status-line'), { health }),
  (error: unknown) => showStatus(findRequired('#status-line'), { error: error instanceof Error ? error.message : String(error) }),
);
router.start();
