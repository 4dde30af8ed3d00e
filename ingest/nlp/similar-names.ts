/** The number of single-letter edits that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether two surnames are one name misspelt ("Corvin"/"Corvan"): long enough and at most two edits apart. */
export function isNearSpelling(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || x[0] !== y[0]) return false;
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) + (x.slice(0, 3) === y.slice(0, 3) ? 1 : 0);
}

/** A name in the form names are compared in: no "the", no possessive, straight apostrophes, lower case. */
export function toNameKey(name: string): string {
  return name
    .replace(/’/g, "'")
    .replace(/'s?$/, '')
    .replace(/^the\s+/i, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
