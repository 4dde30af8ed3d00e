import { formatDate, h } from '../dom.ts';
import { mountAsOfSlider } from './as-of-slider.ts';
import { isEvidenceFilterActive, isIsoDay } from '../graph/evidence-filter.ts';
import type { DocumentInfo, EvidenceFilter } from '../graph/evidence-filter.ts';

/** The sidebar's date range, article picker and "as of" slider for every view; reports the whole filter on each change. */
export interface DateArticleFilter {
  /** Shows a filter chosen elsewhere (a link, back/forward) without reporting it back. */
  show(filter: EvidenceFilter): void;
  /** Fills the article picker, and bounds the date inputs by the articles' dates. */
  setDocuments(documents: readonly DocumentInfo[]): void;
  /** States how much of the drawn graph the filter leaves; undefined while it is off. */
  setSummary(summary: { shown: number; drawn: number } | undefined): void;
}

/** Returns the filter rendered into `root`; `replaying` is true for each day the "as of" slider plays. */
export function mountDateArticleFilter(root: HTMLElement, onChange: (filter: EvidenceFilter, replaying: boolean) => void): DateArticleFilter {
  const from = h('input', { id: 'filter-from', class: 'filter-input filter-date', type: 'date' });
  const to = h('input', { id: 'filter-to', class: 'filter-input filter-date', type: 'date' });
  const article = h('select', { id: 'filter-article', class: 'filter-input filter-article' }, [h('option', { value: '' }, ['All articles'])]);
  const clear = h('button', { type: 'button', class: 'button button-small', hidden: true }, ['Clear']);
  const summary = h('p', { class: 'filter-summary muted', role: 'status', 'aria-live': 'polite' });
  let wanted: EvidenceFilter = {};

  const read = (): EvidenceFilter => ({
    from: isIsoDay(from.value) ? from.value : undefined,
    to: isIsoDay(to.value) ? to.value : undefined,
    document: article.value || undefined,
    asOf: wanted.asOf,
  });
  const report = (replaying = false): void => {
    wanted = read();
    clear.hidden = !isEvidenceFilterActive(wanted);
    onChange(wanted, replaying);
  };
  const asOf = mountAsOfSlider((day, replaying) => {
    wanted = { ...wanted, asOf: day };
    report(replaying);
  });
  for (const input of [from, to, article]) input.addEventListener('change', () => report());
  clear.addEventListener('click', () => {
    from.value = to.value = article.value = '';
    wanted = { ...wanted, asOf: undefined };
    asOf.show(undefined);
    report();
    from.focus();
  });

  const field = (label: string, input: HTMLElement): HTMLElement =>
    h('div', { class: 'filter-row' }, [h('label', { class: 'filter-label', for: input.id }, [label]), input]);
  root.replaceChildren(
    h('div', { class: 'filter-heading' }, [h('h2', { class: 'section-title', id: 'evidence-filter-title' }, ['Dates and article']), clear]),
    h('div', { class: 'filter-fields', role: 'group', 'aria-labelledby': 'evidence-filter-title' }, [
      field('From', from),
      field('To', to),
      field('Article', article),
      asOf.root,
    ]),
    summary,
  );

  return {
    show(filter) {
      wanted = filter;
      from.value = filter.from ?? '';
      to.value = filter.to ?? '';
      article.value = filter.document ?? '';
      asOf.show(filter.asOf);
      clear.hidden = !isEvidenceFilterActive(filter);
    },
    setDocuments(documents) {
      article.replaceChildren(
        h('option', { value: '' }, ['All articles']),
        ...documents.map((doc) => h('option', { value: doc.id, title: doc.title }, [describeArticle(doc)])),
      );
      // an article from a link stays chosen once the list has come
      article.value = wanted.document ?? '';
      const days = documents.flatMap((doc) => (doc.date ? [doc.date.slice(0, 10)] : [])).sort();
      asOf.setDays(days);
      for (const input of [from, to]) {
        input.min = days[0] ?? '';
        input.max = days.at(-1) ?? '';
      }
    },
    setSummary(counts) {
      const dated = wanted.from || wanted.to || wanted.asOf ? ' Undated articles are left out while dates are set.' : '';
      // says what this filter leaves, whatever the type filter hides besides
      summary.textContent = counts && counts.drawn > 0 ? `${counts.shown} of ${counts.drawn} nodes of the graph view come from these articles.${dated}` : '';
    },
  };
}

function describeArticle(doc: DocumentInfo): string {
  const title = doc.title || 'Untitled article';
  const short = title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return doc.date ? `${formatDate(doc.date)} · ${short}` : `Undated · ${short}`;
}
