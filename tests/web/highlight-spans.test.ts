import { describe, expect, it } from 'vitest';
import { splitIntoSegments } from '../../web/text/highlight-spans.ts';
import type { HighlightSpan } from '../../web/text/highlight-spans.ts';

const span = (start: number, end: number, value: string): HighlightSpan<string> => ({ start, end, value });
/** Each piece as `start-end:values`, values innermost first. */
const describeSegments = (length: number, spans: HighlightSpan<string>[]): string[] =>
  splitIntoSegments(length, spans).map((segment) => `${segment.start}-${segment.end}:${segment.spans.map((each) => each.value).join(',')}`);

describe('splitIntoSegments', () => {
  it.each<[string, number, HighlightSpan<string>[], string[]]>([
    ['no spans: one plain piece', 10, [], ['0-10:']],
    ['one span in the middle', 10, [span(2, 5, 'a')], ['0-2:', '2-5:a', '5-10:']],
    ['two spans that overlap', 10, [span(0, 6, 'a'), span(4, 10, 'b')], ['0-4:a', '4-6:a,b', '6-10:b']],
    ['a mention inside a quote, innermost first', 20, [span(0, 20, 'quote'), span(5, 9, 'name')], ['0-5:quote', '5-9:name,quote', '9-20:quote']],
    ['two spans over the very same text', 8, [span(2, 6, 'a'), span(2, 6, 'b')], ['0-2:', '2-6:a,b', '6-8:']],
    ['spans that touch without overlapping', 6, [span(0, 3, 'a'), span(3, 6, 'b')], ['0-3:a', '3-6:b']],
    ['a span past the end of the text, clipped', 5, [span(3, 40, 'a')], ['0-3:', '3-5:a']],
    ['an empty or negative span, dropped', 5, [span(2, 2, 'a'), span(4, 1, 'b')], ['0-5:']],
    ['a sentence-long event with two names and a quote in it', 30, [span(0, 30, 'event'), span(2, 6, 'p1'), span(10, 20, 'q'), span(12, 16, 'p2')], [
      '0-2:event', '2-6:p1,event', '6-10:event', '10-12:q,event', '12-16:p2,q,event', '16-20:q,event', '20-30:event',
    ]],
  ])('cuts %s', (_case, length, spans, expected) => {
    expect(describeSegments(length, spans)).toEqual(expected);
  });

  it('covers the whole text with no gap and no overlap', () => {
    const segments = splitIntoSegments(50, [span(3, 30, 'a'), span(10, 45, 'b'), span(12, 14, 'c')]);

    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(50);
    segments.slice(1).forEach((segment, index) => expect(segment.start).toBe(segments[index]!.end));
  });
});
