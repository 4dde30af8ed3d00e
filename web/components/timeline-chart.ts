import type { Timeline, TimelineBar } from '../../contract/timeline.ts';
import { formatDate } from '../dom.ts';
import { createTimelineScale, findMonthTicks, toBrushedRange, toDayNumber, totalOf } from '../timeline/timeline-scale.ts';
import type { TimelineScale } from '../timeline/timeline-scale.ts';

/** The kinds a bar stacks, bottom up, with the words the legend and the tooltips use. */
export const TIMELINE_KINDS = [
  { key: 'direct', caption: 'quotes' },
  { key: 'indirect', caption: 'reported statements' },
  { key: 'events', caption: 'events' },
] as const;

const MARGIN = { left: 44, right: 16, top: 12, bottom: 30 };
/** A drag shorter than this is a click on a bar. */
const CLICK_PX = 4;

/** A day range the chart shows as chosen; either end may be open. */
export interface DayRange {
  from?: string;
  to?: string;
  /** The "as of" day the views are replayed to: a line marks it and later bars are greyed. */
  asOf?: string;
}

/** The timeline's bar chart: stacked bars, a month axis, a brush, and the chosen range shaded. */
export interface TimelineChart {
  draw(timeline: Timeline, range: DayRange): void;
}

/**
 * Returns the chart drawn as SVG into `root`. Dragging across it reports the days covered (whole bars)
 * to `onBrush`; a click reports the bar under it to `onBar`.
 */
export function mountTimelineChart(root: HTMLElement, handlers: { onBrush(range: { from: string; to: string }): void; onBar(bar: TimelineBar): void }): TimelineChart {
  const chart = svg('svg', { class: 'timeline-chart', role: 'img' });
  root.replaceChildren(chart);
  let drawn: { timeline: Timeline; range: DayRange } | undefined;
  let scale: TimelineScale | undefined;
  let brushStart: number | undefined;
  const brush = svg('rect', { class: 'timeline-brush', visibility: 'hidden' });

  const plotX = (event: PointerEvent): number => event.clientX - chart.getBoundingClientRect().left - MARGIN.left;
  chart.addEventListener('pointerdown', (event) => {
    if (!scale || event.button !== 0) return;
    brushStart = plotX(event);
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener('pointermove', (event) => {
    if (brushStart === undefined) return;
    const x = plotX(event);
    brush.setAttribute('x', String(MARGIN.left + Math.min(brushStart, x)));
    brush.setAttribute('width', String(Math.abs(x - brushStart)));
    brush.setAttribute('visibility', 'visible');
  });
  chart.addEventListener('pointerup', (event) => {
    if (brushStart === undefined || !scale || !drawn) return;
    const [start, end] = [brushStart, plotX(event)];
    brushStart = undefined;
    brush.setAttribute('visibility', 'hidden');
    if (Math.abs(end - start) >= CLICK_PX) return handlers.onBrush(toBrushedRange(scale, drawn.timeline.bars, start, end));
    const day = scale.dayAt(end);
    const bar = drawn.timeline.bars.find((each) => toDayNumber(each.start) <= day && day <= toDayNumber(each.end));
    if (bar) handlers.onBar(bar);
  });

  function render(): void {
    if (!drawn) return;
    const width = Math.max(200, root.clientWidth);
    const height = Math.max(160, root.clientHeight);
    const plot = { width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
    scale = createTimelineScale(drawn.timeline.bars, plot, drawn.range);
    chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(height));
    chart.setAttribute('aria-label', describeChart(drawn.timeline));
    brush.setAttribute('y', String(MARGIN.top));
    brush.setAttribute('height', String(plot.height));
    chart.replaceChildren(
      drawRange(scale, drawn.range, plot.height),
      drawAxes(scale, plot),
      ...drawn.timeline.bars.map((bar) => drawBar(scale!, bar, plot.height, drawn!.range)),
      // over the bars, so the day reads where a bar spans it
      drawAsOf(scale, drawn.range.asOf, plot.height),
      brush,
    );
  }
  new ResizeObserver(() => render()).observe(root);

  return {
    draw(timeline, range) {
      drawn = { timeline, range };
      render();
    },
  };
}

function drawBar(scale: TimelineScale, bar: TimelineBar, plotHeight: number, range: DayRange): SVGElement {
  const x = MARGIN.left + scale.x(toDayNumber(bar.start));
  const width = Math.max(1, scale.x(toDayNumber(bar.end) + 1) - scale.x(toDayNumber(bar.start)) - 1);
  const outside =
    (range.from !== undefined && bar.end < range.from) || (range.to !== undefined && bar.start > range.to) || (range.asOf !== undefined && bar.start > range.asOf);
  const group = svg('g', { class: `timeline-bar${outside ? ' is-outside' : ''}`, 'data-start': bar.start, 'data-end': bar.end, 'data-total': totalOf(bar) });
  let y = MARGIN.top + plotHeight;
  for (const kind of TIMELINE_KINDS) {
    const height = scale.height(bar[kind.key]);
    if (height <= 0) continue;
    y -= height;
    group.append(svg('rect', { class: `kind-${kind.key}`, x, y, width, height }));
  }
  const title = svg('title', {});
  title.textContent = describeBar(bar);
  group.append(title);
  return group;
}

function drawAxes(scale: TimelineScale, plot: { width: number; height: number }): SVGElement {
  const axes = svg('g', { class: 'timeline-axes' });
  const baseline = MARGIN.top + plot.height;
  axes.append(svg('line', { x1: MARGIN.left, x2: MARGIN.left + plot.width, y1: baseline, y2: baseline }));
  for (const tick of findMonthTicks(scale, Math.max(2, Math.floor(plot.width / 90)))) {
    const x = MARGIN.left + scale.x(tick.day);
    axes.append(svg('line', { x1: x, x2: x, y1: baseline, y2: baseline + 5 }));
    const label = svg('text', { x: x + 3, y: baseline + 18 });
    label.textContent = tick.label;
    axes.append(label);
  }
  for (const count of [scale.maxCount, Math.round(scale.maxCount / 2)]) {
    const y = MARGIN.top + plot.height - scale.height(count);
    axes.append(svg('line', { class: 'timeline-grid', x1: MARGIN.left, x2: MARGIN.left + plot.width, y1: y, y2: y }));
    const label = svg('text', { x: MARGIN.left - 6, y: y + 4, 'text-anchor': 'end' });
    label.textContent = String(count);
    axes.append(label);
  }
  return axes;
}

function drawRange(scale: TimelineScale, range: DayRange, plotHeight: number): SVGElement {
  if (!range.from && !range.to) return svg('g', {});
  const first = range.from ? toDayNumber(range.from) : scale.firstDay;
  const end = range.to ? toDayNumber(range.to) + 1 : scale.endDay;
  const x = MARGIN.left + scale.x(first);
  return svg('rect', { class: 'timeline-range', x, y: MARGIN.top, width: Math.max(2, scale.x(end) - scale.x(first)), height: plotHeight });
}

function drawAsOf(scale: TimelineScale, asOf: string | undefined, plotHeight: number): SVGElement {
  if (!asOf) return svg('g', {});
  const x = MARGIN.left + scale.x(toDayNumber(asOf) + 1);
  const group = svg('g', { class: 'timeline-as-of', 'data-day': asOf });
  group.append(svg('line', { x1: x, x2: x, y1: MARGIN.top, y2: MARGIN.top + plotHeight }));
  // the label on the side of the line with room for it
  const nearStart = x < MARGIN.left + 120;
  const label = svg('text', { x: nearStart ? x + 4 : x - 4, y: MARGIN.top + 12, 'text-anchor': nearStart ? 'start' : 'end' });
  label.textContent = `as of ${formatDate(asOf)}`;
  group.append(label);
  return group;
}

/** The tooltip of a bar: its days and its counts by kind. */
export function describeBar(bar: TimelineBar): string {
  const days = bar.start === bar.end ? formatDate(bar.start) : `${formatDate(bar.start)} – ${formatDate(bar.end)}`;
  return `${days}: ${TIMELINE_KINDS.map((kind) => `${bar[kind.key]} ${kind.caption}`).join(', ')}`;
}

function describeChart(timeline: Timeline): string {
  const totals = TIMELINE_KINDS.map((kind) => `${timeline.bars.reduce((sum, bar) => sum + bar[kind.key], 0)} ${kind.caption}`);
  return `Timeline per ${timeline.bucket}: ${totals.join(', ')} in ${timeline.bars.length} bars`;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
