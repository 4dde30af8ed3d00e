import type { Span } from '../../model/extraction.ts';

/** A span of text inside quotation marks, with where its marks are. */
export interface QuoteSpan {
  /** The words inside the marks. */
  start: number;
  end: number;
  /** The opening mark's start; the closing mark's end, or null when the paragraph ends first. */
  open: number;
  close: number | null;
  paragraph: number;
  /** How many quotes it sits inside (0 for an outer quote). */
  depth: number;
}

type Kind = 'curly' | 'straight' | 'double-tick';
interface OpenMark { kind: Kind; at: number; length: number }

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The quotation mark at `i`, whether it opens or closes, and its length in code units. */
function readMark(text: string, i: number, stack: OpenMark[]): { kind: Kind; opens: boolean; length: number } | null {
  const char = text[i];
  const pair = text.slice(i, i + 2);
  if (char === '“' || char === '„') return { kind: 'curly', opens: true, length: 1 };
  // Mixed marks ("… him,” said): a closing mark of the other kind closes what is open.
  if (char === '”') return { kind: stack.at(-1)?.kind === 'straight' ? 'straight' : 'curly', opens: false, length: 1 };
  if (pair === '``') return { kind: 'double-tick', opens: true, length: 2 };
  if (pair === "''") {
    if (stack.some((mark) => mark.kind === 'double-tick')) return { kind: 'double-tick', opens: false, length: 2 };
    return isWordChar(text[i - 1]) ? null : { kind: 'double-tick', opens: !isWordChar(text[i - 1]) && /\S/.test(text[i + 2] ?? ''), length: 2 };
  }
  if (char === '"') {
    if (stack.at(-1)?.kind === 'curly' && isWordChar(text[i - 1]) || /[,.!?]/.test(text[i - 1] ?? '') && stack.at(-1)?.kind === 'curly') {
      return { kind: 'curly', opens: false, length: 1 };
    }
    return { kind: 'straight', opens: !stack.some((mark) => mark.kind === 'straight'), length: 1 };
  }
  return null;
}

/** Quote spans of one paragraph; a quote the paragraph leaves open ends with it. */
function findInParagraph(text: string, paragraph: Span, index: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const mark = readMark(text, i, stack);
    if (!mark) continue;
    if (mark.opens) {
      stack.push({ kind: mark.kind, at: i, length: mark.length });
    } else {
      const at = stack.map((m) => m.kind).lastIndexOf(mark.kind);
      // A closing mark with nothing open is a stray: an opening mark typed the wrong way round.
      if (at < 0) {
        if (mark.kind === 'curly' && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) stack.push({ kind: 'curly', at: i, length: 1 });
        continue;
      }
      const opened = stack[at]!;
      stack.length = at;
      spans.push({ start: opened.at + opened.length, end: i, open: opened.at, close: i + mark.length, paragraph: index, depth: at });
    }
    i += mark.length - 1;
  }
  stack.forEach((opened, depth) => {
    spans.push({ start: opened.at + opened.length, end: paragraph.end, open: opened.at, close: null, paragraph: index, depth });
  });
  return spans;
}

const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

/** Every span in quotation marks (curly, straight, `` … '' and '' … '') of three or more words. */
export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  return paragraphs
    .flatMap((paragraph, index) => findInParagraph(text, paragraph, index))
    .map((span) => trimSpan(text, span))
    .filter((span) => countWords(text.slice(span.start, span.end)) >= 3 && !isAttributeValue(text, span))
    .sort((a, b) => a.start - b.start);
}

/** `<tweet pic="pic.twitter.com/…">`, `<a href="…">`: the value of a markup attribute that scraping left in the text. */
function isAttributeValue(text: string, span: QuoteSpan): boolean {
  return /<[A-Za-z][^<>]*\s[\w-]+=$/u.test(text.slice(Math.max(0, span.open - 200), span.open));
}

function trimSpan(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { ...span, start, end };
}
