import { formatDate } from '../dom.ts';
import type { DocumentInfo, EvidenceFilter } from './evidence-filter.ts';

/**
 * Returns what to say over a graph that a date or article filter has emptied: what it hides, why,
 * and how to show it again; undefined while something is still shown.
 * @example describeFilteredOut({ from: '2030-01-01' }, { shown: 0, drawn: 60 }, documents) // 'None of the 60 nodes drawn comes from an article dated from 1 Jan 2030. …'
 */
export function describeFilteredOut(filter: EvidenceFilter, counts: { shown: number; drawn: number }, documents: ReadonlyMap<string, DocumentInfo>): string | undefined {
  if (counts.shown > 0 || counts.drawn === 0) return undefined;
  const parts: string[] = [];
  if (filter.asOf && !filter.from && !filter.to) {
    const known = [...documents.values()].filter((doc) => doc.date && doc.date.slice(0, 10) <= filter.asOf!).length;
    parts.push(`None of the ${counts.drawn} nodes drawn was known as of ${formatDate(filter.asOf)}: ${known} of the ${documents.size} articles are dated by then.`);
    parts.push('Move the "As of" slider later, or to its right end for everything.');
    return parts.join(' ');
  }
  if (filter.from || filter.to) {
    const range = [filter.from ? `from ${formatDate(filter.from)}` : '', filter.to ? `to ${formatDate(filter.to)}` : ''].filter(Boolean).join(' ');
    const inRange = [...documents.values()].filter((doc) => doc.date && (!filter.from || doc.date.slice(0, 10) >= filter.from) && (!filter.to || doc.date.slice(0, 10) <= filter.to)).length;
    const undated = [...documents.values()].filter((doc) => !doc.date).length;
    parts.push(`None of the ${counts.drawn} nodes drawn comes from an article dated ${range}.`);
    parts.push(`${inRange} of the ${documents.size} articles are dated then${undated > 0 ? `, and ${undated} have no date, so no date range shows them` : ''}.`);
  } else {
    parts.push(`None of the ${counts.drawn} nodes drawn comes from the chosen article.`);
  }
  parts.push('Clear the filter in the sidebar, choose other dates on the Timeline, or search for an entity of those articles.');
  return parts.join(' ');
}
