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

/**
 * The listed surfaces as a tree of their characters (lower case, straight apostrophes): reading the text from a word's
 * start down the tree finds every surface that starts there in one pass, where one pattern of thousands of
 * alternatives tried each of them at every word (a fiftieth of all extraction time).
 */
interface SurfaceNode { next: Map<string, SurfaceNode>; surface?: string }
const SURFACE_TREE: SurfaceNode = { next: new Map() };
for (const surface of bySurface.keys()) {
  let node = SURFACE_TREE;
  for (let i = 0; i < surface.length; i += 1) {
    let child = node.next.get(surface[i]!);
    if (!child) node.next.set(surface[i]!, (child = { next: new Map() }));
    node = child;
  }
  node.surface = surface;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const foldChar = (char: string): string => (char === '’' ? "'" : char.toLowerCase());
/** A name starts where no letter, digit or dot stands before it ("U.S." is not found inside "R.U.S."). */
const canStart = (text: string, at: number): boolean => at === 0 || !(LETTER_OR_DIGIT.test(text[at - 1]!) || text[at - 1] === '.');
/** A name ends before anything but a letter, a digit or a dot opening another word ("Ga.Tech" is not "Ga."). */
const canEnd = (text: string, at: number): boolean => {
  const next = text[at];
  if (next === undefined) return true;
  if (LETTER_OR_DIGIT.test(next)) return false;
  return !(next === '.' && text[at + 1] !== undefined && /\p{L}/u.test(text[at + 1]!));
};

/** The length of the longest listed surface starting at `at` and ending where a name can end, or 0. */
function longestSurfaceAt(text: string, at: number): number {
  let node: SurfaceNode | undefined = SURFACE_TREE;
  let longest = 0;
  for (let end = at; node; end += 1) {
    if (node.surface !== undefined && end > at && canEnd(text, end)) longest = end - at;
    if (end >= text.length) break;
    node = node.next.get(foldChar(text[end]!));
  }
  return longest;
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
  for (let at = 0; at < text.length; at += 1) {
    if (!SURFACE_TREE.next.has(foldChar(text[at]!)) || !canStart(text, at)) continue;
    const length = longestSurfaceAt(text, at);
    if (length === 0) continue;
    const found = text.slice(at, at + length);
    const entity = bySurface.get(found.replace(/’/g, "'").toLowerCase());
    // A surface in the wrong case ("the us") is passed over whole, not searched again from inside.
    if (entity && hasNameCase(found, entity)) hits.push({ start: at, end: at + length, text: found, entity });
    at += length - 1;
  }
  return hits;
}

/** The listed entity with this exact surface form, if any. */
export function findKnownEntity(surface: string): KnownEntity | undefined {
  const entity = bySurface.get(surface.replace(/’/g, "'").toLowerCase());
  return entity && hasNameCase(surface, entity) ? entity : undefined;
}
