import type { NameRun } from '../nlp/find-name-runs.ts';
import { LEADING_HEADS, NAME_HEADS, PLACE_OPENERS, isTitleWord } from '../nlp/lexicon.ts';
import { isDictionaryWord, isListedProperNoun } from '../nlp/english-words.ts';
import { isFirstName } from '../nlp/word-lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';

const BODY_TYPES = new Set(['Agency', 'Organization']);
const isBodyHead = (term: Term): boolean => BODY_TYPES.has(NAME_HEADS.get(term.text) ?? '');
const endsBody = (term: Term): boolean => NAME_HEADS.has(term.text) || ['Place', 'Organization'].some((tag) => term.tags.has(tag));

/** Where the words from `from` reach "of" ("Tono Eitel of Germany"), else their end. */
function upToOf(terms: Term[], from: number): number {
  const of = terms.findIndex((term, i) => i > from && term.text === 'of');
  return of < 0 ? terms.length : of;
}

/** Whether the words could be a person's name, maybe after a title: "Enver Solomon", "Superintendent Tom Boasberg". */
function isPersonTail(terms: Term[]): boolean {
  let at = 0;
  while (at < terms.length - 1 && isTitleWord(terms[at]!.text)) at += 1;
  const name = terms.slice(at);
  return name.length >= 2 && name.length <= 3
    && name.every((term) => /^\p{Lu}\p{Ll}/u.test(term.text) && !NAME_HEADS.has(term.text)
      && !['Place', 'Organization', 'Country', 'City'].some((tag) => term.tags.has(tag)));
}

/** Where in the run a person's name starts after a body's or place's name; -1 for nowhere. */
function findSplit(terms: Term[]): number {
  // "Islamic Relations Alia Salem": a first name after a body's or place's name.
  // Never inside "Secretary of State John Kerry", where the words after "of" are a portfolio.
  const atFirstName = terms.findIndex((term, i) => i > 0 && (term.tags.has('FirstName') || isFirstName(term.text)) && endsBody(terms[i - 1]!)
    && !(terms[i - 2]?.text === 'of' && isTitleWord(terms[i - 3]?.text ?? ''))
    && !terms[i - 1]!.tags.has('Person') && !isFirstName(terms[i - 1]!.text) && !isTitleWord(terms[i - 1]!.text.replace(/['’]s$/, ''))
    // "St Anne", "Santa Ana": a word that opens places' names is no place's name of its own before a first name.
    && !PLACE_OPENERS.has(terms[i - 1]!.text.replace(/\.$/, '')));
  if (atFirstName > 0) return atFirstName;
  // "Refugee Council Enver Solomon", "Denver Public Schools Superintendent Tom Boasberg".
  return terms.findIndex((term, i) => i >= 2 && isBodyHead(terms[i - 1]!) && isPersonTail(terms.slice(i, upToOf(terms, i))));
}

const BODY_OR_PLACE = new Set(['Agency', 'Organization', 'Place', 'Event']);

/**
 * "Fellow of the Royal Society", "MVP of the Eastern League", "Count of the Holy Roman Empire": a
 * rank or honour held in a body is no part of the body's name. Where the body's name starts, or -1
 * when the words before "of" are a name's own head ("Bank of England", "Battle of Chudnov") or a title.
 */
function findBodyAfterOf(terms: Term[]): number {
  const of = terms.findIndex((term) => term.text === 'of');
  if (of < 1 || of > 3) return -1;
  const before = terms.slice(0, of);
  // "Daughters of the American Revolution": a group of people named by what they belong to is a body itself.
  if (/s$/.test(before.at(-1)!.text)) return -1;
  if (before.some((term) => NAME_HEADS.has(term.text) || LEADING_HEADS.has(term.text) || isTitleWord(term.text) || term.tags.has('Person') || !/^\p{Lu}/u.test(term.text))) return -1;
  const start = terms[of + 1]?.text === 'the' ? of + 2 : of + 1;
  const rest = terms.slice(start);
  if (!rest.length || !/^\p{Lu}/u.test(rest[0]!.text) || rest.some((term) => term.text === 'of')) return -1;
  return rest.some((term) => BODY_OR_PLACE.has(NAME_HEADS.get(term.text) ?? '')) ? start : -1;
}

/**
 * "James Webb Space Telescope", "Tommy Solomon Statue": a first name and a surname followed only by
 * common nouns name a thing after a person, and the person is the name. Where the thing's words
 * start, or -1. A head word ("Foundation", "Airport") makes the whole run a name of its own.
 */
function findThingAfterPerson(terms: Term[]): number {
  if (terms.length < 3 || terms.length > 5) return -1;
  const [first, surname] = [terms[0]!, terms[1]!];
  if (!(first.tags.has('FirstName') || isFirstName(first.text)) || !/^\p{Lu}\p{Ll}/u.test(surname.text) || isDictionaryWord(surname.text)) return -1;
  const rest = terms.slice(2);
  // "Marc Lamont Hill": a word that is also a surname may end the person's name.
  const isThingWord = (term: Term) => /^\p{Lu}\p{Ll}+$/u.test(term.text) && isDictionaryWord(term.text)
    && !isListedProperNoun(term.text) && !term.tags.has('LastName') && !NAME_HEADS.has(term.text) && !LEADING_HEADS.has(term.text) && !isTitleWord(term.text);
  return rest.every(isThingWord) ? 2 : -1;
}

/**
 * A run cut where one name ends and the next begins: "Islamic Relations Alia Salem" and "Refugee
 * Council Enver Solomon" are a body and a person.
 */
export function splitRun(run: NameRun): NameRun[] {
  const thing = findThingAfterPerson(run.terms);
  if (thing > 0) return [{ start: run.start, end: run.terms[thing - 1]!.end, terms: run.terms.slice(0, thing) }];
  const body = findBodyAfterOf(run.terms);
  if (body > 0) return splitRun({ start: run.terms[body]!.start, end: run.end, terms: run.terms.slice(body) });
  const at = findSplit(run.terms);
  if (at <= 0) return [run];
  const head = run.terms.slice(0, at);
  // "Security Council President Tono Eitel of Germany": the person's name ends before "of".
  const tail = run.terms.slice(at, upToOf(run.terms, at));
  return [{ start: head[0]!.start, end: head.at(-1)!.end, terms: head }, ...splitRun({ start: tail[0]!.start, end: tail.at(-1)!.end, terms: tail })];
}
