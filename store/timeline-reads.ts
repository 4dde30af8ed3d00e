import type { Timeline, TimelineQuery } from '../contract/timeline.ts';
import { labelForEntityId } from '../model/graph-model.ts';
import { decodeRows, type ReadQueries } from './cypher/read-queries.ts';
import type { RunRead } from './graph-reads.ts';
import { toTimeline, type DatedCount } from './timeline-buckets.ts';

// a quote stored before kinds were kept is in quotation marks
const toKind = (kind: string | null): 'direct' | 'indirect' => (kind === 'indirect' ? 'indirect' : 'direct');

/** The timeline's read: quotes, reported statements and events by the dates of their articles. */
export function createTimelineReads(run: RunRead, queries: ReadQueries) {
  async function quoteCounts(entity: string | undefined): Promise<DatedCount[]> {
    if (entity === undefined) {
      return decodeRows.timelineQuotes(await run(queries.timelineQuotes)).map((row) => ({ date: row.date, kind: toKind(row.kind), count: row.count }));
    }
    const label = labelForEntityId(entity);
    if (label === null) return [];
    // a quote an entity says about itself is one quote, not two
    const quotes = new Map<string, DatedCount>();
    for (const way of ['said', 'about'] as const) {
      for (const row of decodeRows.timelineEntityQuotes(await run(queries.timelineEntityQuotes(label, way), { id: entity }))) {
        quotes.set(row.id, { date: row.date, kind: toKind(row.kind), count: 1 });
      }
    }
    return [...quotes.values()];
  }

  async function eventCounts(entity: string | undefined): Promise<DatedCount[]> {
    const label = entity === undefined ? undefined : labelForEntityId(entity);
    if (label === null) return [];
    const rows = decodeRows.timelineEvents(await run(queries.timelineEvents(label), entity === undefined ? {} : { id: entity }));
    return rows.map((row) => ({ date: row.date, kind: 'events', count: row.count }));
  }

  /** Bars per day or week for the archive, or for what one entity said, was said about, and took part in. */
  async function timeline(query: TimelineQuery): Promise<Timeline> {
    const [quotes, events] = [await quoteCounts(query.entity), await eventCounts(query.entity)];
    return toTimeline([...quotes, ...events], query.bucket);
  }

  return { timeline };
}
