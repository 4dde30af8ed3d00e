import type { Mention } from './types.ts';

// "I-44", "US-75 South", "US 169", "Interstate 95", "Route 66", "Hwy 51": roads named by number.
const ROAD = /\b(?:(?:I|US)-\d{1,3}|(?:US|Interstate|Route|Highway|Hwy\.?|State Route)\s\d{1,3})\b(?:\s(?:North|South|East|West)\b)?(?![\d.,]\d|\s?%|-\d|\s(?:percent|million|billion|cents?|dollars?)\b)/gu;
// "Terminal 2", "Building 31": a numbered part of an airport or a site.
const SITE = /\b(?:Terminal|Concourse|Building|Pier)\s\d{1,3}\b(?![\d.,]\d|\s?%)/gu;

/**
 * Places named by a number, which no run of capitalised words finds: roads ("I-44 East", "US 75",
 * "Route 66") and numbered parts of a site ("Terminal 2"). Names found inside them ("US") are
 * dropped by the caller.
 */
export function findNumberedPlaces(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of [...text.matchAll(ROAD), ...text.matchAll(SITE)]) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((m) => m.start < end && start < m.end)) continue;
    found.push({
      start, end, text: match[0], type: 'Place', known: null,
      role: null, titledText: null, guessed: false, acronymOf: null,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
