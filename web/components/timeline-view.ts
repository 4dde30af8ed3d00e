import type { Timeline, TimelineBar, TimelineBucket } from '../../contract/timeline.ts';
import type { ApiClient } from '../api-client.ts';
import { formatDate, h } from '../dom.ts';
import type { GraphOverlay } from './graph-overlay.ts';
import type { QuotePanelPlaceholder } from './quote-panel.ts';
import { TIMELINE_KINDS, mountTimelineChart } from './timeline-chart.ts';
import type { DayRange } from './timeline-chart.ts';

/** The timeline's quote panel before a bar is clicked. */
export const TIMELINE_QUOTES_PLACEHOLDER: QuotePanelPlaceholder = {
  title: 'Quotes over time',
  text: 'Each bar counts the quotes, reported statements and events of the articles dated in its day or week.',
  hints: [
    ['Click', ' a bar: its quotes'],
    ['Drag', ' across bars: only those dates, in every view'],
    ['As of', ' in the sidebar: replay the graph up to a day, or Play it'],
    ['', 'Select an entity in the graph first to see only its share'],
  ],
};

/** What the timeline shows: the archive or one entity's share of it, and the range chosen. */
export interface TimelineState extends DayRange {
  entity?: string;
}

/** The timeline view: quotes, reported statements and events per day or week, stacked by kind. */
export interface TimelineView {
  /** Loads what the state needs (once per entity and bucket) and draws it. */
  show(state: TimelineState): Promise<void>;
}

/** What the view asks of the rest of the explorer. */
export interface TimelineHandlers {
  /** A range was brushed, or cleared (both undefined): the date filter of every view. */
  onRange(range: DayRange): void;
  /** A bar was clicked: list its quotes, of the entity when one is chosen. */
  onBar(bar: TimelineBar, entity: { id: string; name: string } | undefined): void;
  /** "Whole archive" was chosen instead of one entity. */
  onWholeArchive(): void;
}

/** Returns the timeline drawn into its parts: a toolbar, the chart, and the overlay for empty and error states. */
export function createTimelineView(
  parts: { toolbar: HTMLElement; chart: HTMLElement; overlay: GraphOverlay },
  api: Pick<ApiClient, 'getTimeline' | 'getEntity'>,
  handlers: TimelineHandlers,
): TimelineView {
  const timelines = new Map<string, Promise<Timeline>>();
  const names = new Map<string, Promise<string>>();
  let state: TimelineState = {};
  let bucket: TimelineBucket = 'week';
  let entityName: string | undefined;
  let latest = 0;

  const chart = mountTimelineChart(parts.chart, {
    onBrush: (range) => handlers.onRange(range),
    onBar: (bar) => handlers.onBar(bar, state.entity && entityName ? { id: state.entity, name: entityName } : undefined),
  });
  const bucketSelect = h('select', { id: 'timeline-bucket', class: 'filter-input' }, [
    h('option', { value: 'week' }, ['per week']),
    h('option', { value: 'day' }, ['per day']),
  ]);
  bucketSelect.addEventListener('change', () => {
    bucket = bucketSelect.value === 'day' ? 'day' : 'week';
    void show(state);
  });
  const scope = h('span', { class: 'timeline-scope' });
  const rangeText = h('span', { class: 'timeline-range-text muted' });
  const clear = h('button', { type: 'button', class: 'button button-small', id: 'timeline-clear' }, ['Clear dates']);
  clear.addEventListener('click', () => handlers.onRange({}));
  const totals = h('p', { class: 'timeline-totals', role: 'status', 'aria-live': 'polite' });
  parts.toolbar.replaceChildren(
    h('div', { class: 'timeline-controls' }, [
      scope,
      h('label', { class: 'confidence-filter', for: 'timeline-bucket' }, ['Bars', bucketSelect]),
      h('span', { class: 'timeline-legend', 'aria-label': 'Stacked, bottom up' }, TIMELINE_KINDS.map((kind) =>
        h('span', {}, [h('span', { class: `legend-swatch legend-kind-${kind.key}`, 'aria-hidden': 'true' }), kind.caption]),
      )),
      rangeText,
      clear,
    ]),
    totals,
  );

  const load = (entity: string | undefined): Promise<Timeline> => {
    const key = `${entity ?? ''}|${bucket}`;
    let timeline = timelines.get(key);
    if (!timeline) {
      timeline = api.getTimeline({ entity, bucket });
      timeline.catch(() => timelines.delete(key)); // the next show asks again
      timelines.set(key, timeline);
    }
    return timeline;
  };
  const nameOf = (id: string): Promise<string> => {
    let name = names.get(id);
    if (!name) names.set(id, (name = api.getEntity(id).then((entity) => entity.name, () => id)));
    return name;
  };

  function showScope(): void {
    if (!state.entity) {
      scope.replaceChildren(h('strong', {}, ['Whole archive']));
      return;
    }
    const whole = h('button', { type: 'button', class: 'button button-small' }, ['Whole archive']);
    whole.addEventListener('click', handlers.onWholeArchive);
    scope.replaceChildren('Said by or about ', h('strong', {}, [entityName ?? state.entity]), ' ', whole);
  }

  function showRange(): void {
    const chosen = state.from || state.to;
    clear.hidden = !chosen;
    const asOf = state.asOf ? ` Replayed as of ${formatDate(state.asOf)}: later bars are greyed (the "As of" slider in the sidebar).` : '';
    rangeText.textContent = (chosen
      ? `Every view shows articles ${state.from ? `from ${formatDate(state.from)}` : ''}${state.from && state.to ? ' ' : ''}${state.to ? `to ${formatDate(state.to)}` : ''}.`
      : 'Drag across the bars to show only those dates in every view; click a bar for its quotes.') + asOf;
  }

  async function show(next: TimelineState): Promise<void> {
    state = next;
    const mine = ++latest;
    showRange();
    parts.overlay.show({ kind: 'loading', message: 'Counting quotes and events…' });
    try {
      const [timeline, name] = await Promise.all([load(state.entity), state.entity ? nameOf(state.entity) : undefined]);
      if (mine !== latest) return;
      entityName = name;
      showScope();
      totals.textContent = describeTotals(timeline, state);
      const empty = describeEmpty(timeline, state, name);
      parts.overlay.show(empty ? { kind: 'empty', message: empty } : { kind: 'ready' });
      chart.draw(timeline, state);
    } catch (error) {
      if (mine !== latest) return;
      const message = error instanceof Error ? error.message : String(error);
      parts.overlay.show({ kind: 'error', message: `Could not load the timeline: ${message}`, retry: () => void show(state) });
    }
  }

  return { show };
}

/** The counts in words, with what the chart cannot show: undated articles, and what the range leaves out. */
function describeTotals(timeline: Timeline, range: DayRange): string {
  const inRange = timeline.bars.filter((bar) => (!range.from || bar.end >= range.from) && (!range.to || bar.start <= range.to));
  const counts = TIMELINE_KINDS.map((kind) => `${inRange.reduce((sum, bar) => sum + bar[kind.key], 0).toLocaleString('en')} ${kind.caption}`);
  const undated = timeline.undated.direct + timeline.undated.indirect + timeline.undated.events;
  const scope = range.from || range.to ? 'in the chosen dates' : 'in dated articles';
  if (inRange.length === 0) return `Nothing in the chosen dates: the bars outside them are greyed. Clear the dates to show all articles in every view.`;
  return `${counts.join(' · ')} ${scope}.${undated > 0 ? ` ${undated.toLocaleString('en')} more come from undated articles and are not drawn.` : ''}`;
}

/** What to say instead of an empty chart, or undefined when there is something to draw. */
function describeEmpty(timeline: Timeline, range: DayRange, name: string | undefined): string | undefined {
  const undated = timeline.undated.direct + timeline.undated.indirect + timeline.undated.events;
  if (timeline.bars.length === 0 && undated === 0) {
    return name ? `${name} has no quotes, reported statements or events in the archive.` : 'Nothing to draw yet: ingest some articles, then reload.';
  }
  if (timeline.bars.length === 0) {
    return `All ${undated} quotes and events ${name ? `of ${name} ` : ''}come from articles without a date, which a timeline cannot place.`;
  }
  return undefined;
}
