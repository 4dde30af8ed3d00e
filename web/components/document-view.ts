import type { DocumentView as DocumentData } from '../../contract/documents.ts';
import { ApiError } from '../api-client.ts';
import type { ApiClient } from '../api-client.ts';
import { formatDate, h } from '../dom.ts';
import { formatUrlState } from '../navigation/url-state.ts';
import { createDocumentSide } from './document-side.ts';
import { createDocumentText } from './document-text.ts';
import { createDocumentTest } from '../graph/evidence-filter.ts';
import type { EvidenceFilter } from '../graph/evidence-filter.ts';

/** The document view: one article with its highlights, or the list of articles when none is chosen. */
export interface DocumentViewer {
  /** One article, or the list of those the date filter (`dates`) leaves; an article chosen by id shows whatever its date. */
  show(documentId: string | undefined, dates?: EvidenceFilter): Promise<void>;
}

/** Returns the document view drawn into the article area and its side panel. */
export function createDocumentViewer(
  parts: { article: HTMLElement; side: HTMLElement },
  api: Pick<ApiClient, 'getDocument' | 'listDocuments'>,
): DocumentViewer {
  let shown: string | undefined | null = null;
  let dates: EvidenceFilter = {};
  let request = 0;
  const render = (article: Node[], side: Node[]): void => {
    parts.article.replaceChildren(...article);
    parts.side.replaceChildren(...side);
    parts.article.scrollTop = 0;
  };
  const status = (text: string): HTMLElement => h('p', { class: 'panel-loading', role: 'status' }, [h('span', { class: 'spinner' }), text]);
  const failure = (title: string, error: unknown): HTMLElement =>
    h('div', { class: 'panel-error', role: 'alert' }, [h('h2', {}, [title]), h('p', {}, [error instanceof Error ? error.message : String(error)])]);

  async function showArticle(id: string, mine: number): Promise<void> {
    render([status('Loading the article…')], []);
    try {
      const doc = await api.getDocument(id);
      if (mine === request) render([createHeader(doc), createDocumentText(doc)], createDocumentSide(doc));
    } catch (error) {
      if (mine !== request) return;
      const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
      render([failure(missing ? 'No such article' : 'Could not load the article', error), createBackLink()], []);
    }
  }

  async function showList(mine: number): Promise<void> {
    render([status('Loading the articles…')], []);
    try {
      const all = await api.listDocuments();
      if (mine !== request) return;
      const passes = createDocumentTest(dates, new Map(all.map((doc) => [doc.id, doc])));
      const documents = all.filter((doc) => passes(doc.id));
      const items = documents.map((doc) =>
        h('li', {}, [
          h('a', { class: 'document-link', href: formatUrlState({ view: 'document', document: doc.id }) }, [doc.title || 'Untitled document']),
          doc.date ? h('span', { class: 'muted' }, [` · ${formatDate(doc.date)}`]) : null,
        ]),
      );
      const body = items.length > 0 ? h('ul', { class: 'documents article-list' }, items) : null;
      render([h('h2', { class: 'document-title' }, ['Articles']), h('p', { class: 'muted' }, [describeList(all.length, documents.length)]), ...(body ? [body] : [])], []);
    } catch (error) {
      if (mine === request) render([failure('Could not list the articles', error)], []);
    }
  }

  return {
    async show(documentId, nextDates = {}) {
      const datesChanged = JSON.stringify(nextDates) !== JSON.stringify(dates);
      dates = nextDates;
      if (documentId === shown && (documentId || !datesChanged)) return;
      shown = documentId;
      const mine = ++request;
      await (documentId ? showArticle(documentId, mine) : showList(mine));
    },
  };
}

// what the list holds, and what the date filter hides from it and how to show it
function describeList(total: number, listed: number): string {
  if (total === 0) return 'No articles yet. Ingest some, then reload.';
  const choose = 'Choose an article to read it with its people, agencies and quotes marked.';
  if (listed === total) return choose;
  if (listed === 0) return `None of the ${total} articles is dated within the chosen dates (undated ones never are). Clear the dates in the sidebar, or move "As of" later, to list them.`;
  return `${choose} ${total - listed} of the ${total} articles are hidden by the chosen dates (undated ones among them); clear the dates in the sidebar to list them all.`;
}

function createHeader(doc: DocumentData): HTMLElement {
  const date = formatDate(doc.date);
  return h('header', { class: 'document-header' }, [
    h('h2', { class: 'document-title' }, [doc.title || 'Untitled document']),
    h('p', { class: 'muted' }, [[date, doc.source.split('/').pop()].filter(Boolean).join(' · ')]),
  ]);
}

function createBackLink(): HTMLElement {
  return h('p', {}, [h('a', { class: 'document-link', href: formatUrlState({ view: 'document' }) }, ['See all articles'])]);
}
