import type { EntityType } from '../model.ts';
import { isCapitalised } from '../nlp/find-name-runs.ts';
import type { NameRun } from '../nlp/find-name-runs.ts';
import { DEMONYMS, NAME_HEADS, NAME_PREFIXES, isTitleWord, isWholeTitle } from '../nlp/lexicon.ts';
import { isPluralNoun } from '../nlp/is-plural-noun.ts';
import type { Term } from '../nlp/tag-terms.ts';
import type { Mention } from './types.ts';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];

/** The type a run of capitalised words most likely has, and whether that is only a guess. */
function typeRun(terms: Term[], titled: boolean): { type: EntityType; guessed: boolean } | null {
  const last = terms.at(-1)!;
  if (titled) return { type: 'Person', guessed: false };
  const head = NAME_HEADS.get(last.text.replace(/['’]s$/, ''));
  if (head && terms.length > 1) return { type: head, guessed: false };
  // A lone "Government" or "Council" names a body only with a place before it ("UK Government").
  if (head && (head === 'Agency' || head === 'Organization')) return { type: head, guessed: true };
  // "Operation Tidewall": a named operation is an event.
  if (terms[0]!.text === 'Operation' && terms.length > 1) return { type: 'Event', guessed: false };
  // "University of Texas", "World Series of Golf": a head before "of" or "for" types the name.
  const headOf = terms.findIndex((term, i) => NAME_HEADS.has(term.text) && /^(of|for)$/.test(terms[i + 1]?.text ?? ''));
  if (headOf >= 0) return { type: NAME_HEADS.get(terms[headOf]!.text)!, guessed: false };
  if (terms.every((term) => term.text.length === 1)) return null;
  if (DEMONYMS.has(terms.map((t) => t.text).join(' '))) return null;
  const has = (tags: string[]) => terms.some((term) => tags.some((tag) => term.tags.has(tag)));
  if (terms.length === 1 && last.tags.has('Demonym')) return null;
  if (has(PERSON_TAGS) && !terms.every((term) => PLACE_TAGS.some((tag) => term.tags.has(tag)))) {
    return { type: 'Person', guessed: false };
  }
  if (has(PLACE_TAGS)) return { type: 'Place', guessed: false };
  if (has(['Organization'])) return { type: 'Organization', guessed: false };
  // An unknown acronym outside a shouted line is a body: "KDP", "LIFFE".
  if (/^\p{Lu}{2,6}$/u.test(last.text) && terms.length === 1) return { type: 'Organization', guessed: false };
  // "Removal Operations", "Immigration Companies": a name does not end in a plural common noun.
  if ((last.tags.has('Plural') || (terms.length > 1 && isPluralNoun(last.text))) && !has(PERSON_TAGS)) return { type: 'Organization', guessed: true };
  // "PlayStation VR", "Windows XP": capitals or digits inside a word mark a product or a body.
  if (terms.some((term) => /\d|^\p{Lu}{2,}$|^\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(term.text) && !/^[IVX]+$/.test(term.text))) return { type: 'Organization', guessed: true };
  return { type: 'Person', guessed: true };
}

/** How many leading words of the run are a title ("Assistant Secretary" in "Assistant Secretary Nadia Okonkwo"). */
function countTitleWords(run: NameRun): number {
  let count = 0;
  // A nationality before a title or a first name is no part of the name ("Afghan Ambassador Hamdullah Mohib").
  const isPrefix = (term: Term, i: number) => isTitleWord(term.text) || NAME_PREFIXES.has(term.text)
    || (DEMONYMS.has(term.text) && (isTitleWord(run.terms[i + 1]?.text ?? '') || !!run.terms[i + 1]?.tags.has('FirstName')));
  while (count < run.terms.length - 1 && isPrefix(run.terms[count]!, count)) count += 1;
  // "Oversight Chairman Jason Chaffetz": words before a title belong to it.
  const lastTitle = run.terms.slice(0, -1).findLastIndex((term) => isTitleWord(term.text) && !term.tags.has('FirstName'));
  if (lastTitle >= count && lastTitle <= 3) count = lastTitle + 1;
  const rest = run.terms.slice(count);
  // "Irving Police Department" stays whole, but "Governor Corvan" is a titled person.
  const headed = NAME_HEADS.has(run.terms.at(-1)!.text.replace(/['’]s$/, ''));
  // "Home Office" is a body; "Governor Corvan" is a person with a whole title before a (misspelt) name.
  const wholeTitle = isWholeTitle(run.terms.slice(0, count).map((term) => term.text).join(' '));
  if (headed && !rest[0]!.tags.has('FirstName') && (rest.length > 1 || count > 1 || !wholeTitle)) return 0;
  return count;
}

/** "Islamic Relations Alia Salem", "Arlington Amneh Jafari": a first name after a body's or place's name starts a new name. */
export function splitAtFirstName(run: NameRun): NameRun[] {
  const endsBody = (term: Term) => NAME_HEADS.has(term.text) || ['Place', 'Organization'].some((tag) => term.tags.has(tag));
  const at = run.terms.findIndex((term, i) => i > 0 && term.tags.has('FirstName') && endsBody(run.terms[i - 1]!)
    && !run.terms[i - 1]!.tags.has('Person') && !isTitleWord(run.terms[i - 1]!.text.replace(/['’]s$/, '')));
  if (at <= 0) return [run];
  const [head, tail] = [run.terms.slice(0, at), run.terms.slice(at)];
  return [{ start: head[0]!.start, end: head.at(-1)!.end, terms: head }, ...splitAtFirstName({ start: tail[0]!.start, end: run.end, terms: tail })];
}

/** The mention a run of capitalised words makes, its title split off and its type decided; null for no name. */
export function toRunMention(run: NameRun, text: string): Mention | null {
  const titleWords = countTitleWords(run);
  // "Director of the Australian Centre…": a title followed by "of" names a body, not a person.
  if (titleWords > 0 && !isCapitalised(run.terms[titleWords]!.text)) {
    const body = run.terms.slice(titleWords).findIndex((term) => isCapitalised(term.text) && term.text !== 'The');
    return body < 0 ? null : toRunMention({ ...run, start: run.terms[titleWords + body]!.start, terms: run.terms.slice(titleWords + body) }, text);
  }
  const nameTerms = run.terms.slice(titleWords);
  // "(R-S.C.)": a party and state label, no name.
  if (/^[DRI]-\p{Lu}/u.test(text.slice(nameTerms[0]!.start, run.end))) return null;
  // "High Commissioner", "Doctor": a title alone names no one.
  if (isWholeTitle(nameTerms.map((term) => term.text.replace(/['’]s$/, '')).join(' ')) && !nameTerms.at(-1)!.tags.has('LastName')) return null;
  // "Denver Public Schools Superintendent": a run ending in a title is a role, with the name yet to come.
  if (nameTerms.length > 1 && isWholeTitle(nameTerms.at(-1)!.text) && !nameTerms.at(-1)!.tags.has('LastName')) return null;
  const titled = run.terms.slice(0, titleWords).some((term) => isTitleWord(term.text));
  const typed = typeRun(nameTerms, titled);
  if (!typed) return null;
  const start = nameTerms[0]!.start;
  const end = run.end - (/['’]s$/.test(text.slice(start, run.end)) ? 2 : 0);
  const titleStart = run.terms.slice(0, titleWords).find((term) => !NAME_PREFIXES.has(term.text))?.start ?? start;
  return {
    start, end, text: text.slice(start, end), type: typed.type, known: null,
    role: null, titledText: titled ? text.slice(titleStart, end) : null,
    guessed: typed.guessed, acronymOf: null,
    firstName: nameTerms.length === 1 && nameTerms[0]!.tags.has('FirstName') && !nameTerms[0]!.tags.has('LastName') && !titled,
  };
}

