import type { EntitySummary } from '../contract/entities.ts';
import type { AgencyMapView } from './components/agency-map-view.ts';
import type { CypherConsole } from './components/cypher-console.ts';
import type { DocumentViewer } from './components/document-view.ts';
import type { GraphView } from './components/graph-view.ts';
import type { QuotePanel } from './components/quote-panel.ts';
import type { SaidAboutView } from './components/said-about-view.ts';
import type { TimelineView } from './components/timeline-view.ts';
import type { ViewTabs } from './components/view-tabs.ts';
import type { EvidenceFiltering } from './evidence-filtering.ts';
import type { ExplorerActions } from './explorer-actions.ts';
import type { NodeData } from './graph/to-elements.ts';
import type { UrlState } from './navigation/url-state.ts';

/** The days a state narrows every view to: its range, ending at the "as of" day if that comes first. */
export function toDayRange(state: Pick<UrlState, 'from' | 'to' | 'asof'>): { from?: string; to?: string } {
  const to = state.to && state.asof ? (state.to < state.asof ? state.to : state.asof) : (state.to ?? state.asof);
  return { ...(state.from ? { from: state.from } : {}), ...(to ? { to } : {}) };
}

/** Every view the URL can bring up. */
export interface ExplorerViews {
  tabs: ViewTabs;
  graph: GraphView;
  actions: ExplorerActions;
  evidence: EvidenceFiltering;
  /** The same filter on the agency map. */
  agencyDates: EvidenceFiltering;
  cypher: CypherConsole;
  saidAbout: SaidAboutView;
  quotes: QuotePanel;
  agencies: AgencyMapView;
  timeline: TimelineView;
  /** The timeline's quote panel. */
  timelineQuotes: QuotePanel;
  documents: DocumentViewer;
}

/**
 * Returns the function that brings the page to a URL state, doing only what changed since the
 * previous one; each view loads the first time it is shown. `known` names entities already fetched.
 */
export function createStateApplier(views: ExplorerViews, known: ReadonlyMap<string, EntitySummary>) {
  let graphReady: Promise<void> | undefined;

  function showGraph(state: UrlState, previous: UrlState | undefined): void {
    views.graph.cy.resize();
    const first = graphReady === undefined;
    // a shared link with a query shows its answer instead of the overview
    if (first && state.query) graphReady = Promise.resolve(views.cypher.run(state.query));
    else if (first) graphReady = views.actions.loadOverview();
    else if (state.query && state.query !== previous?.query) views.cypher.run(state.query);
    const entityChanged = state.entity !== previous?.entity || previous?.view !== 'graph';
    if (!entityChanged) return;
    void graphReady?.then(() => {
      if (!state.entity) return views.actions.clearSelection();
      const entity = known.get(state.entity);
      // already selected by a click on the canvas: nothing to fetch
      if (views.graph.cy.getElementById(state.entity).selected()) return;
      return entity ? views.actions.focusEntity(entity) : views.actions.focusEntityById(state.entity);
    });
  }

  return (state: UrlState, previous: UrlState | undefined): void => {
    views.tabs.show(state.view);
    const filterChanged =
      !previous || state.from !== previous.from || state.to !== previous.to || state.article !== previous.article || state.asof !== previous.asof;
    // before the graph loads, so the first drawing is already filtered once its evidence is in
    const filter = { from: state.from, to: state.to, document: state.article, asOf: state.asof };
    if (filterChanged) {
      void views.evidence.apply(filter);
      void views.agencyDates.apply(filter);
    }
    if (state.view === 'graph') showGraph(state, previous);
    else if (state.view === 'said-about') {
      if (previous?.view !== 'said-about') views.quotes.showPlaceholder();
      void views.saidAbout.show({ speaker: state.speaker, subject: state.subject, entity: state.entity }, toDayRange(state));
    } else if (state.view === 'agencies') {
      void views.agencies.show().then(async () => {
        // a link names the agency: select it, centre it and show its details as a click would
        if (!state.entity || !(await views.agencies.select(state.entity))) return;
        views.actions.showDetails(views.agencies.cy.getElementById(state.entity).data() as NodeData);
      });
    } else if (state.view === 'timeline') {
      if (previous?.view !== 'timeline' || previous.entity !== state.entity) views.timelineQuotes.showPlaceholder();
      void views.timeline.show({ entity: state.entity, from: state.from, to: state.to, asOf: state.asof });
    } else {
      void views.documents.show(state.document, { from: state.from, to: state.to, asOf: state.asof });
    }
  };
}
