import { KNOWN_ENTITIES } from './lexicon.ts';
import type { KnownEntity } from './lexicon.ts';

/** A place in the text where a name from the word lists occurs. */
export interface KnownNameHit {
  start: number;
  end: number;
  text: string;
  entity: KnownEntity;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Apostrophes come straight or curly in news text.
const toPattern = (surface: string): string => escapeRegex(surface).replace(/['’]/g, "['’]");

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

// Longest first, so "U.S. Immigration and Customs Enforcement" wins over "U.S.".
const SURFACES = [...bySurface.keys()].sort((a, b) => b.length - a.length);
const KNOWN_NAME_REGEX = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${SURFACES.map(toPattern).join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  'giu',
);

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
  for (const match of text.matchAll(KNOWN_NAME_REGEX)) {
    const found = match[0];
    const entity = bySurface.get(found.replace(/’/g, "'").toLowerCase());
    if (!entity || !hasNameCase(found, entity)) continue;
    hits.push({ start: match.index, end: match.index + found.length, text: found, entity });
  }
  return hits;
}

/** The listed entity with this exact surface form, if any. */
export function findKnownEntity(surface: string): KnownEntity | undefined {
  const entity = bySurface.get(surface.replace(/’/g, "'").toLowerCase());
  return entity && hasNameCase(surface, entity) ? entity : undefined;
}
