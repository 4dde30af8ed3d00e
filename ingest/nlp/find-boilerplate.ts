import type { Span } from '../../model/extraction.ts';
import { readList } from './data-files.ts';

const BOILERPLATE = readList('boilerplate.txt').map((pattern) => new RegExp(`^(?:${pattern})$`, 'i'));

/** Spans of whole lines that are page furniture ("Skip to main content", "52 views"). */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0].trim();
    if (line && line.length < 160 && BOILERPLATE.some((pattern) => pattern.test(line))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
