import { KNOWN_ENTITIES } from './lexicon.ts';
import type { KnownEntity } from './lexicon.ts';

/** A place in the text where a name from the word lists occurs. */
export interface KnownNameHit {
  start: number;
  end: number;
  text: string;
  entity: KnownEntity;
}

/** The listed forms of a name, and "United States Coast Guard" for "U.S. Coast Guard", as papers spell it out. */
const listedForms = (entity: KnownEntity): string[] => {
  const forms = [entity.name, ...entity.aliases];
  return [...forms, ...forms.filter((form) => form.startsWith('U.S. ')).map((form) => `United States ${form.slice(5)}`)];
};

const bySurface = new Map<string, KnownEntity>();
for (const entity of KNOWN_ENTITIES) {
  // "C.I.A." as some papers write "CIA": an acronym of three letters or more is also listed dotted ("R.T." is initials).
  const dotted = [entity.name, ...entity.aliases].filter((form) => /^\p{Lu}{3,6}$/u.test(form)).map((form) => `${[...form].join('.')}.`);
  for (const listed of [...listedForms(entity), ...dotted]) {
    // "the" is left out of the name found, so "the New York Times" matches "The New York Times".
    const surface = listed.replace(/^the\s+/i, '');
    const key = surface.replace(/’/g, "'").toLowerCase();
    // "World Health Organisation" and "World Health Organization" are one name spelt two ways.
    const spelt = key.replace(/organi([sz])ation/, (_, letter: string) => `organi${letter === 's' ? 'z' : 's'}ation`);
    // "St Louis" as "St. Louis": the dot of "St." is often left out.
    for (const form of [key, spelt, key.replace(/\bst\. /g, 'st ')]) if (!bySurface.has(form)) bySurface.set(form, entity);
  }
}

// Surfaces grouped by their first three characters (or the whole of a shorter one), longest first: at each word the
// text's next three characters pick the few surfaces worth comparing, where one pattern of thousands of alternatives
// tried each of them (a fiftieth of all extraction time). Arrays, not a tree of maps: a tree of tens of thousands
// of maps lives as long as the process and slowed every garbage collection by more than it saved.
const PREFIX = 3;
const byPrefix = new Map<string, string[]>();
for (const surface of [...bySurface.keys()].sort((a, b) => b.length - a.length)) {
  const prefix = surface.slice(0, PREFIX);
  const group = byPrefix.get(prefix);
  if (group) group.push(surface);
  else byPrefix.set(prefix, [surface]);
}
const SHORT_LENGTHS = [...new Set([...bySurface.keys()].filter((s) => s.length < PREFIX).map((s) => s.length))].sort((a, b) => b - a);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Where a name may start: a letter or digit with no letter, digit or dot before it ("U.S." is not found inside "R.U.S.").
const NAME_START = /(?<![\p{L}\p{N}.])[\p{L}\p{N}]/gu;
/** A name ends before anything but a letter, a digit or a dot opening another word ("Ga.Tech" is not "Ga."). */
const canEnd = (text: string, at: number): boolean => {
  const next = text[at];
  if (next === undefined) return true;
  if (LETTER_OR_DIGIT.test(next)) return false;
  return !(next === '.' && text[at + 1] !== undefined && /\p{L}/u.test(text[at + 1]!));
};

/** The text in lower case with straight apostrophes, as surfaces are listed, each character where it was. */
function fold(text: string): string {
  const folded = text.replace(/’/g, "'").toLowerCase();
  if (folded.length === text.length) return folded;
  // A few letters grow in lower case ("İ"): those stay as written, so offsets hold.
  return Array.from({ length: text.length }, (_, i) => {
    const lower = text[i]!.toLowerCase();
    return text[i] === '’' ? "'" : lower.length === 1 ? lower : text[i]!;
  }).join('');
}

/** The longest listed surface at `at` of the folded text that ends where a name can end. */
function longestSurfaceAt(text: string, folded: string, at: number): string | undefined {
  const found = byPrefix.get(folded.slice(at, at + PREFIX))?.find((surface) => folded.startsWith(surface, at) && canEnd(text, at + surface.length));
  if (found) return found;
  // A surface shorter than the prefix ("UN") is its own group.
  const length = SHORT_LENGTHS.find((short) => byPrefix.has(folded.slice(at, at + short)) && canEnd(text, at + short));
  return length === undefined ? undefined : folded.slice(at, at + length);
}

/** Whether the text has the case of a name: as listed, Title Case, or ALL CAPS (never lower case). */
function hasNameCase(found: string, entity: KnownEntity): boolean {
  const spelling = (s: string) => s.replace(/’/g, "'").replace(/(organi)s(ation)/gi, '$1z$2').replace(/\b(St)\. /gi, '$1 ');
  const listed = listedForms(entity).map((s) => spelling(s).replace(/^the\s+/i, ''));
  const plain = spelling(found);
  if (listed.includes(plain)) return true;
  if (plain === plain.toUpperCase() && /\p{Lu}{2}/u.test(plain)) return listed.some((s) => s.toUpperCase() === plain);
  // "C.I.A.": the dotted letters of a listed acronym.
  if (/^(?:\p{Lu}\.){3,6}$/u.test(plain)) return listed.includes(plain.replace(/\./g, ''));
  return false;
}

/** Every name from the word lists found in the text, longest match first, never overlapping. */
export function findKnownNames(text: string): KnownNameHit[] {
  const hits: KnownNameHit[] = [];
  const folded = fold(text);
  const starts = new RegExp(NAME_START);
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index;
    const surface = longestSurfaceAt(text, folded, at);
    if (surface === undefined) continue;
    const end = at + surface.length;
    const found = text.slice(at, end);
    const entity = bySurface.get(surface)!;
    if (hasNameCase(found, entity)) hits.push({ start: at, end, text: found, entity });
    // A surface in the wrong case ("the us") is passed over whole, not searched again from inside.
    starts.lastIndex = end;
  }
  return hits;
}

/** The listed entity with this exact surface form, if any. */
export function findKnownEntity(surface: string): KnownEntity | undefined {
  const entity = bySurface.get(surface.replace(/’/g, "'").toLowerCase());
  return entity && hasNameCase(surface, entity) ? entity : undefined;
}
