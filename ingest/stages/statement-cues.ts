import { ABBREVIATIONS } from '../nlp/lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';

/** A stretch of text by its offsets. */
export interface Span { start: number; end: number }

/** Prepositions that may stand between a verb and what it reports: "talked about", "called for", "reacted to". */
const CUE_PREPOSITIONS = new Set(['about', 'on', 'for', 'to', 'of', 'against', 'with', 'over', 'at', 'in', 'into', 'from', 'as']);
const HELPERS = ['Auxiliary', 'Modal', 'Copula'];
// Forms compromise may tag as verbs that only carry another verb: "to be", "being".
const NOT_CUES = new Set(['be', 'been', 'being', 'to']);

/** A lower-case verb that carries meaning: "praised", not "would", "is" or "has". */
export function isCueVerb(term: Term): boolean {
  return term.tags.has('Verb') && /^\p{Ll}+$/u.test(term.text) && !HELPERS.some((tag) => term.tags.has(tag)) && !NOT_CUES.has(term.text);
}

/**
 * The subject right before the verb, past adverbs and auxiliaries ("Brill has long argued"): a name, a
 * pronoun or a noun, never a possessive; or the name an apposition or a "who" hangs from ("Brill, a
 * Democrat, argued", "Brill, who argued"). The reader keeps only statements whose subject it can name.
 */
export function findCueSubject(terms: readonly Term[], k: number): Term | null {
  for (let j = k - 1; j >= 0 && terms[j]!.sentence === terms[k]!.sentence; j -= 1) {
    const term = terms[j]!;
    if (/,/.test(term.post)) return findNameBeforeComma(terms, j, k);
    if (/\S/.test(term.post)) return null;
    if (term.tags.has('Adverb') || term.tags.has('Negative') || HELPERS.some((tag) => term.tags.has(tag))) continue;
    if (term.text.toLowerCase() === 'who') return findNameBeforeComma(terms, j, k);
    return (term.tags.has('ProperNoun') || term.tags.has('Pronoun') || term.tags.has('Noun')) && !term.tags.has('Possessive') ? term : null;
  }
  return null;
}

const MAX_APPOSITION_WORDS = 8;

/** "Brill, a Vermont senator, argued", "Brill, who argued": the name ending in the comma that opens the aside. */
function findNameBeforeComma(terms: readonly Term[], from: number, k: number): Term | null {
  const floor = Math.max(0, from - MAX_APPOSITION_WORDS);
  for (let j = from - 1; j >= floor && terms[j]!.sentence === terms[k]!.sentence; j -= 1) {
    const term = terms[j]!;
    if (/,/.test(term.post)) return term.tags.has('ProperNoun') && !term.tags.has('Possessive') ? term : null;
    if (/[^\s'’-]/.test(term.post)) return null;
  }
  return null;
}

/** The cues at a verb, longest first: the verb with the preposition after it ("called for"), then the verb alone. */
export function cuesAt(terms: readonly Term[], k: number): { cue: string; end: number }[] {
  const verb = terms[k]!;
  const alone = { cue: verb.text.toLowerCase(), end: verb.end };
  const next = terms[k + 1];
  if (next && next.sentence === verb.sentence && /^\s+$/.test(verb.post || ' ') && CUE_PREPOSITIONS.has(next.text.toLowerCase())) {
    return [{ cue: `${alone.cue} ${next.text.toLowerCase()}`, end: next.end }, alone];
  }
  return [alone];
}

// Words that open no reported content: a place or time ("said in an interview", "said last week"), a particle
// ("backed out", "came up with"), an infinitive ("needs to sell") or a comparison.
const NOT_CONTENT = /^(?:in|on|at|for|to|of|by|with|about|from|during|after|before|over|into|against|up|out|off|down|back|away|around|through|along|last|yesterday|today|tonight|tomorrow|earlier|later|recently|again|then|now|so|as|than|when|while|where|because|since|until|if|and|or|but|here|there|too|also|instead)\b/iu;

/** The clause a cue introduces: from after it (and a "that") to the next clause boundary. */
export function clauseAfter(text: string, from: number): Span | null {
  // "criticized Tuesday that …": the day is when it was said, not what.
  const lead = /^\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\s+(?=\p{L}))?(?:that\s+)?/u.exec(text.slice(from));
  if (!lead) return null;
  const start = from + lead[0].length;
  if (!/^[\p{L}\d“"‘$]/u.test(text.slice(start, start + 1)) || NOT_CONTENT.test(text.slice(start, start + 12))) return null;
  const rest = text.slice(start, start + 400);
  let stop: RegExpMatchArray | undefined;
  // lazily: most clauses stop at the first mark
  for (const match of rest.matchAll(CLAUSE_STOP)) {
    if (match[0] !== '.' || !endsAbbreviation(rest, match.index!)) {
      stop = match;
      break;
    }
  }
  const end = start + (stop ? stop.index! : rest.length);
  return end - start >= 2 ? { start, end } : null;
}

// Where a clause ends: a stop before a space, a line's end or a comma's.
const CLAUSE_STOP = /[.;:!?](?=\s|$|[”"’])|\n|,\s/gu;
const ABBREVIATED = new Set(ABBREVIATIONS);
// Abbreviations that end a clause as readily as they end a name: "…sold to Acme Inc. The firm said".
const NAME_ENDINGS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'No', 'Vol']);

/**
 * Whether the full stop at `at` ends an abbreviation, not the clause: a title before the name it opens
 * ("described Mr. Obama as"), or any abbreviation or initials the clause goes on after in lower case
 * ("the U.S. economy"). Initials before a capital may end a sentence ("in the U.S. He said"), so they stop it.
 */
function endsAbbreviation(text: string, at: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  const after = text.slice(at + 1, at + 4);
  const abbreviated = ABBREVIATED.has(word) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
  if (/^\s+\p{Ll}/u.test(after)) return abbreviated;
  return ABBREVIATED.has(word) && !NAME_ENDINGS.has(word) && /^\s+\p{Lu}/u.test(after);
}

// Words that may stand between "and" and the second verb: "and then criticized", "but later praised", "and he railed".
const BEFORE_SECOND_VERB = new Set(['he', 'she', 'they', 'then', 'also', 'later', 'still', 'even', 'again', 'quickly', 'repeatedly']);

/** A finite verb, or a helper that opens one ("has withheld", "would not"): "criticized", "praises"; not a participle. */
function isSecondVerb(term: Term): boolean {
  if (/^\p{Ll}+$/u.test(term.text) && HELPERS.some((tag) => term.tags.has(tag))) return true;
  return isCueVerb(term) && !term.tags.has('Gerund') && !term.tags.has('Infinitive') && (term.tags.has('PastTense') || term.tags.has('PresentTense'));
}

/**
 * The clause cut where its subject goes on to a second verb ("praised the plan and criticized its cost", "…his
 * mother but refused to repudiate …", "… but has withheld …"): what follows is a report of its own, not part of
 * the first. `from` is the index of a term at or before the clause.
 */
export function cutAtSecondVerb(terms: readonly Term[], from: number, clause: Span): Span {
  for (let j = Math.max(0, from); j < terms.length && terms[j]!.start < clause.end; j += 1) {
    const term = terms[j]!;
    if (term.start <= clause.start || !/^(?:and|but)$/u.test(term.text)) continue;
    let n = j + 1;
    while (n < terms.length && BEFORE_SECOND_VERB.has(terms[n]!.text.toLowerCase())) n += 1;
    const next = terms[n];
    // The comma before "and" goes with the cut: callers trim the clause's closing marks.
    if (next && next.start < clause.end && next.sentence === term.sentence && isSecondVerb(next)) return { start: clause.start, end: term.start };
  }
  return clause;
}

// Words that open a second report inside a clause: "… while Sanders suggests", "… by pointing out", "… before backing".
const REPORT_OPENERS = new Set(['and', 'but', 'or', 'while', 'whereas', 'when', 'because', 'before', 'after', 'although', 'though', 'since', 'until', 'by', 'without', 'then', 'even']);
// How many words may stand between the opener and the second verb: "while about 6 in 10 white men supported".
const OPENER_REACH = 7;

/**
 * The clause cut before a second report it runs into ("accused Sanders of a smear while Sanders suggests …",
 * "dismissed the charges by pointing out that …", "signed the measure - Clinton's approach sounds …"): a dash, an
 * opening bracket or one of the opening words, followed within a few words by a verb `isReport` accepts.
 */
export function cutAtSecondReport(terms: readonly Term[], from: number, clause: Span, isReport: (terms: readonly Term[], k: number) => boolean): Span {
  for (let j = Math.max(0, from); j < terms.length && terms[j]!.start < clause.end; j += 1) {
    const term = terms[j]!;
    if (term.start <= clause.start || !isReport(terms, j)) continue;
    for (let i = j; i >= 0 && i >= j - OPENER_REACH && terms[i]!.start > clause.start; i -= 1) {
      const opener = terms[i]!;
      // A comma or a stop between them: the verb belongs to another stretch of the clause.
      if (i < j - 1 && /[,;:.!?]/u.test(opener.post)) break;
      const previous = terms[i - 1];
      // The word after a dash or an opening bracket: "… three months ago - Clinton's approach sounds …".
      if (previous && previous.end > clause.start && (/\s(?:—|–|--|-)\s/u.test(previous.post) || opener.pre.includes('('))) return { start: clause.start, end: previous.end };
      if (opener.text === '―' || (REPORT_OPENERS.has(opener.text.toLowerCase()) && opener.pre === '')) return { start: clause.start, end: opener.start };
    }
  }
  return clause;
}
