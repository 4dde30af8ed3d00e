import type { DocumentView as DocumentData } from '../../contract/documents.ts';
import { ApiError } from '../api-client.ts';
import type { ApiClient } from '../api-client.ts';
import { formatDate, h } from '../dom.ts';
import { formatUrlState } from '../navigation/url-state.ts';
import { createDocumentSide } from './document-side.ts';
import { createDocumentText } from './document-text.ts';

/** The document view: one article with its highlights, or the list of articles when none is chosen. */
export interface DocumentViewer {
  show(documentId: string | undefined): Promise<void>;
}

/** Returns the document view drawn into the article area and its side panel. */
export function createDocumentViewer(
  parts: { article: HTMLElement; side: HTMLElement },
  api: Pick<ApiClient, 'getDocument' | 'listDocuments'>,
): DocumentViewer {
  let shown: string | undefined | null = null;
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
      const documents = await api.listDocuments();
      if (mine !== request) return;
      const items = documents.map((doc) =>
        h('li', {}, [
          h('a', { class: 'document-link', href: formatUrlState({ view: 'document', document: doc.id }) }, [doc.title || 'Untitled document']),
          doc.date ? h('span', { class: 'muted' }, [` · ${formatDate(doc.date)}`]) : null,
        ]),
      );
      const body = items.length > 0 ? h('ul', { class: 'documents article-list' }, items) : h('p', { class: 'muted' }, ['No articles yet. Ingest some, then reload.']);
      render([h('h2', { class: 'document-title' }, ['Articles']), h('p', { class: 'muted' }, ['Choose an article to read it with its people, agencies and quotes marked.']), body], []);
    } catch (error) {
      if (mine === request) render([failure('Could not list the articles', error)], []);
    }
  }

  return {
    async show(documentId) {
      if (documentId === shown) return;
      shown = documentId;
      const mine = ++request;
      await (documentId ? showArticle(documentId, mine) : showList(mine));
    },
  };
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
