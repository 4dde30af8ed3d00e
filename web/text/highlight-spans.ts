/** A stretch of text to highlight: a mention of an entity or a quote. */
export interface HighlightSpan<T> {
  start: number;
  end: number;
  value: T;
}

/** A piece of the text with every span that covers all of it; plain text has none. */
export interface TextSegment<T> {
  start: number;
  end: number;
  spans: HighlightSpan<T>[];
}

/**
 * Returns the text cut at every span boundary, in order, each piece with the spans covering it,
 * so overlapping and nested spans can be drawn as flat, non-overlapping elements. Spans outside
 * the text are clipped; empty ones are dropped. Covering spans are listed shortest (innermost) first.
 * @example splitIntoSegments(10, [{ start: 0, end: 6, value: 'a' }, { start: 4, end: 10, value: 'b' }])
 * // → [0,4) a · [4,6) a,b · [6,10) b
 */
export function splitIntoSegments<T>(length: number, spans: readonly HighlightSpan<T>[]): TextSegment<T>[] {
  const clipped = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, length, ...clipped.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment<T>[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const covering = clipped
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    segments.push({ start, end, spans: covering });
  }
  return mergeAlike(segments);
}

// neighbours covered by the very same spans are one piece: fewer elements to draw
function mergeAlike<T>(segments: TextSegment<T>[]): TextSegment<T>[] {
  const merged: TextSegment<T>[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.end === segment.start && haveSameSpans(last, segment)) last.end = segment.end;
    else merged.push({ ...segment });
  }
  return merged;
}

function haveSameSpans<T>(a: TextSegment<T>, b: TextSegment<T>): boolean {
  return a.spans.length === b.spans.length && a.spans.every((span, index) => span === b.spans[index]);
}
