import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// The en_US Hunspell word list of the `dictionary-en` package (SCOWL; MIT and BSD licences, see its
// licence file): ~39,000 lower-case words and ~11,000 capitalised proper nouns, with their affix flags.
const require = createRequire(import.meta.url);
const lines = readFileSync(new URL('index.dic', pathToFileURL(require.resolve('dictionary-en'))), 'utf8').split('\n').slice(1);

const COMMON = new Set<string>();
const PROPER = new Set<string>();
for (const line of lines) {
  const word = line.split('/')[0]!.trim();
  if (!word) continue;
  if (/^\p{Ll}/u.test(word)) COMMON.add(word);
  else if (/^\p{Lu}\p{Ll}/u.test(word)) PROPER.add(word);
}

/** The forms a word may have come from by a regular ending: "operations" → "operation", "companies" → "company". */
function toRoots(word: string): string[] {
  const roots = [word];
  if (/ies$/.test(word)) roots.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) roots.push(word.slice(0, -2));
  if (/[^s]s$/.test(word)) roots.push(word.slice(0, -1));
  return roots;
}

/** Also the roots of verb and adjective endings: "walked" → "walk", "sanctified" → "sanctify", "cheaper" → "cheap". */
function toAllRoots(word: string): string[] {
  const roots = toRoots(word);
  const stem = /^(.{3,}?)(?:ed|ing|er|est)$/.exec(word)?.[1];
  if (stem) roots.push(stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : []));
  if (/ied$/.test(word)) roots.push(`${word.slice(0, -3)}y`);
  return roots;
}

/**
 * Whether the word, read in lower case, is an English dictionary word or a regular plural of one
 * ("Tension", "Operations", "Seat"), as opposed to a word only a name has ("Heidelberg", "Koolhaas").
 */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return toAllRoots(lower).some((root) => COMMON.has(root));
}

/** Whether the word is a regular plural of a dictionary noun ("Operations", "Companies"), and no listed proper noun ("Welles"). */
export function isDictionaryPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/s$/.test(lower)) return false;
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return !PROPER.has(capitalised) && toRoots(lower).slice(1).some((root) => COMMON.has(root));
}

/**
 * Whether the word is built as a noun for a movement, a fear or a field of study ("Freemasonry",
 * "Islamophobia", "Sinology"), which names no place or person even where no dictionary lists it.
 */
export function isAbstractNoun(word: string): boolean {
  return /\p{Ll}(?:masonry|phobia|philia|ology)$/u.test(word);
}

/** Whether the dictionary lists the word as a proper noun ("Heidelberg", "Porsche", "Nice"). */
export function isListedProperNoun(word: string): boolean {
  return PROPER.has(word.replace(/['’]s$/, ''));
}
