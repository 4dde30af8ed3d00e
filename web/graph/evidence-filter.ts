/** What the graph is narrowed to: articles dated within a range, and/or one article. Dates are `YYYY-MM-DD`. */
export interface EvidenceFilter {
  from?: string;
  to?: string;
  /** A document id: only what this article shows. */
  document?: string;
  /** Replays the archive: only what articles dated up to this day said, as it was known then. */
  asOf?: string;
}

/** An article as the filter needs it. */
export interface DocumentInfo {
  id: string;
  title: string;
  /** The article's date, ISO; null when the article gave none. */
  date: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` day, the form date inputs and the URL use. */
export function isIsoDay(value: string | undefined): value is string {
  return value !== undefined && ISO_DAY.test(value) && !Number.isNaN(Date.parse(value));
}

/** True when the filter narrows anything. */
export function isEvidenceFilterActive(filter: EvidenceFilter): boolean {
  return Boolean(filter.from || filter.to || filter.document || filter.asOf);
}

/**
 * Returns a test for document ids: true for an article that is the chosen one (if one is chosen)
 * and dated within the range (if a range is set, ends included). An undated article fails any
 * range (or an "as of" day), and an article missing from `documents` fails any filter.
 * @example createDocumentTest({ from: '2026-11-01' }, documents)('e80a…') // false for an article of 31 Oct
 */
export function createDocumentTest(filter: EvidenceFilter, documents: ReadonlyMap<string, DocumentInfo>): (id: string) => boolean {
  if (!isEvidenceFilterActive(filter)) return () => true;
  const hasRange = Boolean(filter.from || filter.to || filter.asOf);
  return (id) => {
    if (filter.document && id !== filter.document) return false;
    const info = documents.get(id);
    if (!info) return false;
    if (!hasRange) return true;
    if (!info.date) return false;
    const day = info.date.slice(0, 10);
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to) && (!filter.asOf || day <= filter.asOf);
  };
}

/**
 * Returns the ids of the elements that no passing article supports: those whose evidence lists
 * no document for which `passes` is true, or that have no evidence listed at all.
 */
export function findFilteredOut(
  ids: Iterable<string>,
  evidence: ReadonlyMap<string, readonly string[]>,
  passes: (documentId: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (!(evidence.get(id) ?? []).some(passes)) out.add(id);
  }
  return out;
}
