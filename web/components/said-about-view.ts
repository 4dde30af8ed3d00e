import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import type { ApiClient } from '../api-client.ts';
import { runLayout } from '../graph/layout.ts';
import { capFitZoom, restyleOnZoom } from '../graph/readable-labels.ts';
import { toSaidAboutEdgeId, toSaidAboutElements } from '../graph/said-about-elements.ts';
import type { SaidAboutEdgeData, SaidAboutNodeData } from '../graph/said-about-elements.ts';
import { createSaidAboutStylesheet } from '../graph/said-about-style.ts';
import type { GraphOverlay } from './graph-overlay.ts';
import { mountSaidAboutFilters } from './said-about-filters.ts';
import { mountReportedToggle } from './reported-toggle.ts';
import { toShownCells } from '../graph/count-kinds.ts';
import type { SaidAboutFilter } from './said-about-filters.ts';
import { drawSaidAboutMatrix } from './said-about-matrix-view.ts';
import { formatDate, h } from '../dom.ts';

/** Cells the graph draws: more are a hairball. */
const CELL_LIMIT = 300;
/** Cells the matrix of everything aggregates: the API's most. */
const MATRIX_CELL_LIMIT = 2000;
/** From this many entities on, who said what about whom over everything is a matrix, not a graph. */
export const MATRIX_FROM_ENTITIES = 60;

/** Articles dated in a range, as the date filter and the "as of" slider narrow every view. */
export interface SaidAboutDates {
  from?: string;
  to?: string;
}

/** What the who-said-what graph reports: a chosen pair or entity, and filter changes to put in the URL. */
export interface SaidAboutHandlers {
  onFilter(filter: SaidAboutFilter): void;
  onEdge(edge: SaidAboutEdgeData, names: { speaker: string; subject: string }): void;
  onNode(node: SaidAboutNodeData): void;
  onBackgroundTap(): void;
}

/** The speaker → subject graph: loads the cells for a filter and draws them. */
export interface SaidAboutView {
  readonly cy: Core;
  /** Draws the graph or matrix for this filter and dates, loading only when they changed; call when the view is shown. */
  show(filter: SaidAboutFilter, dates?: SaidAboutDates): Promise<void>;
  /** Whether reported statements count, besides quotes in quotation marks (the toggle in the filter bar). */
  includesReported(): boolean;
}

/** Returns the who-said-what view drawn into its canvas, overlay and filter bar. */
export function createSaidAboutView(
  parts: { canvas: HTMLElement; overlay: GraphOverlay; filters: HTMLElement; matrix: HTMLElement },
  api: Pick<ApiClient, 'getSaidAbout' | 'searchEntities'>,
  handlers: SaidAboutHandlers,
): SaidAboutView {
  const cy = cytoscape({ container: parts.canvas, style: createSaidAboutStylesheet(), minZoom: 0.2, maxZoom: 3 });
  restyleOnZoom(cy);
  const filters = mountSaidAboutFilters(parts.filters, api, handlers.onFilter);
  let loadedKey: string | undefined;
  let request = 0;
  let loaded: { cells: SaidAboutCell[]; filter: SaidAboutFilter } | undefined;
  let dates: SaidAboutDates = {};
  const reported = mountReportedToggle(parts.filters, () => {
    if (loaded) void draw(loaded.cells, loaded.filter);
  });
  /** The reader asked for the graph of everything rather than the matrix. */
  let overviewAsGraph = false;
  const asGraph = h('button', { type: 'button', class: 'button button-small', id: 'said-about-as-graph', hidden: true }, ['Show as graph']);
  asGraph.addEventListener('click', () => {
    overviewAsGraph = !overviewAsGraph;
    if (loaded) void draw(loaded.cells, loaded.filter);
  });
  parts.filters.append(asGraph);

  cy.on('tap', 'edge', (event) => {
    const edge = event.target as EdgeSingular;
    handlers.onEdge(edge.data() as SaidAboutEdgeData, { speaker: edge.source().data('name'), subject: edge.target().data('name') });
  });
  cy.on('tap', 'node', (event) => handlers.onNode((event.target as NodeSingular).data() as SaidAboutNodeData));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.onBackgroundTap();
  });

  async function load(filter: SaidAboutFilter): Promise<void> {
    const mine = ++request;
    parts.overlay.show({ kind: 'loading', message: 'Counting who said what about whom…' });
    try {
      const cells = await fetchCells(api, filter, dates);
      if (mine !== request) return;
      filters.learnNames(cells);
      filters.show(filter);
      loaded = { cells, filter };
      await draw(cells, filter);
    } catch (error) {
      if (mine !== request) return;
      loadedKey = undefined;
      const message = error instanceof Error ? error.message : String(error);
      parts.overlay.show({ kind: 'error', message: `Could not load who said what: ${message}`, retry: () => void load(filter) });
    }
  }

  async function draw(all: SaidAboutCell[], filter: SaidAboutFilter): Promise<void> {
    const cells = toShownCells(all, reported.includes());
    const narrowed = Boolean(filter.speaker || filter.subject || filter.entity);
    const entities = new Set(cells.flatMap((cell) => [cell.speaker.id, cell.subject.id])).size;
    const matrix = !narrowed && entities >= MATRIX_FROM_ENTITIES;
    asGraph.hidden = !matrix;
    asGraph.textContent = overviewAsGraph ? 'Show as matrix' : 'Show as graph';
    parts.matrix.hidden = !matrix || overviewAsGraph;
    cy.elements().remove();
    if (cells.length === 0) {
      parts.overlay.show({ kind: 'empty', message: describeNothing(narrowed, dates) });
      return;
    }
    parts.overlay.show({ kind: 'ready' });
    if (!parts.matrix.hidden) {
      drawSaidAboutMatrix(parts.matrix, cells, {
        onCell: (speaker, subject, count) =>
          handlers.onEdge({ id: toSaidAboutEdgeId(speaker.id, subject.id), source: speaker.id, target: subject.id, count, caption: '' }, { speaker: speaker.name, subject: subject.name }),
        onSpeaker: (speaker) => handlers.onFilter({ speaker: speaker.id }),
        onSubject: (subject) => handlers.onFilter({ subject: subject.id }),
      });
      return;
    }
    cy.resize();
    // the graph of everything draws the busiest pairs only: the API answers them first
    cy.add(toSaidAboutElements(narrowed ? cells : cells.slice(0, CELL_LIMIT)));
    await runLayout(cy.elements(), { animate: false });
    capFitZoom(cy);
  }

  return {
    cy,
    includesReported: () => reported.includes(),
    async show(filter, nextDates = {}) {
      cy.resize();
      filters.show(filter);
      dates = nextDates;
      const key = JSON.stringify([filter.speaker, filter.subject, filter.entity, dates.from, dates.to]);
      if (key === loadedKey) return;
      loadedKey = key;
      await load(filter);
    },
  };
}

/** What to say instead of an empty graph: what hides the quotes, and how to show them. */
function describeNothing(narrowed: boolean, dates: SaidAboutDates): string {
  const range = [dates.from ? `from ${formatDate(dates.from)}` : '', dates.to ? `to ${formatDate(dates.to)}` : ''].filter(Boolean).join(' ');
  if (range) {
    return `No quote ${narrowed ? 'of this speaker and subject ' : ''}comes from an article dated ${range}. Clear the dates in the sidebar (or move "As of" to its end) to see the whole archive${narrowed ? ', or clear a filter' : ''}.`;
  }
  return narrowed ? 'No quotes match this speaker and subject. Clear a filter to see more.' : 'No quote in the graph names who it is about yet.';
}

// "by or about" an entity is two questions; a self-quote comes back in both answers
async function fetchCells(api: Pick<ApiClient, 'getSaidAbout'>, filter: SaidAboutFilter, dates: SaidAboutDates): Promise<SaidAboutCell[]> {
  if (filter.speaker || filter.subject) {
    return api.getSaidAbout({
      speakers: filter.speaker ? [filter.speaker] : undefined,
      subjects: filter.subject ? [filter.subject] : undefined,
      ...dates,
      limit: CELL_LIMIT,
    });
  }
  if (!filter.entity) return api.getSaidAbout({ ...dates, limit: MATRIX_CELL_LIMIT });
  const [by, about] = await Promise.all([
    api.getSaidAbout({ speakers: [filter.entity], ...dates, limit: CELL_LIMIT }),
    api.getSaidAbout({ subjects: [filter.entity], ...dates, limit: CELL_LIMIT }),
  ]);
  const seen = new Set(by.map((cell) => `${cell.speaker.id}>${cell.subject.id}`));
  return [...by, ...about.filter((cell) => !seen.has(`${cell.speaker.id}>${cell.subject.id}`))];
}
