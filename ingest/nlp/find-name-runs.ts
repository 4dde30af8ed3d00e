import { COMPANY_SUFFIXES, DEMONYMS, NAME_HEADS, NOT_NAMES, PARTY_ADJECTIVES, REGNAL_TITLES, SPEECH_VERBS, isTitleWord } from './lexicon.ts';
import type { Term } from './tag-terms.ts';
import { isDictionaryWord } from './english-words.ts';
import { isFirstName } from './word-lexicon.ts';

/** A run of capitalised words that may be a name, with the title words found before it. */
export interface NameRun {
  start: number;
  end: number;
  terms: Term[];
}

// Lower-case words that may sit inside a name: "Bureau of Prisons", "Ludwig van Beethoven".
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'du', 'la', 'le', 'bin', 'al', 'el', 'di']);
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'in']);
// Words that open a region's name before a known place: "Southern California", "East Anglia".
const COMPASS_WORDS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;
// "Human Rights in China" only once the name has its head: never "Batman in Batman".
const LOOSE_CONNECTORS = new Set(['in', 'on']);
// Tags of words compromise knows are not names, even when capitalised at a sentence start.
// An interjection ("Uh", "Oh") opening a transcribed sentence is no name either.
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Expression'];

/** Whether the word is capitalised like a name: "Corvin", "Okonkwo", "ICE", "U.S.". */
export function isCapitalised(word: string): boolean {
  // "d'Alembert", "l'Enfant": an elided particle before a capital.
  return /^[\p{Lu}]/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word) || /^[dl]['’]\p{Lu}/u.test(word);
}

/** Whether the text of this line is mostly upper case, as headlines in some archives are. */
export function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
}

function isNameWord(term: Term, previous: Term | undefined, namesMidSentence: ReadonlySet<string>): boolean {
  if (!isCapitalised(term.text) || NOT_NAMES.has(term.text) || NOT_NAMES.has(term.text.replace(/['’]\p{L}+$/u, ''))) return false;
  const firstInSentence = !previous || previous.sentence !== term.sentence || /[“"‘'(:—–-]\s*$/.test(term.pre);
  if (!firstInSentence || namesMidSentence.has(term.text)) return true;
  if (FUNCTION_TAGS.some((tag) => term.tags.has(tag)) || term.tags.has('Value')) return false;
  // "Analysts said…": a plural common noun opening a sentence.
  if (term.tags.has('Plural') && !term.tags.has('ProperNoun')) return false;
  return !(term.tags.has('Verb') || term.tags.has('Adverb')) || term.tags.has('ProperNoun');
}

/**
 * "Beneath Clinton's wins", "Billionaire Donald Trump spoke", "Report: Half Clinton's meetings": a
 * common word capitalised only because it opens the sentence, before a word the tagger reads as a
 * person's name or a party adjective ("Presumptive Republican nominee"), is no part of that name.
 */
function opensWithCommonWord(run: readonly Term[], terms: readonly Term[], text: string, namesMidSentence: ReadonlySet<string>): boolean {
  const [first, second] = run;
  // "Stated Stone: “…”", "Added Ada Brill, …": a verb of speech put before its subject.
  if (first && second && /^\p{Lu}\p{Ll}+ed$/u.test(first.text) && SPEECH_VERBS.has(first.text.toLowerCase()) && !namesMidSentence.has(first.text)) return true;
  // "Presumptive Republican nominee …", "Likely Democratic voters": a party adjective is no person's name either.
  if (!first || !second || !(isPersonWord(second) || PARTY_ADJECTIVES.has(second.text)) || isPersonWord(first) || first.tags.has('ProperNoun')) return false;
  if (namesMidSentence.has(first.text) || isTitleWord(first.text) || isFirstName(first.text) || NAME_HEADS.has(first.text)) return false;
  // "M. Atherton": an initial is part of the name, whatever a dictionary says of the letter.
  if (first.text.length < 3 || text.slice(first.end, first.end + 1) === '.' || !isDictionaryWord(first.text) || DEMONYMS.has(first.text)) return false;
  const previous = terms[terms.indexOf(first) - 1];
  return !previous || previous.sentence !== first.sentence || /[“"‘'(:—–-]\s*$/.test(first.pre) || /[:—–]\s*$/.test(previous.post);
}

/** Whether nothing but spaces (or the dot of an initial or abbreviation, or a hyphen) joins two words. */
function joinsTo(term: Term, next: Term, text: string): boolean {
  // A possessive ends a name: "Korea's Kim Shin-Wook".
  if (/['’]s$/.test(term.text)) return false;
  const gap = text.slice(term.end, next.start);
  if (/^[ \t]+$/.test(gap) || gap === '-') return true;
  // "Council on American - Islamic Relations": a compound of nationalities written with a spaced hyphen.
  if (/^ [-–] $/.test(gap) && DEMONYMS.has(term.text) && DEMONYMS.has(next.text)) return true;
  // "Harriet J. Sloane", "Gov. Jonah Corvin", "St. Louis"
  return /^\.[ \t]+$/.test(gap) && (term.text.length === 1 || isTitleWord(`${term.text}.`) || /^(St|Jr|Sr|Ft|Mt)$/.test(term.text));
}

// "Peter Morgan of the Sierra Club" is a person of a body, not one name.
const isPersonWord = (term: Term): boolean => term.tags.has('FirstName') || term.tags.has('LastName') || term.tags.has('Person');

const hasHeadAhead = (terms: Term[], from: number): boolean =>
  terms.slice(from, from + 5).some((term) => NAME_HEADS.has(term.text));

/**
 * "University of California and Columbia University", "Judge Ann Park and Judge Jim Kawa", "Lord Diplock
 * and Browning and War Office": after "and" another whole name starts, when the name before it already
 * has its head or opens with a title, or another "and" comes before the head; "Department of Health
 * and Human Services" goes on.
 */
function startsSecondName(current: Term[], terms: Term[], from: number): boolean {
  if (isTitleWord(terms[from]?.text ?? '') || (current.length > 0 && isTitleWord(current[0]!.text))) return true;
  const ahead: Term[] = [];
  for (const term of terms.slice(from, from + 6)) {
    if (!isCapitalised(term.text)) break;
    ahead.push(term);
  }
  const nextWord = terms[from + ahead.length]?.text;
  if (nextWord === 'and' && !ahead.some((term) => NAME_HEADS.has(term.text))) return true;
  // "Cliffside Park and Leonia", "the Hewlett Foundation and Wikimedia": a name closed by its head is
  // whole, so a name without a head after "and" is another one ("Center for Media and Public Affairs"
  // goes on: its head opens it). Words after "and" that run on with "of" or "for" may reach a head yet.
  if (ahead.length > 0 && current.length > 1 && current.every((term) => isCapitalised(term.text)) && !/^(?:of|for)$/.test(nextWord ?? '')
    && NAME_HEADS.has(current.at(-1)!.text) && !ahead.some((term) => NAME_HEADS.has(term.text))) return true;
  return current.some((term) => NAME_HEADS.has(term.text)) && ahead.some((term) => NAME_HEADS.has(term.text));
}

// "KeyCorp and Banc One Corp.": "and" before a company's name joins two companies, not one name.
const hasSuffixAhead = (terms: Term[], from: number): boolean =>
  terms.slice(from, from + 4).some((term) => COMPANY_SUFFIXES.has(term.text));

// "Bergamo-based Atalanta", "Mo.-based Commerce": a place glued to a participle describes what follows.
const PARTICIPLES = 'based|bound|led|owned|controlled|backed|born|run|funded|sponsored|registered|listed|made';
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`);
const HYPHENED_PARTICIPLE = new RegExp(`-(?:${PARTICIPLES})$`);
const PARTICIPLE_AFTER = new RegExp(`^-(?:${PARTICIPLES})\\b`);
const isGluedParticiple = (term: Term): boolean => PARTICIPLE.test(term.text) || HYPHENED_PARTICIPLE.test(term.text);

/** Whether the text opens with a hyphen and a participle: "-based", "-led". */
export const startsWithParticiple = (after: string): boolean => PARTICIPLE_AFTER.test(after);

// "501st Legion", "82nd Airborne Division": an ordinal opening a unit's name, whose head follows.
function isUnitOrdinal(terms: Term[], i: number, text: string): boolean {
  if (!/^\d+(?:st|nd|rd|th)$/.test(terms[i]!.text)) return false;
  const ahead = terms.slice(i + 1, i + 4);
  const head = ahead.findIndex((term) => NAME_HEADS.has(term.text));
  return head >= 0 && ahead.slice(0, head + 1).every((term, k) => isCapitalised(term.text) && joinsTo(k ? ahead[k - 1]! : terms[i]!, term, text));
}

// "Co-founder", "Ex-champion": a capitalised prefix of a common word.
const isWordPrefix = (term: Term, text: string): boolean =>
  /^(?:Co|Ex|Anti|Pro|Non|Self|Post|Pre|Mid|Semi|Multi|Counter)$/.test(term.text) && /^-\p{Ll}/u.test(text.slice(term.end, term.end + 2));

// Month names that are also surnames or given names: "Theresa May", "Ruth June".
const MONTH_NAMES = new Set(['April', 'May', 'June', 'August']);

/**
 * "Theresa May", "Julie A. Diaz": a month or the initial "A." is no name on its own, but continues a
 * person's name that compromise reads as one, unless a number follows ("Theresa May 5" is a date).
 */
function continuesPersonName(term: Term, last: Term | undefined, joined: boolean, text: string): boolean {
  const initial = /^\p{Lu}$/u.test(term.text) && text[term.end] === '.';
  // "Mark A. Smith": the tagger reads that "A" as an article, but a name goes on after it.
  const initialBeforeName = initial && /^\.\s\p{Lu}\p{Ll}/u.test(text.slice(term.end, term.end + 4));
  return joined && last !== undefined && (initial || MONTH_NAMES.has(term.text)) && (term.tags.has('Person') || initialBeforeName) && (last.tags.has('Person') || (initialBeforeName && last.tags.has('ProperNoun')))
    && !term.tags.has('Date') && !/^[\s,]*\d/.test(text.slice(term.end, term.end + 4));
}

/**
 * "Editing by Will Dunham": inside a sentence, after a lower-case word, "Will" before a name is a given
 * name; before a verb it stays the modal ("it Will Be").
 */
function isModalGivenName(term: Term, previous: Term | undefined, next: Term | undefined, text: string): boolean {
  if (term.text !== 'Will' || !previous || !next || previous.sentence !== term.sentence || !/^\p{Ll}/u.test(previous.text)) return false;
  return /^[ \t]$/.test(text.slice(term.end, next.start)) && /^\p{Lu}\p{Ll}+$/u.test(next.text)
    && (next.tags.has('LastName') || ((next.tags.has('Person') || next.tags.has('ProperNoun')) && !isDictionaryWord(next.text)))
    && !['Verb', 'Negative', 'Adverb', 'Copula', 'Auxiliary'].some((tag) => next.tags.has(tag));
}

/** The second syllable of a given name written with a hyphen: "Ki-moon", "Jong-un", "Geun-hye". */
const isHyphenedSyllable = (first: Term, second: Term, text: string): boolean =>
  text.slice(first.end, second.start) === '-' && first.text.length <= 4 && second.text.length <= 4;

/**
 * Runs of capitalised words outside the `taken` ranges (names already known): "Nadia Okonkwo",
 * "Bureau of Prisons". A run never crosses a sentence, a comma or a quotation mark.
 */
export function findNameRuns(terms: Term[], text: string, isTaken: (term: Term) => boolean): NameRun[] {
  const runs: NameRun[] = [];
  let current: Term[] = [];
  let absorbing = false;
  // A word capitalised inside a sentence somewhere is a name at a sentence start too ("Trump tells…").
  const namesMidSentence = new Set(terms.filter((term, i) => i > 0 && terms[i - 1]!.sentence === term.sentence
    && !/[“"‘(:]\s*$/.test(term.pre) && isCapitalised(term.text)).map((term) => term.text));
  const flush = () => {
    if (opensWithCommonWord(current, terms, text, namesMidSentence)) current.shift();
    // A trailing connector is no part of the name ("Bureau of"); a hyphened syllable is ("Ban Ki-moon", not "Prize-winner").
    while (current.length > 1 && !isCapitalised(current.at(-1)!.text) && !isHyphenedSyllable(current.at(-2)!, current.at(-1)!, text)) current.pop();
    if (current.length === 1 && !isCapitalised(current[0]!.text)) current.pop();
    if (current.length) runs.push({ start: current[0]!.start, end: current.at(-1)!.end, terms: current });
    current = [];
  };
  terms.forEach((term, i) => {
    const previous = terms[i - 1];
    const last = current.at(-1);
    const joined = last !== undefined && previous === last && joinsTo(last, term, text)
      && (last.sentence === term.sentence || isTitleWord(last.text));
    if (isTaken(term)) {
      // "Medical Journal of Australia": a known place after "of" inside a body's name is part of it, and so
      // is one after a compass word there ("University of South Florida").
      const opensPlace = joined && (/^(of|for|the|in)$/.test(last.text) || (COMPASS_WORDS.test(last.text) && /^(of|for|the|in)$/.test(current.at(-2)?.text ?? '')));
      const absorbs = joined && (absorbing || (opensPlace && hasHeadAhead(current, 0)));
      if (!absorbs) return flush();
      absorbing = true;
      current.push(term);
      return;
    }
    absorbing = false;
    const lower = term.text.toLowerCase();
    const next = terms[i + 1];
    // "Joost van der Westhuizen": particles may follow one another; "Daughters of the American Revolution".
    const linksOn = next !== undefined && joinsTo(term, next, text)
      && (isCapitalised(next.text) || PARTICLES.has(next.text) || (/^(of|for)$/.test(lower) && next.text === 'the'))
      && (!isTaken(next) || /^(of|for|the)$/.test(lower));
    // "Daniels Pharmaceuticals Inc of St. Petersburg": a company suffix ends the name; "Baldwin Wallace
    // University in Berea": so does a head before "in", which tells where the body stands, and so does
    // "in" after any name but one for a purpose ("Court of Appeals in Boston", but "Organisation for
    // Security and Cooperation in Europe").
    const ended = last !== undefined && (COMPANY_SUFFIXES.has(last.text)
      || (lower === 'in' && (NAME_HEADS.has(last.text) || !current.some((t) => /^(?:for|on)$/.test(t.text)))));
    if (joined && linksOn && !ended && !isCapitalised(term.text) && !(lower === 'and' && (hasSuffixAhead(terms, i + 1) || startsSecondName(current, terms, i + 1)))
      // "Minister of Education Stefania Giannini": "of" after a title, so the portfolio and the name are read together.
      && (PARTICLES.has(lower) || lower === '&' || (lower === 'of' && current.length <= 2 && isTitleWord(last!.text)
        && terms.slice(i + 1, i + 3).every((t) => isCapitalised(t.text)))
        || (CONNECTORS.has(lower) && (hasHeadAhead(current, 0)
        || (!LOOSE_CONNECTORS.has(lower) && hasHeadAhead(terms, i + 1) && !current.some(isPersonWord)))))) {
      current.push(term);
      return;
    }
    // "Tsar Aleksei I, and…", "Pope Damasus I, who…": after a sovereign's title and name, "I" is the reign's numeral.
    if (joined && term.text === 'I' && current.length >= 2 && REGNAL_TITLES.has(current[0]!.text)
      && /^(?:[,.;:)]|\s+(?:of|in|and|who)\b)/.test(text.slice(term.end, term.end + 6))) {
      current.push(term);
      return;
    }
    // "Park Geun-hye": a lower-case part after a hyphen stays in the name; so does a number after letters
    // ("EB-5 Investment Coalition", which the tagger splits where it keeps "F-35" whole).
    if (joined && text.slice(last.end, term.start) === '-' && ((/^\p{Ll}+$/u.test(term.text) && !isGluedParticiple(term))
      || (/^\d+$/u.test(term.text) && /^\p{Lu}+$/u.test(last.text)))) {
      current.push(term);
      return;
    }
    if (isUnitOrdinal(terms, i, text)) {
      flush();
      current.push(term);
      return;
    }
    if (!(isNameWord(term, previous, namesMidSentence) || continuesPersonName(term, last, joined, text) || isModalGivenName(term, previous, next, text))
      || isGluedParticiple(term) || isWordPrefix(term, text)) return flush();
    if (!joined) flush();
    current.push(term);
  });
  flush();
  return runs;
}
