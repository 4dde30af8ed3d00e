import type { EntityType } from '../../model/graph-model.ts';
import { isAbstractNoun, isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import { COUNTRY_NAMES } from '../nlp/lexicon.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';
import { ownsNamedThing, qualifiesNext } from './retype-by-cue.ts';
import { findSportKind } from './retype-teams.ts';
import { LEADS_BODY_AFTER } from './run-to-mention.ts';
import type { CleanText, Mention } from './types.ts';

const SCORER_AFTER = /^\s*(?:\(\s*)?\d{1,3}(?:st|nd|rd|th)\b/;
const CRICKET_BEFORE = /(?:^|\s)(?:c|b|st|lbw b|c &)\s+$/;
const CRICKET_AFTER = /^\s+(?:not out|run out|retired|b \p{Lu}|c \p{Lu}|lbw|st \p{Lu}|\d+(?:\.\d)?-\d+-\d+-\d+)/u;
const PLACE_BEFORE = /\b(?:in|at|near|outside|into|across|towards?|via|around|throughout|inside)\s+(?:the\s+)?$/;
// Before a name of several words, only prepositions that place something: "toward Zelimkhan Yandarbiyev" may be a person.
const RUN_PLACE_BEFORE = /\b(?:in|at|near|outside|inside|into)\s+(?:the\s+)?$/;
const MOTION_BEFORE = /\b(?:from|to)\s+$/;
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or|&))\s*$/;

type Rule = (mention: Mention, context: Context) => EntityType | null;

interface Context {
  text: string;
  sorted: Mention[];
  index: number;
  teamSport: boolean;
  terms: Term[];
  /** Types of single names the article writes decided somewhere: "Tempe" guessed in a list is the "Tempe" typed a place later. */
  decidedTypes: ReadonlyMap<string, EntityType>;
}

const before = (m: Mention, c: Context, length = 40) => c.text.slice(Math.max(0, m.start - length), m.start);
const after = (m: Mention, c: Context, length = 40) => c.text.slice(m.end, m.end + length);
const isDecided = (m: Mention | undefined): m is Mention => m !== undefined && !m.guessed && m.type !== 'Event';
const isCountry = (m: Mention): boolean => m.type === 'Place' && COUNTRY_NAMES.has(m.known?.name ?? m.text);

/** The decided type of a name, or of the same name decided elsewhere in the article. */
function decidedType(m: Mention, c: Context): EntityType | null {
  if (m.guessed) return c.decidedTypes.get(m.text) ?? null;
  return isDecided(m) ? m.type : null;
}

/** The names written with this one in a list, each joined to the next by a comma, "and" or "or". */
function listMembers(c: Context): Mention[] {
  const members: Mention[] = [];
  for (let i = c.index; i > 0 && LIST_GAP.test(c.text.slice(c.sorted[i - 1]!.end, c.sorted[i]!.start)); i -= 1) members.push(c.sorted[i - 1]!);
  for (let i = c.index; i + 1 < c.sorted.length && LIST_GAP.test(c.text.slice(c.sorted[i]!.end, c.sorted[i + 1]!.start)); i += 1) members.push(c.sorted[i + 1]!);
  return members;
}

/**
 * The type most names written with this one in a list have: "Basel, Heidelberg and Strasbourg";
 * "Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert" are towns, though one reads as a
 * given name. None where no type has more names than every other.
 */
const byList: Rule = (mention, c) => {
  const counts = new Map<EntityType, number>();
  for (const member of listMembers(c)) {
    const type = decidedType(member, c);
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
};

/** Results of a sport: "Nice 1 ( Debbah 39th )", "c Hussain b Mullally", "Jean Alesi ( France ) Benetton". */
const bySportLine: Rule = (mention, c) => {
  if (SCORER_AFTER.test(after(mention, c)) || CRICKET_BEFORE.test(before(mention, c, 8)) || CRICKET_AFTER.test(after(mention, c))) return 'Person';
  // A racer's team after his country in brackets.
  const previous = c.sorted[c.index - 1];
  if (previous && isCountry(previous) && /^\s*\)\s+$/.test(c.text.slice(previous.end, mention.start))) return 'Organization';
  return null;
};

/** "at Berkeley", "Bonosus of Sardica", "Oldham, Lancashire": where a place is written. */
const byPlace: Rule = (mention, c) => {
  const previous = c.sorted[c.index - 1];
  const next = c.sorted[c.index + 1];
  if (PLACE_BEFORE.test(before(mention, c, 14)) && !ownsNamedThing(mention, c.text) && !qualifiesNext(mention, c.terms, c.text)) return 'Place';
  if (!c.teamSport && MOTION_BEFORE.test(before(mention, c, 6)) && /^\s*(?:[,.;)]|$|\s(?:and|in|on|where|to|via)\b)/.test(after(mention, c, 8))) return 'Place';
  if (previous?.type === 'Person' && !previous.guessed && c.text.slice(previous.end, mention.start) === ' of ') return 'Place';
  if (next?.type === 'Place' && !next.guessed && /^ ?, ?$/.test(c.text.slice(mention.end, next.start))) return 'Place';
  if (followsPlace(mention, c)) return 'Place';
  return null;
};

/**
 * "Oldham, Lancashire", "Exeter, Devon": a name set off after a place by a comma, ending the phrase, is its
 * region. A given name must end the sentence or bracket: "the Prince of Spain, Alphonso, who…" is an apposition.
 */
function followsPlace(mention: Mention, c: Context, end = /^\s*(?:[,.;)]|$)/): boolean {
  const previous = c.sorted[c.index - 1];
  return previous?.type === 'Place' && !previous.guessed && /^ ?, ?$/.test(c.text.slice(previous.end, mention.start))
    && end.test(after(mention, c, 3));
}

// "Moravia", "Heidelberg", "Kazakhstan", "Bartlesville": endings of place names in many languages.
const PLACE_ENDING = /(?:[^r]ia|land|stan|burg|bourg|berg|borough|ville|polis|grad|shire|abad|pur|ford|mouth)$/;
const byEnding: Rule = (mention) => (PLACE_ENDING.test(mention.text) && !/(?:phobia|philia|mania|pedia)$/.test(mention.text) && !isFirstName(mention.text) ? 'Place' : null);

// In a story of a team sport: "a 1-0 win over Alkmaar", "away to Rangers", "Ajax defender John Veldman".
const TEAM_BEFORE = /\b(?:beat|beating|against|over|to|with|v\.?|holders|champions|leaders|face|faces|host|hosts|visit|visiting|joined|join|for|from)\s+$/;
const TEAM_AFTER = /^\s+(?:striker|defender|midfielder|goalkeeper|keeper|forward|winger|coach|manager|skipper|captain|spokesman|chairman|president|fans|supporters|team|side|beat|drew|lost|won|defeated|were|have|had|are|lead|led|took|scored|will|who)\b/;
const byTeamCue: Rule = (mention, c) => (c.teamSport && (TEAM_BEFORE.test(before(mention, c, 12)) || TEAM_AFTER.test(after(mention, c, 14))) ? 'Organization' : null);

// "Pachomius died", "Simrock, who soon afterward", "his publisher, Simrock": what only a person does or is.
const PERSON_AFTER = /^(?:,?\s+who\b|\s+(?:died|decided|refused|forgave|married|wrote|replied|recovered|described|stopped|insisted|admitted|told)\b|['’]s\s+(?:wife|husband|son|daughter|grandson|granddaughter|brother|sister|mother|father|widow|death|birth|childhood)\b)/;
const PERSON_BEFORE = /\b(?:his|her|their|my)\s+(?:(?:former|late|old|close)\s+)?(?:friend|teacher|professor|student|pupil|publisher|wife|husband|son|daughter|brother|sister|mother|father|colleague|mentor|rival|partner),?\s+$/;
// "the Tagbanuas, who …" are a people.
const byPersonCue: Rule = (mention, c) => ((PERSON_AFTER.test(after(mention, c, 20)) && !/\bthe\s+$/i.test(before(mention, c, 5)))
  || PERSON_BEFORE.test(before(mention, c, 40)) || LEADS_BODY_AFTER.test(after(mention, c, 16)) ? 'Person' : null);

const RULES: Rule[] = [bySportLine, byTeamCue, byList, byPersonCue, byPlace, byEnding];

// Dates, units and adjectives of a people or a creed ("Jul", "Celsius", "Maoist") are no names.
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Unit', 'Demonym', 'Adjective'];

/** "Islamists", "Tamils", "Maoist": a follower of a creed, or a people in the plural. */
const isGroupWord = (word: string): boolean =>
  /(?:ist|ists|ism|ite|ites|ian|ians|ean|eans|ese|ic|ish)$/.test(word) && !isFirstName(word) || (/[^s]s$/.test(word) && isListedProperNoun(word.slice(0, -1)));

/** A given name written alone, untitled, that no list knows as anything else ("Gilbert", "Devon"). */
const isGivenNameOnly = (m: Mention): boolean => m.type === 'Person' && !!m.firstName && !m.known && !m.titledText && !m.text.includes(' ');

/** The one type each single name has where the article writes it decided; names decided as two types are left out. */
function findDecidedTypes(mentions: readonly Mention[]): Map<string, EntityType> {
  const types = new Map<string, EntityType | null>();
  for (const m of mentions) {
    if (!isDecided(m) || m.text.includes(' ')) continue;
    types.set(m.text, types.has(m.text) && types.get(m.text) !== m.type ? null : m.type);
  }
  return new Map([...types].filter((entry): entry is [string, EntityType] => entry[1] !== null));
}

/**
 * One name, one thing: "assistant to Pachomius" reads as a place and "Pachomius refused" as a
 * person, but an article means one bearer by one unknown name. The type most of the name's
 * typed mentions have goes to those its context typed; a tie leaves each as it is.
 */
function agreeOnTypes(mentions: Mention[], byContext: ReadonlySet<Mention>): Mention[] {
  const names = new Set([...byContext].map((m) => m.text));
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (!names.has(m.text) || m.guessed || m.known) continue;
    const types = counts.get(m.text) ?? new Map<EntityType, number>();
    types.set(m.type, (types.get(m.type) ?? 0) + 1);
    counts.set(m.text, types);
  }
  const winner = new Map<string, EntityType>();
  for (const [text, types] of counts) {
    const ranked = [...types].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]![1] > ranked[1]![1]) winner.set(text, ranked[0]![0]);
  }
  return mentions.map((m) => {
    const type = byContext.has(m) ? winner.get(m.text) : undefined;
    return type && type !== m.type ? { ...m, type, firstName: type === 'Person' ? m.firstName : false } : m;
  });
}

/** Whether the word opens its sentence, where any word is capitalised. */
function opensSentence(term: Term, terms: readonly Term[]): boolean {
  const at = terms.indexOf(term);
  const previous = terms[at - 1];
  // A bracket opens no sentence: "Nice 1 ( Debbah 39th )".
  return !previous || previous.sentence !== term.sentence || /[“"‘':—–-]\s*$/.test(term.pre.trim() ? term.pre : previous.post);
}

const DEITY_NAMES = /^(?:God|Allah|Jehovah|Yahweh)$/;
// "life on Earth", "the Earth's orbit": the planet's name is a word of the language too, but capitalised
// mid-sentence it names the place ("down-to-earth" and "Earth First" are written otherwise).
const PLANET_NAME = /^Earth$/;

/**
 * Single names no word list knows, mid-sentence, that the earlier stages could only guess
 * ("Heidelberg", "Simrock", "Benetton"): a word that is no English dictionary word is a name, typed
 * by what is written around it (a list it is part of, a place preposition, a results line) and a
 * person otherwise. Dictionary words ("Outlook", "Tension") stay guesses.
 */
export function typeUnknownNames(mentions: Mention[], terms: Term[], clean: CleanText): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const teamSport = findSportKind(clean.text) === 'team';
  // "Bernoulli" after "Daniel Bernoulli", "Harvard" after "Harvard University": resolution joins those.
  const nameWords = new Set(sorted.filter((m) => !m.guessed && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
  const decidedTypes = findDecidedTypes(sorted);
  const givenNames = new Set(sorted.filter((m) => m.type === 'Person' && m.text.includes(' ')).map((m) => m.text.split(' ')[0]!));
  const typed: Mention[] = [];
  // The mentions each word around them typed, so one name typed two ways can be made one.
  const byContext = new Set<Mention>();
  sorted.forEach((mention, index) => {
    typed.push(typeUnknown(mention, index));
  });
  return agreeOnTypes(typed, byContext);

  function typeUnknown(mention: Mention, index: number): Mention {
    if (isGivenNameOnly(mention)) return typeGivenName(mention, index);
    if (!mention.guessed || mention.type !== 'Person' || mention.known || mention.titledText) return mention;
    if (mention.text.includes(' ')) return typeUnknownRun(mention);
    // "devote himself to God": a deity's name mid-sentence is a person's, though a dictionary word.
    const term = terms.find((t) => t.start === mention.start);
    if (DEITY_NAMES.test(mention.text) && term && !opensSentence(term, terms)) return { ...mention, guessed: false };
    if (PLANET_NAME.test(mention.text) && term && !opensSentence(term, terms) && !qualifiesNext(mention, terms, clean.text)) return { ...mention, type: 'Place', guessed: false, firstName: false };
    if (!/^\p{Lu}\p{Ll}[\p{L}'’]*$/u.test(mention.text) || isDictionaryWord(mention.text) || isGroupWord(mention.text) || isAbstractNoun(mention.text) || nameWords.has(mention.text)) return mention;
    if (!term || opensSentence(term, terms) || NOT_NAME_TAGS.some((tag) => term.tags.has(tag))) return mention;
    // Names typed before this one count as decided: "Bonosus of Sardica".
    const context: Context = { text: clean.text, sorted: [...typed, ...sorted.slice(index)], index, teamSport, terms, decidedTypes };
    // In a story of a team sport a name alone is mostly a club's: players are named in full first.
    const type = RULES.reduce<EntityType | null>((found, rule) => found ?? rule(mention, context), null);
    if (!type) return mention;
    const typedMention = { ...mention, type, guessed: false, firstName: type === 'Person' ? mention.firstName : false };
    byContext.add(typedMention);
    return typedMention;
  }

  // "born in Devon", "Tempe, Glendale, Chandler, and Gilbert", "Exeter, Devon": a given name alone, after a
  // preposition of place, in a list of places or after a town it is the region of, is a place that shares it.
  function typeGivenName(mention: Mention, index: number): Mention {
    // "little trust in Hillary" beside Hillary Clinton: a given name someone in the article bears is theirs.
    if (givenNames.has(mention.text)) return mention;
    const context: Context = { text: clean.text, sorted: [...typed, ...sorted.slice(index)], index, teamSport, terms, decidedTypes };
    const placed = RUN_PLACE_BEFORE.test(before(mention, context, 14)) && !/^['’]s\b/.test(after(mention, context, 3)) && !qualifiesNext(mention, terms, clean.text);
    const listed = listMembers(context).filter((m) => decidedType(m, context) === 'Place').length >= 2 && byList(mention, context) === 'Place';
    return placed || listed || followsPlace(mention, context, /^\s*(?:[.;)]|$)/) ? { ...mention, type: 'Place', guessed: false, firstName: false } : mention;
  }

  // "settled in Levico Terme": a guessed name of several words, no first name, after a preposition of place.
  function typeUnknownRun(mention: Mention): Mention {
    const words = mention.text.split(' ');
    if (isFirstName(words[0]!) || !words.every((w) => /^\p{Lu}/u.test(w))) return mention;
    const before = clean.text.slice(Math.max(0, mention.start - 14), mention.start);
    // "in the Trofej Beograd 96 tournament": a name before a number or a noun names an event or a thing.
    if (!RUN_PLACE_BEFORE.test(before) || /^\s*\d/.test(clean.text.slice(mention.end, mention.end + 4)) || qualifiesNext(mention, terms, clean.text)) return mention;
    return { ...mention, type: 'Place', guessed: false, firstName: false };
  }
}
