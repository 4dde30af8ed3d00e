import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { ApiClient } from './api-client.ts';
import type { DateArticleFilter } from './components/date-article-filter.ts';
import type { GraphView } from './components/graph-view.ts';
import { describeFilteredOut } from './graph/describe-filtered-out.ts';
import { completeEvidence, planEvidence } from './graph/element-evidence.ts';
import type { EvidenceSubject } from './graph/element-evidence.ts';
import { createDocumentTest, findFilteredOut, isEvidenceFilterActive } from './graph/evidence-filter.ts';
import type { DocumentInfo, EvidenceFilter } from './graph/evidence-filter.ts';

/** The graph narrowed to what articles of a date range, or one article, support. */
export interface EvidenceFiltering {
  /** Narrows the graph to the filter, looking up what it needs first, and shows the filter in the sidebar. */
  apply(filter: EvidenceFilter): Promise<void>;
  /** Applies the filter again to what is drawn now: call when the graph has changed. */
  refresh(): Promise<void>;
}

/** What the filtering reads from and draws to. */
export interface EvidenceFilteringParts {
  api: Pick<ApiClient, 'listDocuments' | 'getEvidence'>;
  /** The graph view, or another view's canvas narrowed the same way (the agency map). */
  graph: Pick<GraphView, 'cy' | 'setFilteredOut'> & Partial<Pick<GraphView, 'edgeLayer'>>;
  sidebar: Pick<DateArticleFilter, 'show' | 'setDocuments' | 'setSummary'>;
  onError(message: string): void;
  /** Says why the filter left nothing of the graph, and how to show it again; undefined once something shows. */
  onEmptied(message: string | undefined): void;
}

/**
 * Returns the date and article filtering of the graph. An element is shown while one article behind
 * it passes: its own article for relations, quotes and documents; the articles that mention an
 * entity; the articles quoting a speaker about a subject for SAID_ABOUT. Articles are listed once;
 * evidence is looked up only while a filter is on, once per element.
 */
export function createEvidenceFiltering({ api, graph, sidebar, onError, onEmptied }: EvidenceFilteringParts): EvidenceFiltering {
  let filter: EvidenceFilter = {};
  let catalogue: Promise<Map<string, DocumentInfo>> | undefined;
  const evidence = new Map<string, string[]>();
  let latest = 0;

  const listDocuments = (): Promise<Map<string, DocumentInfo>> =>
    (catalogue ??= api.listDocuments().then(
      (documents) => (sidebar.setDocuments(documents), new Map(documents.map((doc) => [doc.id, doc]))),
      (error: unknown) => {
        catalogue = undefined; // the next filter change asks again
        throw error;
      },
    ));

  async function lookUpMissing(): Promise<void> {
    // a large graph's edges are drawn by the edge layer, outside Cytoscape
    const layerEdges = graph.edgeLayer?.edges() ?? [];
    const subjects = [
      ...graph.cy.elements().filter((element) => !evidence.has(element.id())).map(toSubject),
      ...layerEdges.filter((edge) => !evidence.has(edge.id)).map((edge): EvidenceSubject => ({ group: 'edges', ...edge })),
    ];
    if (subjects.length === 0) return;
    const plan = planEvidence(subjects, (id) => typeOf(graph, id));
    const lookups = await api.getEvidence(plan.mentionsOf, {
      speakers: [...new Set(plan.quotesBetween.map((edge) => edge.source))],
      subjects: [...new Set(plan.quotesBetween.map((edge) => edge.target))],
    });
    for (const [id, documents] of completeEvidence(plan, lookups)) evidence.set(id, documents);
  }

  async function refresh(): Promise<void> {
    const mine = ++latest;
    if (!isEvidenceFilterActive(filter)) {
      graph.setFilteredOut(new Set());
      sidebar.setSummary(undefined);
      onEmptied(undefined);
      return;
    }
    try {
      const [documents] = await Promise.all([listDocuments(), lookUpMissing()]);
      if (mine !== latest) return; // a newer filter or graph is being applied
      const ids = [...graph.cy.elements().map((element) => element.id()), ...(graph.edgeLayer?.edges() ?? []).map((edge) => edge.id)];
      const out = findFilteredOut(ids, evidence, createDocumentTest(filter, documents));
      graph.setFilteredOut(out);
      const drawn = graph.cy.nodes().length;
      const counts = { shown: drawn - graph.cy.nodes().filter((node) => out.has(node.id())).length, drawn };
      sidebar.setSummary(counts);
      onEmptied(describeFilteredOut(filter, counts, documents));
    } catch (error) {
      if (mine === latest) onError(`Could not filter by date or article: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // fills the article picker; a failure here is said again when a filter needs the list
  listDocuments().catch((error: unknown) => console.warn('The articles could not be listed for the graph filter.', error));

  return {
    apply(next) {
      filter = next;
      sidebar.show(next);
      return refresh();
    },
    refresh,
  };
}

function toSubject(element: NodeSingular | EdgeSingular): EvidenceSubject {
  const data = element.data() as { id: string; type: string; properties?: Record<string, unknown>; source?: string; target?: string };
  const properties = data.properties ?? {};
  if (element.isEdge()) return { group: 'edges', id: data.id, type: data.type, source: String(data.source), target: String(data.target), properties };
  return { group: 'nodes', id: data.id, type: data.type, properties };
}

function typeOf(graph: Pick<GraphView, 'cy'>, id: string): string | undefined {
  const node = graph.cy.getElementById(id);
  return node.nonempty() ? String(node.data('type')) : undefined;
}
