import { ENTITY_ID_PREFIX, type EntityType } from '../../model/graph-model.ts';
import { readList, readTable, splitCell } from './data-files.ts';
import { toSlug } from '../../model/slug.ts';

/** A name the word lists know: its canonical form, type, stable id and optional parent id. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  parentId: string | null;
}

/** The stable id for a canonical name: `person:jonah-corvin`, `agency:dhs`. */
export function toEntityId(type: EntityType, name: string): string {
  return `${ENTITY_ID_PREFIX[type]}:${toSlug(name)}`;
}

function readAgencies(): KnownEntity[] {
  const rows = readTable('us-agencies.tsv', 4);
  const idOf = new Map<string, string>();
  for (const [name = '', acronym = ''] of rows) {
    const id = toEntityId('Agency', acronym || name);
    idOf.set(name, id);
    if (acronym) idOf.set(acronym, id);
  }
  return rows.map(([name = '', acronym = '', parent = '', aliases]) => ({
    id: idOf.get(name) ?? toEntityId('Agency', name),
    type: 'Agency' as const,
    name,
    aliases: [...(acronym ? [acronym] : []), ...splitCell(aliases)],
    parentId: parent ? idOf.get(parent) ?? toEntityId('Agency', parent) : null,
  }));
}

function readNamed(file: string, type: EntityType): KnownEntity[] {
  return readTable(file, 2).map(([name = '', aliases]) => ({
    id: toEntityId(type, name.replace(/^The /, '')), type, name, aliases: splitCell(aliases), parentId: null,
  }));
}

/** A US state with the ways a party label may write it: "(R-Fla.)", "(R-FL)", "(D-Miss.)". */
export interface UsState {
  name: string;
  /** Abbreviations that are aliases wherever written: "Fla.". */
  abbreviations: string[];
  /** Every form a party label may use, the name and postal code included. */
  labelForms: string[];
  /** The two-letter postal code: "KS". */
  postal: string;
}

/** The US states, from us-states.tsv. */
export const US_STATES: readonly UsState[] = readTable('us-states.tsv', 4).map(([name = '', abbreviations, postal = '', labelOnly]) => ({
  name,
  abbreviations: splitCell(abbreviations),
  labelForms: [name, ...splitCell(abbreviations), postal, ...splitCell(labelOnly)].filter(Boolean),
  postal,
}));

function readPlaces(): KnownEntity[] {
  const listed = readNamed('places.tsv', 'Place');
  const states = US_STATES.map(({ name, abbreviations }) => ({
    id: toEntityId('Place', name), type: 'Place' as const, name, aliases: abbreviations, parentId: 'place:united-states',
  }));
  const plain = [...readList('countries.txt'), ...readList('regions.txt'), ...readList('cities.txt')].map((name) => ({
    id: toEntityId('Place', name), type: 'Place' as const, name, aliases: [], parentId: null,
  }));
  return [...listed, ...states, ...plain];
}

function readBranches(): KnownEntity[] {
  return readList('military-branches.txt').map((name) => ({
    id: toEntityId('Agency', name), type: 'Agency' as const, name, aliases: [], parentId: null,
  }));
}

/** Every entity the data files name; the first entry for a surface form wins. */
export const KNOWN_ENTITIES: KnownEntity[] = [
  ...readAgencies(),
  ...readNamed('news-outlets.tsv', 'Organization'),
  ...readNamed('organizations.tsv', 'Organization'),
  ...readPlaces(),
  ...readBranches(),
];

/** Lower-case words and phrases that attribute speech: "said", "told", "went on". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(readList('speech-verbs.txt').map((v) => v.toLowerCase()));

/** Titles that may precede a name, as written ("Gov.", "Assistant Secretary"). */
export const TITLES: readonly string[] = readList('titles.txt');
// Lower-case function words never count as title words, even inside "Minister of State".
const TITLE_WORDS = new Set([...TITLES, ...readList('name-titles.txt')]
  .flatMap((title) => title.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.toLowerCase())));
const WHOLE_TITLES = new Set(TITLES.map((title) => title.toLowerCase()));

/** Whether the words are a whole title on their own ("Doctor", "High Commissioner"), not just part of one ("Police"). */
export function isWholeTitle(words: string): boolean {
  const key = words.toLowerCase();
  return WHOLE_TITLES.has(key) || WHOLE_TITLES.has(`${key}.`);
}

/** Whether a word can be part of a title before a name ("Assistant", "Gov."). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase()) || TITLE_WORDS.has(`${word.toLowerCase()}.`);
}

/** Nouns for a role held in a body, written after a name: "member", "founder", "attorney". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(readList('role-nouns.txt'));

/** Roles that, after "the", refer back to a person named earlier: "the New York businessman". */
export const REFERRING_ROLES: ReadonlySet<string> = new Set(readList('referring-roles.txt'));

/** Nouns for someone speaking for another: "spokesperson", "spokeswoman". */
export const SPOKESPERSON_WORDS: ReadonlySet<string> = new Set(readList('spokesperson-words.txt'));

/** The entity type a name ending in this word has: "Department" → Agency. */
const HEAD_ROWS = readTable('name-heads.tsv', 3);
export const NAME_HEADS: ReadonlyMap<string, EntityType> = new Map(
  HEAD_ROWS.filter((row) => row[2] !== 'lead' && row[1] !== '-').map(([word = '', type = '']) => [word, type as EntityType]),
);

/** Words ending names that are no entity here: "Study", "Prize", "Act". */
export const NOT_ENTITY_HEADS: ReadonlySet<string> = new Set(HEAD_ROWS.filter((row) => row[1] === '-').map(([word = '']) => word));

/** Words that open a body's name in other languages and type it: "Instituto", "Banco", "Partido". */
export const LEADING_HEADS: ReadonlyMap<string, EntityType> = new Map(
  HEAD_ROWS.filter((row) => row[2] === 'lead').map(([word = '', type = '']) => [word, type as EntityType]),
);

/** Titles of sovereigns and popes, numbered by reign: "Tsar Aleksei I". */
export const REGNAL_TITLES: ReadonlySet<string> = new Set(readList('regnal-titles.txt'));

/** Heads that name one thing alone, without other words: "the Olympics", "the Paralympics". */
export const LONE_HEADS: ReadonlySet<string> = new Set(HEAD_ROWS.filter((row) => row[2] === 'alone').map(([word = '']) => word));

/** Legal-form words that end a company's name: "Inc", "Corp.", "AG", "SpA". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(HEAD_ROWS.filter((row) => row[2] === 'suffix').map(([word = '']) => word));

/** Words a company's short name leaves out with its suffix: "Bancorp", "Holdings", "Group". */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(HEAD_ROWS.filter((row) => row[2] === 'short').map(([word = '']) => word));

/** Capitalised words that are never a name on their own: weekdays, months, "I". */
export const NOT_NAMES: ReadonlySet<string> = new Set(readList('not-names.txt'));

const HONORIFICS = new Map(readTable('honorifics.tsv', 2).map(([short = '', role = '']) => [short.toLowerCase(), role]));

/**
 * The role a written title stands for, abbreviations spelt out ("Gov." → "Governor"), or null for
 * courtesy titles ("Mr.", "Dr.") that are no role.
 */
export function toRoleName(title: string): string | null {
  const whole = HONORIFICS.get(title.toLowerCase().replace(/(?<=\p{L})$/u, '.'));
  if (whole !== undefined) return whole || null;
  const words = title.split(/\s+/).map((word) => {
    const full = HONORIFICS.get(word.toLowerCase().replace(/(?<=\p{L})$/u, '.'));
    return full || word;
  });
  return words.join(' ');
}

/** Whether the word is a courtesy title, which is no role: "Miss", "Mr.", "Dr". */
export function isCourtesyTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.get(lower) === '' || HONORIFICS.get(`${lower}.`) === '';
}

/** Words before a name that belong neither to it nor to a title: "Democratic", "Former". */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(readList('name-prefixes.txt'));

/** Words that open a place's name: "North", "Port", "Saint". */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(readList('place-openers.txt'));

/** Party adjectives, which alone name no entity: "Republican front-runner", "a Democrat". */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(readList('party-adjectives.txt'));

/** Nouns for something said ("promise", "claim"), whose owner is the speaker of the quote after them. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(readList('speech-nouns.txt'));

/** Adjectives of nationality or religion ("Afghan", "South Korean"): never a name on their own. */
export const DEMONYMS: ReadonlySet<string> = new Set(readList('demonyms.txt'));

/** Countries by name: in a sports story a country stays a place while a city becomes its team. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([...readList('countries.txt'), ...readList('regions.txt')]);

/** Whether a sport is played by teams or by individuals. */
export type SportKind = 'team' | 'individual';

/** Sports that head a results story ("SOCCER - …"), upper case, with their kind. */
export const SPORTS: ReadonlyMap<string, SportKind> = new Map(
  readTable('sports.tsv', 2).map(([sport = '', kind = '']) => [sport, kind === 'team' ? 'team' : 'individual']),
);

/** Words written with a full stop that ends no sentence: "Gov", "Del", "Jr", single initials. */
export const ABBREVIATIONS: readonly string[] = [...new Set([...[
  ...TITLES.flatMap((title) => title.split(/\s+/)).filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1)),
  ...[...HONORIFICS.keys()].flatMap((title) => title.split(/\s+/)).filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1)),
  'St', 'Jr', 'Sr', 'No', 'Vol', 'Inc', 'Corp', 'Co', 'Ltd', 'Mt', 'Ft', 'Gen', 'Sen', 'Rep', 'Gov',
].map((word) => word.charAt(0).toUpperCase() + word.slice(1))])];

/** Words that with a place name make a sports club: "Manchester City", "Real Madrid". */
export const TEAM_WORDS: ReadonlySet<string> = new Set(readList('team-words.txt'));

/** Well-known products ("Firefox", "iPhone"): a name that is, or ends in, one of these is no entity. */
export const PRODUCTS: ReadonlySet<string> = new Set(readList('products.txt'));

/** Heads of institutions and venues that carry a place in their name: "Institute" in "Massachusetts Institute of Technology". */
export const NESTING_HEADS: ReadonlySet<string> = new Set(readList('nesting-heads.txt'));

/** Acronyms of things and ideas, never of a body: "DNA", "GDP", "ATM". */
export const CONCEPT_ACRONYMS: ReadonlySet<string> = new Set(readList('concept-acronyms.txt'));

/** Verbs that take reported content as a clause: "said", "believes", "told" (with a listener first). */
export const REPORTING_VERBS: ReadonlyMap<string, { listener: boolean; thatOnly: boolean }> = new Map(readList('reporting-verbs.txt')
  .map((entry) => [entry.replace(/[+!]$/, '').toLowerCase(), { listener: entry.endsWith('+'), thatOnly: entry.endsWith('!') }] as const));

/**
 * Verbs whose following clause reports what their subject said, thought or stood for ("praised the
 * plan", "talked about immigration"), with how often PolNeAR train's annotators agree: learned by
 * `npm run train:statement-cues`. Where the subject is mostly not the source ("Brill seemed to …",
 * "Brill is expected to …"), the statement is kept without a speaker.
 */
export const STATEMENT_CUES: ReadonlyMap<string, { precision: number; subjectIsSource: boolean }> = new Map(readTable('statement-cues.tsv', 4)
  .map(([cue, precision, , bySubject]) => [cue!, { precision: Number(precision), subjectIsSource: bySubject === '-' || Number(bySubject) >= 0.5 }] as const));

