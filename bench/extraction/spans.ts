/** A span of an article's text, as gold and extraction give them. */
export interface Span { start: number; end: number }

/** How many characters two spans share. */
export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The statement scorer's test: overlapping by half the shorter span at least. */
export const matches = (a: Span, b: Span): boolean => overlap(a, b) > 0 && 2 * overlap(a, b) >= Math.min(a.end - a.start, b.end - b.start);
