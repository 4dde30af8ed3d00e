import type { Entity, Extraction } from '../model/extraction.ts';
import type { EntityType } from '../model/graph-model.ts';
import { foldForSearch } from '../model/graph-rows.ts';
import { editDistance } from './fuzzy-match.ts';

/** An entity the graph already holds, as the alias index returns it. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** How often the archive names it, where known: a surname alone goes to one named overwhelmingly more. */
  mentions?: number;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Titles anyone may be given: they tell no one apart.
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

function nameTokens(name: string): string[] {
  return foldForSearch(name)
    .replace(/[.,']/g, ' ')
    .split(/\s+/)
    .filter((token) => token && !NAME_SUFFIXES.has(token));
}

/** Edits a surname may be off by: a typo in a long name, none in a short one. */
function surnameEdits(surname: string): number {
  if (surname.length < 4) return 0;
  return surname.length < 6 ? 1 : 2;
}

/** Same first name, or an initial that fits it. Different first names never match. */
function sameFirstName(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * The known person an article's person is, or null: a surname alone matches the one known person
 * with that surname (none if several); a full name needs the same first name and a surname at most a
 * typo away ("Jonah Corvan" → "Jonah Corvin").
 */
export function matchKnownPerson(entity: Pick<Entity, 'name'> & Partial<Pick<Entity, 'aliases'>>, known: KnownEntity[]): string | null {
  const tokens = nameTokens(entity.name);
  const surname = tokens[tokens.length - 1];
  if (!surname) return null;
  const people = known.filter((candidate) => candidate.type === 'Person' && nameTokens(candidate.name).length >= 2);
  const matches = people.filter((candidate) => {
    const other = nameTokens(candidate.name);
    const otherSurname = other[other.length - 1]!;
    if (tokens.length === 1) return otherSurname === surname;
    return sameFirstName(tokens[0]!, other[0]!) && editDistance(surname, otherSurname, 2) <= surnameEdits(longer(surname, otherSurname));
  });
  if (tokens.length !== 1) {
    const ids = [...new Set(matches.map((match) => match.id))];
    return ids.length === 1 ? ids[0]! : null;
  }
  // A surname alone: "President Obama" is the one already called President, and never one called
  // otherwise ("President Clinton" is not Hillary, whom the archive knows as Secretary of State).
  const titles = titlesBefore(surname, entity.aliases ?? []);
  if (titles.size === 0) return onlyId(matches) ?? dominantId(matches);
  const knownTitles = (candidate: KnownEntity) => titlesBefore(surname, candidate.aliases, nameTokens(candidate.name));
  // One already known by the same title wins over those known by none ("President Obama": Barack, not Michelle).
  const titled = matches.filter((candidate) => [...titles].some((title) => knownTitles(candidate).has(title)));
  const untitled = matches.filter((candidate) => knownTitles(candidate).size === 0);
  return titled.length > 0 ? onlyId(titled) ?? dominantId(titled) : onlyId(untitled) ?? dominantId(untitled);
}

/** The one entity among the candidates, or null when there are none or several. */
function onlyId(candidates: readonly KnownEntity[]): string | null {
  const ids = [...new Set(candidates.map((candidate) => candidate.id))];
  return ids.length === 1 ? ids[0]! : null;
}

// A surname alone goes to the one of its bearers the archive names many times more than any other
// ("Obama" to Barack Obama, named some 25 times as often as Michelle Obama); two who both matter
// (Hillary and Bill Clinton, about 10 to 1) leave it apart. Against the next one, not all of them, so
// that fragments the extraction left ("Presidents Obama") do not keep it apart.
const DOMINANT_RATIO = 20;
const DOMINANT_MIN_MENTIONS = 20;

/** The candidate named far more often than the next one, or null. */
function dominantId(candidates: readonly KnownEntity[]): string | null {
  const mentionsById = new Map<string, number>();
  for (const candidate of candidates) mentionsById.set(candidate.id, (mentionsById.get(candidate.id) ?? 0) + (candidate.mentions ?? 0));
  const [top, next] = [...mentionsById].sort((a, b) => b[1] - a[1]);
  return top && isDominant(top[1], next?.[1] ?? 0) ? top[0] : null;
}

/** Whether a bearer named this often stands far enough above the next one of the surname. */
const isDominant = (mentions: number, nextMentions: number) => mentions >= DOMINANT_MIN_MENTIONS && mentions >= DOMINANT_RATIO * nextMentions;

/** The title words written before a person's name in their aliases: "president" for "President Barack Obama". */
function titlesBefore(surname: string, aliases: readonly string[], fullName: readonly string[] = []): Set<string> {
  const titles = new Set<string>();
  const name = fullName.join(' ');
  for (const alias of aliases) {
    const words = nameTokens(alias);
    if (words.length < 2 || words.at(-1) !== surname) continue;
    const written = words.join(' ');
    const before = name && written.endsWith(` ${name}`) ? written.slice(0, -name.length - 1) : words.slice(0, -1).join(' ');
    // "Barack Obama" as an alias gives no title; "President Barack Obama" gives "president".
    const title = before.split(' ').at(-1)!;
    if (before && !COURTESY_TITLES.has(title) && before !== fullName.slice(0, -1).join(' ')) titles.add(title);
  }
  return titles;
}

/** The known agency, organization or place one of whose names is exactly this entity's name; null if none or several. */
export function matchKnownByAlias(entity: Pick<Entity, 'name' | 'type'>, known: KnownEntity[]): string | null {
  const name = foldForSearch(entity.name).replace(/^the\s+/, '');
  const ids = new Set(
    known
      .filter((candidate) => candidate.type === entity.type)
      .filter((candidate) => [candidate.name, ...candidate.aliases].some((alias) => foldForSearch(alias).replace(/^the\s+/, '') === name))
      .map((candidate) => candidate.id),
  );
  return ids.size === 1 ? [...ids][0]! : null;
}

/** The extraction with entity ids replaced by `mapping`, in every quote, relation and event. */
export function remapEntityIds(extraction: Extraction, mapping: Map<string, string>): Extraction {
  if (mapping.size === 0) return extraction;
  const to = (id: string) => mapping.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((entity) => ({ ...entity, id: to(entity.id) })),
    quotes: extraction.quotes.map((quote) => ({ ...quote, speaker: quote.speaker && to(quote.speaker), about: quote.about.map(to) })),
    relations: extraction.relations
      .map((relation) => ({ ...relation, subject: to(relation.subject), object: to(relation.object) }))
      .filter((relation) => relation.subject !== relation.object),
    events: extraction.events.map((event) => ({ ...event, places: event.places.map(to), participants: event.participants.map(to) })),
  };
}

/** A pair resolution must keep apart: an editor undid the merge that joined them. */
export const keptApartKey = (from: string, into: string) => `${from} → ${into}`;

/**
 * Which of an article's entities new to the graph are ones it already knows under another id.
 * `known` holds candidates from the store and from the same batch; `storedIds` the ids already stored;
 * `keptApart` the pairs (`keptApartKey`) an editor separated, which never join again.
 */
export function findCorpusMatches(
  entities: Entity[],
  known: KnownEntity[],
  storedIds: Set<string>,
  keptApart: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const entity of entities) {
    // A surname stored alone (by an article before the full name was known) still joins the full name now.
    if (entity.type === 'Event' || (storedIds.has(entity.id) && !isSurnameAlone(entity))) continue;
    const others = known.filter((candidate) => candidate.id !== entity.id && !keptApart.has(keptApartKey(entity.id, candidate.id)));
    const match = entity.type === 'Person' ? matchKnownPerson(entity, others) : matchKnownByAlias(entity, others);
    if (match) mapping.set(entity.id, match);
  }
  return mapping;
}

/** A person known by one name only ("Obama"): the node a full name may later absorb. */
export function isSurnameAlone(entity: Pick<Entity, 'name' | 'type'>): boolean {
  return entity.type === 'Person' && nameTokens(entity.name).length === 1;
}

/**
 * The person a stored surname node ("Obama", kept from articles that named no one in full) is, when the
 * archive leaves no doubt: it holds many articles' mentions, so a merge of the whole node asks more than
 * one article's mention does. Only a surname that is no known person's first name ("David", "Marco"),
 * borne by one person named at least DOMINANT_MIN_MENTIONS times and DOMINANT_RATIO times as often as
 * the next. Returns that person and the reason in words an editor can check, or null.
 */
export function findAbsorption(stored: KnownEntity, known: readonly KnownEntity[]): { into: string; note: string } | null {
  const [surname, ...rest] = nameTokens(stored.name);
  if (!surname || rest.length > 0) return null;
  const people = known.filter((candidate) => candidate.type === 'Person' && candidate.id !== stored.id && nameTokens(candidate.name).length >= 2);
  if (people.some((candidate) => nameTokens(candidate.name)[0] === surname)) return null;
  const bearers = new Map<string, { name: string; mentions: number }>();
  for (const candidate of people.filter((each) => nameTokens(each.name).at(-1) === surname)) {
    const seen = bearers.get(candidate.id);
    bearers.set(candidate.id, { name: candidate.name, mentions: Math.max(seen?.mentions ?? 0, candidate.mentions ?? 0) });
  }
  const [top, next] = [...bearers].sort((a, b) => b[1].mentions - a[1].mentions);
  if (!top || !isDominant(top[1].mentions, next?.[1].mentions ?? 0)) return null;
  const named = `${top[1].name} (named ${top[1].mentions} times)`;
  const note = next
    ? `"${stored.name}" alone joined ${named}: the archive names no other person of that surname even a ${DOMINANT_RATIO}th as often (next: ${next[1].name}, ${next[1].mentions}).`
    : `"${stored.name}" alone joined ${named}, the only person of that surname the archive knows.`;
  return { into: top[0], note };
}

/**
 * Search-text probes that find an entity's candidates: a person's surname, or another's whole name;
 * and the start of a long surname, which finds it misspelt ("Corvan" → "Corvin") but also finds many
 * others, so it is looked up apart, the most mentioned first.
 */
export function toLookupProbes(entity: Pick<Entity, 'name' | 'type'>): { whole: string[]; prefixes: string[] } {
  if (entity.type !== 'Person') return { whole: [foldForSearch(entity.name).replace(/^the\s+/, '')], prefixes: [] };
  const surname = nameTokens(entity.name).at(-1);
  if (!surname) return { whole: [], prefixes: [] };
  return { whole: [surname], prefixes: surname.length >= 4 ? [surname.slice(0, 3)] : [] };
}

function longer(a: string, b: string): string {
  return a.length >= b.length ? a : b;
}
