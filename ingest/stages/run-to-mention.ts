import type { EntityType } from '../../model/graph-model.ts';
import { isCapitalised } from '../nlp/find-name-runs.ts';
import type { NameRun } from '../nlp/find-name-runs.ts';
import {
  COMPANY_SUFFIXES, CONCEPT_ACRONYMS, DEMONYMS, LEADING_HEADS, LONE_HEADS, NAME_HEADS, NAME_PREFIXES, NOT_ENTITY_HEADS, PARTY_ADJECTIVES, PLACE_OPENERS, PRODUCTS, isTitleWord, isWholeTitle,
} from '../nlp/lexicon.ts';
import { isCommonWord, isFirstName } from '../nlp/word-lexicon.ts';
import { isPluralNoun } from '../nlp/is-plural-noun.ts';
import { isDictionaryPlural, isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const KNOWN_PLACE_TAGS = ['City', 'Country', 'Region'];
const PLACE_TAGS = ['Place', ...KNOWN_PLACE_TAGS];

type Typed = { type: EntityType; guessed: boolean };

/** The type a head word in the run gives it; null for a name that is no entity, undefined when no head decides. */
function typeByHead(terms: Term[]): Typed | null | undefined {
  const last = terms.at(-1)!;
  // "Australian National Iodine Nutrition Study", "Booker Prize": a study, a prize, a law.
  if (terms.length > 1 && NOT_ENTITY_HEADS.has(last.text)) return null;
  // "Metro Toronto Convention Centre", "Group F": a two-word head, or a head and a letter, decide first.
  const before = terms.at(-2)?.text ?? '';
  // "Group F", "World War II", "Super Bowl XL": a numbered body or event keeps its head's type.
  const beforeType = NAME_HEADS.get(before);
  const lettered = /^(?:\p{Lu}|[IVX]+)$/u.test(last.text) && (beforeType === 'Organization' || beforeType === 'Event');
  const pairHead = NAME_HEADS.get(`${before} ${last.text}`) ?? (lettered ? beforeType : undefined);
  if (pairHead) return { type: pairHead, guessed: false };
  // "Instituto Gonzaga", "Banco Santander": a head that opens a name in its language.
  const leadHead = terms.length > 1 ? LEADING_HEADS.get(terms[0]!.text) : undefined;
  if (leadHead) return { type: leadHead, guessed: false };
  const head = NAME_HEADS.get(last.text.replace(/['’]s$/, ''));
  const headOf = terms.findIndex((term, i) => NAME_HEADS.has(term.text) && /^(of|for)$/.test(terms[i + 1]?.text ?? ''));
  // "Board of Elections", "Department of War": an event word after "of" is what the body deals with.
  if (head === 'Event' && headOf >= 0 && NAME_HEADS.get(terms[headOf]!.text) !== 'Event') return { type: NAME_HEADS.get(terms[headOf]!.text)!, guessed: false };
  // "United States Conference of Mayors", "Conference of Catholic Bishops": a conference of people is a body that meets.
  if (headOf >= 0 && terms[headOf]!.text === 'Conference' && isPluralNoun(last.text) && isDictionaryWord(last.text)) return { type: 'Organization', guessed: false };
  if (head && terms.length > 1) return { type: head, guessed: false };
  // A lone "Government" or "Council" names a body only with a place before it ("UK Government"); "the
  // Olympics" names its one event alone.
  if (head && (head === 'Agency' || head === 'Organization' || head === 'Event')) return { type: head, guessed: !LONE_HEADS.has(last.text) };
  // "Operation Tidewall": a named operation is an event.
  if (terms[0]!.text === 'Operation' && terms.length > 1) return { type: 'Event', guessed: false };
  // "University of Texas", "World Series of Golf": a head before "of" or "for" types the name.
  // "Centre for Control of Iodine Deficiency Disorders": a place for a purpose is a body that works there.
  const headType = headOf >= 0 ? NAME_HEADS.get(terms[headOf]!.text)! : undefined;
  if (headType) return { type: headType === 'Place' && terms[headOf + 1]!.text === 'for' ? 'Organization' : headType, guessed: false };
  return undefined;
}

/** "Iain M. Banks": a listed given name, a middle initial and a surname, though the surname is a body's head word too. */
function isInitialledName(terms: Term[]): boolean {
  const [first, middle, last] = terms;
  return terms.length === 3 && (first!.tags.has('FirstName') || isFirstName(first!.text))
    && /^\p{Lu}\.?$/u.test(middle!.text) && /^\p{Lu}\p{Ll}+$/u.test(last!.text);
}

/** Whether the run is a person's name by its shape: "Park Joo-Ho", or a listed first name first ("Anthony Hill"). */
function isPersonShaped(terms: Term[]): boolean {
  // "Park Joo-Ho", "Kim Min-Woo": a family name and a hyphenated given name of two capitalised parts.
  const [, middle, end] = terms;
  if (terms.length === 3 && middle!.tags.has('Hyphenated') && /^\p{Lu}\p{Ll}{1,3}$/u.test(end!.text)) return true;
  // "Anthony Hill", tagged a place like "Notting Hill": a listed first name opens a person's name. A
  // head word inside it is a name too ("Kathleen Hall Jamieson"): a head decides only where it ends the
  // name or comes before "of", which typeByHead has read already.
  return terms.length > 1 && isFirstName(terms[0]!.text)
    && !terms.some((term, i) => term.tags.has('Country') || term.tags.has('City') || (NAME_HEADS.has(term.text) && i === 0));
}

/** The type a run of capitalised words most likely has, and whether that is only a guess. */
function typeRun(terms: Term[], titled: boolean, leadsBody = false): Typed | null {
  const last = terms.at(-1)!;
  if (titled || isInitialledName(terms)) return { type: 'Person', guessed: false };
  const headed = typeByHead(terms);
  if (headed !== undefined) return headed;
  if (terms.every((term) => term.text.length === 1)) return null;
  // "DNA", "the ATM": the acronym of a thing, however capitalised, names no body.
  if (terms.filter((term) => term.text !== 'The').length === 1 && CONCEPT_ACRONYMS.has(last.text)) return null;
  // "Sri Lankans", "Costa Ricans": a nationality and its plural name a people, no entity.
  const joined = terms.map((t) => t.text).join(' ');
  if (DEMONYMS.has(joined) || DEMONYMS.has(joined.replace(/s$/, ''))) return null;
  const has = (tags: string[]) => terms.some((term) => tags.some((tag) => term.tags.has(tag)));
  if (terms.length === 1 && last.tags.has('Demonym')) return null;
  if (isPersonShaped(terms)) return { type: 'Person', guessed: false };
  // "Woody Allen's Match Point": the tagger spreads a place it guesses from a head ("Point", "Hall") over
  // the whole phrase, possessor included; only a place it knows (a city, country or region) says so there.
  const placeTags = last.tags.has('Possessive') ? KNOWN_PLACE_TAGS : PLACE_TAGS;
  if (has(PERSON_TAGS) && !terms.every((term) => placeTags.some((tag) => term.tags.has(tag)))) {
    return { type: 'Person', guessed: false };
  }
  if (has(placeTags)) return { type: 'Place', guessed: false };
  // "the Monti government": the tagger spreads the body it reads in "government" over the name before it,
  // a leader's; that name alone is no evidence of a body.
  if (has(['Organization']) && !leadsBody) return { type: 'Organization', guessed: false };
  // An unknown acronym outside a shouted line is a body ("KDP", "LIFFE"); a shouted common word
  // ("UNLESS"), a numeral ("XVII") or the acronym of a thing ("DNA", "ATM") is none.
  if (/^\p{Lu}{2,6}$/u.test(last.text) && terms.length === 1) {
    return isCommonWord(last.text) || /^[IVXLC]+$/.test(last.text) ? null : { type: 'Organization', guessed: false };
  }
  // "Removal Operations", "Immigration Companies": a name does not end in a plural common noun.
  // Only a dictionary noun's plural: "Koolhaas", "Welles" and "Peres" are surnames, whatever the tagger says.
  const plural = isDictionaryPlural(last.text) || (last.tags.has('Plural') && (isDictionaryWord(last.text) || last.tags.has('Demonym')));
  if ((plural || (terms.length > 1 && isPluralNoun(last.text) && isDictionaryWord(last.text))) && !has(PERSON_TAGS)) return { type: 'Organization', guessed: true };
  // "PlayStation VR", "Windows XP": capitals or digits inside a word mark a product or a body.
  if (terms.some((term) => /\d|^\p{Lu}{2,}$|^\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(term.text) && !/^[IVX]+$/.test(term.text))) return { type: 'Organization', guessed: true };
  // "Cello Concerto", "Zero Hedge": dictionary words in capitals are a work, a term or a brand, not a
  // person; kept only where it acts like a body ("Zero Hedge reported"), as guesses are.
  // "Case Grammar", "Imitation Game", "American Structuralism": dictionary words and nationalities too.
  const isPlainWord = (term: Term) => isCommonWord(term.text) || isDictionaryWord(term.text) || DEMONYMS.has(term.text);
  if (terms.length > 1 && terms.every(isPlainWord) && !isFirstName(terms[0]!.text) && !/^\p{Lu}$/u.test(terms[0]!.text)) return { type: 'Organization', guessed: true };
  // "North Kivu", "Port Hutt", "Saint Kitts": an unknown name opened by a word of places.
  if (terms.length > 1 && PLACE_OPENERS.has(terms[0]!.text.replace(/\.$/, '')) && !isFirstName(terms[1]!.text)) return { type: 'Place', guessed: false };
  return { type: 'Person', guessed: true };
}

// "Top-seeded", "10th-ranked", "Second-placed": a rank written before a player's name, in one word or two.
const RANKED = /^(?:(?:\p{Lu}\p{Ll}+|\d+(?:st|nd|rd|th))-)?(?:seeded|ranked|placed)$/u;

/** Whether two or more capitalised words no dictionary knows, and no head, follow: a person's name. */
function isPersonNameAhead(terms: Term[]): boolean {
  return terms.length >= 2 && terms.every((term) => /^\p{Lu}\p{Ll}/u.test(term.text) && !NAME_HEADS.has(term.text) && !COMPANY_SUFFIXES.has(term.text))
    && !isDictionaryWord(terms[0]!.text) && !isCommonWord(terms[0]!.text);
}

/**
 * Whether the word at i describes the person named after it: a rank ("Top-seeded Thomas Muster"), a
 * nationality ("Russian Svetlana Masterkova", "South African Amanda Coetzer") or a trade ("Analyst Alexander Paris").
 */
function isDescriptor(terms: Term[], i: number): boolean {
  const word = terms[i]!.text;
  if (RANKED.test(word) || RANKED.test(terms[i + 1]?.text ?? '')) return true;
  const pair = DEMONYMS.has(`${word} ${terms[i + 1]?.text ?? ''}`) ? 2 : 0;
  if (pair) return isPersonNameAhead(terms.slice(i + 2));
  // "South" of "South African": the pair's second word decides.
  if (i > 0 && DEMONYMS.has(`${terms[i - 1]!.text} ${word}`)) return isPersonNameAhead(terms.slice(i + 1));
  // "Scots Paul Menzies", "Generals Patrick Gordon": a people or a title in the plural, before one of them.
  const plural = /[^s]s$/.test(word) && (DEMONYMS.has(word.slice(0, -1)) || isTitleWord(word.slice(0, -1)));
  return (DEMONYMS.has(word) || NAME_PREFIXES.has(word) || plural) && isPersonNameAhead(terms.slice(i + 1));
}

/**
 * Whether the title word at i, right after a body's head and "for" or "of", opens words of the language
 * that say what the body is for: "Society for General Semantics", "Office of Special Counsel". Not in
 * "Freedom Front of General Constand Viljoen", where a person's name follows the title.
 */
function opensPurpose(terms: Term[], i: number): boolean {
  return /^(?:of|for)$/.test(terms[i - 1]?.text ?? '') && NAME_HEADS.has(terms[i - 2]?.text ?? '')
    && terms.slice(i + 1).every((term) => (isDictionaryWord(term.text) || isCommonWord(term.text)) && !isFirstName(term.text));
}

/** How many leading words of the run are a title ("Assistant Secretary" in "Assistant Secretary Nadia Okonkwo"). */
function countTitleWords(run: NameRun): number {
  let count = 0;
  // A nationality before a title or a first name is no part of the name ("Afghan Ambassador Hamdullah Mohib").
  const isPrefix = (term: Term, i: number) => isTitleWord(term.text) || NAME_PREFIXES.has(term.text) || isDescriptor(run.terms, i)
    || (DEMONYMS.has(term.text) && (isTitleWord(run.terms[i + 1]?.text ?? '') || !!run.terms[i + 1]?.tags.has('FirstName')));
  while (count < run.terms.length - 1 && isPrefix(run.terms[count]!, count)) count += 1;
  // "Chair of the Judiciary Committee": a whole title before "of" holds an office in the body named after it.
  const heldIn = /^(?:of|at)$/.test(run.terms[count]?.text ?? '') && isWholeTitle(run.terms.slice(0, count).map((term) => term.text).join(' '));
  if (heldIn) return count;
  // "Oversight Chairman Jason Chaffetz": words before a title belong to it.
  // "Joint Council for the Welfare of Immigrants": a body's head before "of" or "for" opens its name, though a title too.
  const headsBody = (term: Term, i: number) => NAME_HEADS.has(term.text) && /^(?:of|for)$/.test(run.terms[i + 1]?.text ?? '')
    && !isWholeTitle(run.terms.slice(0, i + 1).map((t) => t.text).join(' '));
  const lastTitle = run.terms.slice(0, -1).findLastIndex((term, i) => isTitleWord(term.text) && !term.tags.has('FirstName') && !headsBody(term, i));
  if (lastTitle >= count && lastTitle <= 3 && !opensPurpose(run.terms, lastTitle)) count = lastTitle + 1;
  const rest = run.terms.slice(count);
  // "Irving Police Department" stays whole, but "Governor Corvan" is a titled person.
  // "Grand Prix", "Grand Slam": a two-word head keeps its first word, though it is a title too.
  const lastTwo = run.terms.slice(-2).map((term) => term.text).join(' ');
  const headed = NAME_HEADS.has(run.terms.at(-1)!.text.replace(/['’]s$/, '')) || (run.terms.length > 1 && NAME_HEADS.has(lastTwo));
  // "Home Office" is a body; "Governor Corvan" is a person with a whole title before a (misspelt) name.
  const wholeTitle = isWholeTitle(run.terms.slice(0, count).map((term) => term.text).join(' '));
  // "Judge Shanlyn Park": a whole title before a given name and a head word that is a surname too
  // (not "Sheikh Lotfollah Mosque").
  const titledPerson = wholeTitle && count === 1 && rest.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(rest[0]!.text)
    && (isFirstName(rest[0]!.text) || !isDictionaryWord(rest[0]!.text)) && isListedProperNoun(rest[1]!.text);
  if (headed && !titledPerson && !rest[0]!.tags.has('FirstName') && (rest.length > 1 || count > 1 || !wholeTitle)) return 0;
  return count;
}

/**
 * "Minister of Education Stefania Giannini": how many words after "Minister of" name the portfolio,
 * when a person's name follows it; 0 when the words are a body's name ("Director of the Census Bureau").
 */
function countPortfolioWords(terms: Term[]): number {
  if (terms.some((term) => !isCapitalised(term.text))) return 0;
  const first = terms.findIndex((term, i) => i > 0 && (term.tags.has('FirstName') || isFirstName(term.text)));
  const isHead = (term: Term) => NAME_HEADS.has(term.text);
  // "Supervisor of Elections Brenda Snipes": a portfolio may end in a head word when a full name follows it.
  if (first > 0) return terms.length - first >= 2 && !terms.slice(first).some(isHead) ? first : 0;
  return terms.length >= 3 && !terms.some(isHead) ? 1 : 0;
}

/** "Mozilla Firefox", "Internet Explorer", "Secunia.com": a product's or a website's name. */
function isProductName(terms: Term[], text: string): boolean {
  const whole = text.slice(terms[0]!.start, terms.at(-1)!.end);
  const lastTwo = terms.length > 1 ? text.slice(terms.at(-2)!.start, terms.at(-1)!.end) : '';
  return PRODUCTS.has(whole) || PRODUCTS.has(lastTwo) || PRODUCTS.has(terms.at(-1)!.text) || /\.(?:com|org|net)$/i.test(whole);
}

/** After a name, a government named after the one who leads it: "the Monti government". */
export const LEADS_BODY_AFTER = /^\s+(?:government|administration|cabinet)\b/;

// Suffixes and degrees that, alone, are no name.
const LONE_SUFFIX = /^(?:Jr|Sr|PhD|Ph\.D|DPhil)\.?$/;

// Honours and degrees written after a name.
const POSTNOMINAL = /^(?:FRS|FRSE|FBA|DBE|CBE|OBE|MBE|KBE|GBE|KCB|RA|PhD|MD|QC|KC|MP|MEP|DPhil|FRCS|FRCP)$/;

/** The mention a run of capitalised words makes, its title split off and its type decided; null for no name. */
export function toRunMention(run: NameRun, text: string): Mention | null {
  const titleWords = countTitleWords(run);
  // "Director of the Australian Centre…": a title followed by "of" names a body, not a person.
  if (titleWords > 0 && !isCapitalised(run.terms[titleWords]!.text)) {
    const body = run.terms.slice(titleWords).findIndex((term) => isCapitalised(term.text) && term.text !== 'The');
    if (body < 0) return null;
    const rest = run.terms.slice(titleWords + body);
    const from = rest.length >= 3 ? countPortfolioWords(rest) : 0;
    return toRunMention({ ...run, start: rest[from]!.start, terms: rest.slice(from) }, text);
  }
  // "Ada Brill FRS", "Jon Vale PhD": letters after a person's name are no part of it.
  const postnominals = run.terms.length - titleWords > 2 && POSTNOMINAL.test(run.terms.at(-1)!.text)
    && run.terms.slice(titleWords, -1).every((term) => /^\p{Lu}\p{Ll}/u.test(term.text)) ? 1 : 0;
  if (postnominals) return toRunMention({ ...run, end: run.terms.at(-2)!.end, terms: run.terms.slice(0, -1) }, text);
  const nameTerms = run.terms.slice(titleWords);
  // "Mr. Chief Justice", "Madam Vice President": a whole title after a courtesy title names no one.
  if (run.terms.some((_, k) => k <= titleWords && isWholeTitle(run.terms.slice(k).map((term) => term.text).join(' ')))) return null;
  // "Jr.", "Ph.D.": what is written after a name is none on its own.
  if (nameTerms.length === 1 && LONE_SUFFIX.test(nameTerms[0]!.text)) return null;
  // "Republican front-runner", "a Democrat": a party adjective alone names no one.
  if (nameTerms.length === 1 && PARTY_ADJECTIVES.has(nameTerms[0]!.text.replace(/['’]s$/, ''))) return null;
  // "(R-S.C.)": a party and state label, no name.
  if (/^[DRI]-\p{Lu}/u.test(text.slice(nameTerms[0]!.start, run.end))) return null;
  // "High Commissioner", "Doctor": a title alone names no one.
  if (isWholeTitle(nameTerms.map((term) => term.text.replace(/['’]s$/, '')).join(' ')) && !nameTerms.at(-1)!.tags.has('LastName')) return null;
  // "Denver Public Schools Superintendent": a run ending in a title is a role, with the name yet to come.
  if (nameTerms.length > 1 && isWholeTitle(nameTerms.at(-1)!.text) && !nameTerms.at(-1)!.tags.has('LastName')) return null;
  const titled = run.terms.slice(0, titleWords).some((term) => isTitleWord(term.text));
  if (isProductName(nameTerms, text)) return null;
  const described = run.terms.slice(0, titleWords).some((_, i) => isDescriptor(run.terms, i));
  const leadsBody = nameTerms.length === 1 && LEADS_BODY_AFTER.test(text.slice(run.end, run.end + 16));
  const typed = typeRun(nameTerms, titled || described, leadsBody);
  if (!typed) return null;
  const start = nameTerms[0]!.start;
  // "NationsBank Corp. said": the full stop of a company suffix belongs to the name.
  const stop = COMPANY_SUFFIXES.has(nameTerms.at(-1)!.text) && text[run.end] === '.' ? 1 : 0;
  const end = run.end - (/['’]s$/.test(text.slice(start, run.end)) ? 2 : 0) + stop;
  const titleStart = run.terms.slice(0, titleWords).find((term) => !NAME_PREFIXES.has(term.text))?.start ?? start;
  return {
    start, end, text: text.slice(start, end), type: typed.type, known: null,
    role: null, titledText: titled ? text.slice(titleStart, end) : null,
    guessed: typed.guessed, acronymOf: null,
    firstName: nameTerms.length === 1 && nameTerms[0]!.tags.has('FirstName') && !nameTerms[0]!.tags.has('LastName') && !titled,
  };
}

