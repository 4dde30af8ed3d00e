import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import type { ApiClient } from '../api-client.ts';
import { runLayout } from '../graph/layout.ts';
import { capFitZoom, restyleOnZoom } from '../graph/readable-labels.ts';
import { toSaidAboutElements } from '../graph/said-about-elements.ts';
import type { SaidAboutEdgeData, SaidAboutNodeData } from '../graph/said-about-elements.ts';
import { createSaidAboutStylesheet } from '../graph/said-about-style.ts';
import type { GraphOverlay } from './graph-overlay.ts';
import { mountSaidAboutFilters } from './said-about-filters.ts';
import { mountReportedToggle } from './reported-toggle.ts';
import { toShownCells } from '../graph/count-kinds.ts';
import type { SaidAboutFilter } from './said-about-filters.ts';

const CELL_LIMIT = 300;

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
  /** Draws the graph for this filter, loading only when it changed; call when the view is shown. */
  show(filter: SaidAboutFilter): Promise<void>;
  /** Whether reported statements count, besides quotes in quotation marks (the toggle in the filter bar). */
  includesReported(): boolean;
}

/** Returns the who-said-what view drawn into its canvas, overlay and filter bar. */
export function createSaidAboutView(
  parts: { canvas: HTMLElement; overlay: GraphOverlay; filters: HTMLElement },
  api: Pick<ApiClient, 'getSaidAbout' | 'searchEntities'>,
  handlers: SaidAboutHandlers,
): SaidAboutView {
  const cy = cytoscape({ container: parts.canvas, style: createSaidAboutStylesheet(), minZoom: 0.2, maxZoom: 3 });
  restyleOnZoom(cy);
  const filters = mountSaidAboutFilters(parts.filters, api, handlers.onFilter);
  let loadedKey: string | undefined;
  let request = 0;
  let loaded: { cells: SaidAboutCell[]; filter: SaidAboutFilter } | undefined;
  const reported = mountReportedToggle(parts.filters, () => {
    if (loaded) void draw(loaded.cells, loaded.filter);
  });

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
      const cells = await fetchCells(api, filter);
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
    cy.elements().remove();
    cy.add(toSaidAboutElements(cells));
    if (cells.length === 0) {
      const narrowed = filter.speaker || filter.subject || filter.entity;
      parts.overlay.show({ kind: 'empty', message: narrowed ? 'No quotes match this speaker and subject. Clear a filter to see more.' : 'No quote in the graph names who it is about yet.' });
      return;
    }
    parts.overlay.show({ kind: 'ready' });
    await runLayout(cy.elements(), { animate: false });
    capFitZoom(cy);
  }

  return {
    cy,
    includesReported: () => reported.includes(),
    async show(filter) {
      cy.resize();
      filters.show(filter);
      const key = JSON.stringify([filter.speaker, filter.subject, filter.entity]);
      if (key === loadedKey) return;
      loadedKey = key;
      await load(filter);
    },
  };
}

// "by or about" an entity is two questions; a self-quote comes back in both answers
async function fetchCells(api: Pick<ApiClient, 'getSaidAbout'>, filter: SaidAboutFilter): Promise<SaidAboutCell[]> {
  if (filter.speaker || filter.subject) {
    return api.getSaidAbout({
      speakers: filter.speaker ? [filter.speaker] : undefined,
      subjects: filter.subject ? [filter.subject] : undefined,
      limit: CELL_LIMIT,
    });
  }
  if (!filter.entity) return api.getSaidAbout({ limit: CELL_LIMIT });
  const [by, about] = await Promise.all([
    api.getSaidAbout({ speakers: [filter.entity], limit: CELL_LIMIT }),
    api.getSaidAbout({ subjects: [filter.entity], limit: CELL_LIMIT }),
  ]);
  const seen = new Set(by.map((cell) => `${cell.speaker.id}>${cell.subject.id}`));
  return [...by, ...about.filter((cell) => !seen.has(`${cell.speaker.id}>${cell.subject.id}`))];
}
