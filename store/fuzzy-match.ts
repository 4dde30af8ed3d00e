/** How many edits a search word of this length may be off by and still match: none for short words. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring):
 * insertions, deletions, substitutions and swaps of two neighbours each cost one. Stops early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The fewest edits between the needle and any form, or any run of as many words of a form as the
 * needle has (so "polis" finds "jared polis" and "coastal resilence" finds "coastal resilience office").
 */
export function closestEdits(needle: string, searchText: string, max: number): number {
  const size = needle.split(/\s+/).length;
  let best = max + 1;
  for (const form of searchText.split('\n')) {
    const words = form.split(/\s+/);
    const candidates = [form, ...words.slice(0, Math.max(words.length - size + 1, 0)).map((_, i) => words.slice(i, i + size).join(' '))];
    for (const candidate of candidates) {
      best = Math.min(best, editDistance(needle, candidate, max));
      if (best === 0) return 0;
    }
  }
  return best;
}

/** Short runs of the needle to fetch candidates with: a typo rarely hits both ends of a word. */
export function toCandidateProbes(needle: string): string[] {
  const word = needle.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? needle;
  if (word.length < 4) return [];
  return [...new Set([word.slice(0, 3), word.slice(-3)])];
}
