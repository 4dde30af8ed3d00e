import { REPORTING_VERBS, STATEMENT_CUES } from '../nlp/lexicon.ts';
import type { Term } from '../nlp/tag-terms.ts';
import { findSentenceEnd } from '../nlp/sentences.ts';
import { findSentenceSubject, findSpeakerInClause, findSpeechVerbs, findSubject, mentionEnd, mentionsIn, opensWithClauseOpener } from './find-speaker.ts';
import type { Speaker, SpeakerContext, Verb } from './find-speaker.ts';
import { clauseAfter, cuesAt, cutAtSecondReport, cutAtSecondVerb, findCueSubject, isCueVerb } from './statement-cues.ts';
import { addCueFeatures, CLAUSE_MODEL, cueStem, doubtsSpeaker, keepsClause, reportsOften } from './statement-clauses.ts';
import type { Anchor, ClauseModel, Features, Frame } from './statement-clauses.ts';
import type { CleanText } from './types.ts';

/** One reported statement: the attributed clause, who it is attributed to, and the cue that found it. */
export interface Statement {
  start: number;
  end: number;
  speaker: Speaker;
  rule: StatementRule;
  confidence: number;
}

export type StatementRule = 'headline-source' | 'headline-cue' | 'according-to-head' | 'according-to-tail' | 'speaker-verb-tail' | 'speaker-verb-head'
  | 'speaker-denies' | 'cue-verb' | 'cue-clause';

/** How often each cue's clause is an attribution PolNeAR's annotators marked (polnear-train). */
const CONFIDENCE: Record<StatementRule, number> = {
  // (right + 1) / (read + 2) on polnear-train when last measured: a clause the annotators marked as a statement.
  'headline-source': 0.9,
  'headline-cue': 0.8,
  'according-to-head': 0.94,
  'according-to-tail': 0.97,
  'speaker-verb-tail': 0.82,
  'speaker-verb-head': 0.95,
  // "Turkey denies that the crime was a genocide": read as speaker-verb-head is, but the words are what the speaker denies.
  'speaker-denies': 0.95,
  // Each cue's own figure is used instead (statement-cues.tsv); this is the floor the table keeps.
  'cue-verb': 0.7,
  // The clause classifier's probability is used instead (statement-clauses.tsv).
  'cue-clause': 0.5,
};

interface Range { start: number; end: number }

const VERB_WORDS = [...REPORTING_VERBS.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
// Lower-case only: a capitalised "Says" opens a headline or a name, not reported speech.
const VERB = new RegExp(`(?<![\\p{L}'’-])(?:${VERB_WORDS})(?![\\p{L}'’-])`, 'gu');
// Words before a verb that make it no statement: "refused to say", "did not say", "would never admit".
const NOT_STATED = /(?:\bto|\bnot|n['’]t|\bnever|\bif|\bwhether|\bwhat|\bhow|\bwhen)\s+(?:\p{Ll}+ly\s+)?$/u;
// A word after one of these is a noun or an adjective: "the expected vote", "his added weight".
const DETERMINER = /\b(?:the|a|an|this|its|his|her|their|our|my|your|some|other|many|few|five|several|all)\s+$/iu;
// Words after a verb that start no clause: "said in March", "argued for the bill", "said so", "thought it over".
// "responded enthusiastically by easing sanctions": after an adverb too, a preposition opens a deed, not a report.
const NO_CLAUSE = /^\s+(?:in|on|at|for|to|of|by|with|about|from|during|after|before|over|into|against|up|out|off|down|back|last|yesterday|today|tonight|tomorrow|earlier|later|recently|so|yes|no|nothing|something|anything|little|goodbye|hello|thanks|him|her|them|me|us|you|that|what|which|whether|how|why|when|where|who|as|than|and|or|but)\b|^\s*[^\s\p{L}]|^\s+\p{Ll}+ly\s+(?:by|to|in|on|at|with|about|for|from|against|over)\b/iu;
// A clause before a comma that opens with one of these is subordinate, not what was said: "When she left, …".
const SUBORDINATE = opensWithClauseOpener('Even|To');
// What may stand between the verb and its clause: "on Tuesday", "in a statement", "in an interview with CNN", "last week",
// "via email", "by phone", "bitterly".
const BETWEEN = /^(?:\s*,?\s*(?:(?:on|in|at|during|via|by|last|this|earlier|late|later|again|\p{Ll}+ly|also|publicly|privately|recently|previously|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b[^,.;:!?“”"]{0,40}?)?,?)?\s+that\s+/u;
const DAY_AFTER_VERB = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?=\s+\p{L})/u;
const TAIL_WORDS = 7;
const CLAUSE_AFTER_VERB = /^\s+(?:that|he|she|they|it|I|we|you|there)\b|\b(?:is|are|was|were|has|have|had|will|would|must|should|can|could|may|might|did|does|hadn['’]t|wasn['’]t|isn['’]t)\b/u;

// Fewer words than this report nothing the graph can keep: "he said so", "Bush" from "Don't blame Bush".
const MIN_CLAUSE_WORDS = 3;

/** Whether a content span is long enough to be something said, not a word a cue verb happened to take. */
function isClause(text: string, span: Range, minWords = MIN_CLAUSE_WORDS): boolean {
  return text.slice(span.start, span.end).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= minWords;
}

/**
 * "Brill criticized Okafor", "most oppose the plan": a word or two the clause classifier may keep, when a speaker
 * is named and the words name something ("said sarcastically" names nothing, "don't blame Bush" no speaker).
 */
function isShortReport(speaker: Speaker | null, clauseTerms: readonly Term[]): boolean {
  return !!speaker?.id && clauseTerms.some((term) => (term.tags.has('Noun') || term.tags.has('ProperNoun')) && !term.tags.has('Pronoun') && !term.tags.has('Date'));
}

/**
 * The words of a clause, trimmed of spaces, closing punctuation and a leading "that"; null when shorter than minWords.
 * A headline is terse by nature: what its verb takes is what it reports, one word or more (HEADLINE_WORDS).
 */
function trim(text: string, start: number, end: number, minWords = MIN_CLAUSE_WORDS): Range | null {
  const slice = text.slice(start, end);
  const lead = /^[\s,:;—–-]*(?:that\s+)?/u.exec(slice)![0].length;
  const body = slice.slice(lead).replace(/[\s.,;:!?—–-]+$/u, '');
  const range = { start: start + lead, end: start + lead + body.length };
  return isClause(text, range, minWords) ? range : null;
}

// The fewest words a headline's content may have: "Blackwell Endorses Cruz".
const HEADLINE_WORDS = 1;

// Spaces, and quotation marks that close (a space follows them) rather than open.
const CLOSING_LEAD = /^(?:\s|[”’]|(?:"|'')(?=\s))*/u;

function* sentencesOf(clean: CleanText): Generator<Range> {
  for (const paragraph of clean.paragraphs) {
    let start = paragraph.start;
    while (start < paragraph.end) {
      const end = findSentenceEnd(clean.text, start, paragraph.end);
      // The closing mark of a quotation that ended the sentence before: "… is “ongoing.” He said …".
      const lead = CLOSING_LEAD.exec(clean.text.slice(start, end))![0].length;
      if (start + lead < end) yield { start: start + lead, end };
      if (end <= start) break;
      start = end;
    }
  }
}

// "As the Harlan Gazette reported, …", "As Brill has noted, …": the source of the sentence's rest, as "according to" is.
const AS_REPORTED = /^As\s+(?!(?:it|this|that|is|was|has|had)\b)[^,]{2,70}?\s+(?:(?:has|have|had|first|previously|recently|also|once)\s+)*(?:reported|noted|wrote|written|said|pointed out|explained|observed|documented|revealed|detailed|put it|argued|stated)\s*,/u;

/** "According to the Pentagon, troops will …" and "Troops will …, according to the Pentagon." */
function readAccordingTo(ctx: SpeakerContext, s: Range): Statement | null {
  const sentence = ctx.text.slice(s.start, s.end);
  const head = /^(?:According to|As reported by)\b[^,]{2,80},/u.exec(sentence) ?? AS_REPORTED.exec(sentence);
  if (head) {
    const content = trim(ctx.text, s.start + head[0].length, s.end);
    const speaker = findSpeakerInClause(ctx, s.start, s.start + head[0].length, 'head');
    return content ? { ...content, speaker: speaker ?? none, rule: 'according-to-head', confidence: CONFIDENCE['according-to-head'] } : null;
  }
  // Closing the sentence, or with more after its source: "…, according to a county tally, but the count goes on".
  const tail = /,\s*according to\b[^,]{2,80}[.!?]?[”"’']*\s*$/u.exec(sentence) ?? /,\s*according to\b[^,.;:—–]{2,80}(?=[,;—–])/u.exec(sentence);
  if (tail) {
    const content = trim(ctx.text, s.start, s.start + tail.index);
    const speaker = findSpeakerInClause(ctx, s.start + tail.index + 1, s.start + tail.index + tail[0].length, 'tail');
    return content ? { ...content, speaker: speaker ?? none, rule: 'according-to-tail', confidence: CONFIDENCE['according-to-tail'] } : null;
  }
  return null;
}

const none: Speaker = { id: null, via: null };

/**
 * "The plan will fail, the senator said." and "…, said Ada Brill of the Vale Institute.": the clause before a short
 * attribution closing the sentence, or set in it between commas ("The plan, she said, will fail").
 */
function readTail(ctx: SpeakerContext, s: Range): Statement | null {
  const sentence = ctx.text.slice(s.start, s.end);
  for (const comma of [sentence.lastIndexOf(','), sentence.indexOf(',')]) {
    if (comma < 0) continue;
    const next = sentence.indexOf(',', comma + 1);
    const tailEnd = comma === sentence.lastIndexOf(',') ? sentence.length : next;
    if (tailEnd < 0) continue;
    const tail = sentence.slice(comma + 1, tailEnd);
    const verbs = [...tail.matchAll(VERB)];
    // "the state said": a word that is as often a noun counts only when it closes the tail ("…, she wrote.").
    const verb = verbs.find((v) => !REPORTING_VERBS.get(v[0].toLowerCase())?.thatOnly)
      ?? verbs.find((v) => /^[\s.!?]*$/.test(tail.slice(v.index! + v[0].length)));
    if (!verb || /[“”"]|''/.test(tail)) continue;
    // Words, not the full stop that closes the sentence: "…, she wrote." has none after its verb.
    const subject = tail.slice(0, verb.index).split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
    const after = tail.slice(verb.index! + verb[0].length).split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
    if (subject > TAIL_WORDS || after > TAIL_WORDS || (subject === 0 && after === 0) || NOT_STATED.test(tail.slice(0, verb.index))) continue;
    // Only time and place may follow a subject and its verb: "…, Brill said Tuesday in a statement." Not "…, he said the plan …".
    if (subject > 0 && after > 0 && !/^\s+(?:on|in|at|during|last|this|earlier|late|later|to|told|\p{Lu})/u.test(tail.slice(verb.index! + verb[0].length))) continue;
    // "…, said he hadn't thought about it", "…, said Mexico must rebut the claims": a clause, not who said it.
    if (subject === 0 && CLAUSE_AFTER_VERB.test(tail.slice(verb.index! + verb[0].length))) continue;
    const lead = sentence.slice(0, comma);
    // "In one email, Carter said …, the Times reported.": after a comma, the main clause follows the opener, though
    // a pronoun closing such a sentence is too often read as the name in its opener ("Unlike Patriot, …, they say").
    if (SUBORDINATE.test(lead) && (!lead.includes(',') || /^\s*(?:he|she|they|it|we|I)\b/u.test(tail))) continue;
    const at = { start: s.start + comma + 1 + verb.index!, end: s.start + comma + 1 + verb.index! + verb[0].length, word: verb[0].toLowerCase() };
    const named = findSpeakerInClause(ctx, s.start + comma + 1, s.start + tailEnd, 'tail') ?? findSubject(ctx, s.start + comma + 1, at);
    const speaker = named && speaksItself(ctx, named, s.start + comma + 1, at.start) ? named : null;
    if (!speaker?.id && !/^\s*(?:said|says|he|she|they|it|I|we|you|\p{Lu}|the|a|an|officials|some|many|most|others|critics|experts|sources|analysts|people|aides|advisers|supporters)\b/u.test(tail)) continue;
    // Set between commas, the statement goes on after the attribution: the part before it is enough to find it,
    // unless it is only an opener ("Still, he said, officials have to decide …"): then what follows is the statement.
    const opener = tailEnd < sentence.length && lead.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 3;
    const content = opener ? trim(ctx.text, s.start + tailEnd + 1, s.end) : trim(ctx.text, s.start, s.start + comma);
    if (content) return { ...content, speaker: speaker ?? none, rule: 'speaker-verb-tail', confidence: CONFIDENCE['speaker-verb-tail'] };
  }
  return null;
}

// A second verb of speech joined to the first by "and" or "but", with at most a pronoun as its subject, or
// hung from it as a participle ("…, arguing that …").
const SECOND_REPORT = /,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+|later\s+)?(?:added|said|says|noted|argued|warned|insisted|stressed|suggested|claimed|acknowledged|told)\b|,\s+(?:adding|arguing|saying|noting|insisting|claiming|warning|suggesting|explaining|stressing|acknowledging|contending|asserting)\s+(?:that\s+)?(?=\p{L})/u;

// Words opening a sentence whose first clause is subordinate: its verb's clause ends at the comma that closes it.
const INTRODUCTORY_CLAUSE = /^(?:(?:But|And|Yet|So)\s+)?(?:While|Whereas|When|Whenever|Although|Though|After|Before|Because|Since|Once|Until|Unless|If|Even\s+(?:as|though|if|after)|Having|Now\s+that|Just\s+as)\s/u;

// A form of "be" right before a verb of speech: "was told", "had been informed", "is widely reported".
const PASSIVE_BEFORE = /\b(?:am|is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Whether the verb, after the words before it, is passive ("was told"); the progressive ("has been saying") is not. */
function isPassive(before: string, verb: string): boolean {
  return PASSIVE_BEFORE.test(before) && !/ing$/u.test(verb);
}

// "Asked if she believed …", "wondering whether he thought …": a question put to the subject, who answered nothing yet.
const QUESTIONED = /\b(?:[Aa]sked|wondered|wondering|questioned)\s+(?:if|whether)\s+(?:[\p{L}.'’-]+\s+){1,3}$/u;

/** "Brill said (that) the plan will fail.", "Officials told reporters that …": the clause after each reporting verb with a subject. */
function readHead(ctx: SpeakerContext, s: Range, terms: readonly Term[], first: number): Statement[] {
  const sentence = ctx.text.slice(s.start, s.end);
  const found: Statement[] = [];
  let floor = 0;
  for (const verb of sentence.matchAll(VERB)) {
    if (verb.index < floor) continue;
    const before = sentence.slice(0, verb.index);
    // A verb after quotation marks attributes that quotation ("…,” said Brill, a lawyer).
    if (!/\p{L}/u.test(before) || NOT_STATED.test(before) || DETERMINER.test(before) || /[“”"]|''/.test(before)) continue;
    const word = verb[0].toLowerCase().replace(/\s+/g, ' ');
    const listener = REPORTING_VERBS.get(word)?.listener ?? false;
    let from = verb.index + verb[0].length;
    const rest = sentence.slice(from);
    const that = BETWEEN.exec(rest) ?? (listener ? /^\s+(?:[^,.;:!?“”"\s]+\s+){1,5}?that\s+/u.exec(rest) : null);
    if (that) from += that[0].length;
    // Without "that", the clause must follow straight on; a listener first must be the press ("told reporters the …").
    else if (REPORTING_VERBS.get(word)?.thatOnly || NO_CLAUSE.test(rest) || (listener && !/^\s+(?:reporters|journalists|the press)\s/u.test(rest))) continue;
    // "said Sunday she will resign": the day is when it was said, not what.
    else from += DAY_AFTER_VERB.exec(rest)?.[0].length ?? 0;
    // A relative clause ends at its comma: "Brill, who said the plan was sound, left".
    // So does a clause that opens the sentence: "While Brill claimed that the plan failed, experts …".
    const relative = /\b(?:who|which)\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+)*$/u.test(before)
      || (INTRODUCTORY_CLAUSE.test(before) && !before.includes(','));
    const comma = sentence.indexOf(',', from);
    // "Brill said the plan failed and added that …": the second report starts a statement of its own.
    const second = relative ? null : SECOND_REPORT.exec(sentence.slice(from));
    const end = relative && comma > 0 ? comma : second ? from + second.index : sentence.length;
    const clause = relative || second ? { start: s.start + from, end: s.start + end } : cutAtSecondVerb(terms, first, { start: s.start + from, end: s.start + end });
    const content = cutAtClauseBreak(ctx.text, clause) ?? trim(ctx.text, clause.start, clause.end);
    if (!content) continue;
    const at = { start: s.start + verb.index, end: s.start + verb.index + verb[0].length, word };
    // Verbs of thought are no speech verbs to the quote finder: their subject is read directly.
    const named = findSpeakerInClause(ctx, s.start, at.end, 'head') ?? findVerbSubject(ctx, s, at);
    // "Sanders had been told that …", "it was widely reported that …": the subject of a passive heard it or is
    // what was said of; who said it goes unnamed.
    const passive = isPassive(before, word);
    const speaker = named && !passive && !QUESTIONED.test(before) && speaksItself(ctx, named, s.start, at.start) ? named : null;
    const rule = DENIAL.test(word) ? 'speaker-denies' : 'speaker-verb-head';
    found.push({ ...content, speaker: speaker ?? none, rule, confidence: CONFIDENCE[rule] });
    if (!relative && !second) break;
    floor = end;
  }
  return found;
}

// Where a reported clause gives way to another: "; ", a dash, a comma before "but", "while" or "and" with more after
// it, or before a participle ("…, meaning she will not campaign"), a pronoun that opens a clause of its own ("…, he
// appears uneasy when asked about …") or a name and a verb of speech ("…, Brill said she would not …").
const CLAUSE_BREAK = new RegExp(`;\\s|\\s(?:—|–|--|-)\\s|,\\s+(?:and|but|while|whereas|although|though|\\p{Ll}+ing|he|she|they|we|I)\\s|,\\s+(?:[\\p{L}\\d.'’-]+\\s+){1,6}(?:${VERB_WORDS})\\b`, 'u');

/**
 * The clause up to a break after which the sentence goes on to a report of its own ("she intends to fill half
 * her cabinet with women, and Brill is among …", "… ; 62 percent said …"), when enough of it is left to be one.
 */
function cutAtClauseBreak(text: string, clause: Range): Range | null {
  const at = CLAUSE_BREAK.exec(text.slice(clause.start, clause.end));
  return at ? trim(text, clause.start, clause.start + at.index) : null;
}

// Between a subject and its verb: "Brill is warning", "Brill on Tuesday said", "Brill has long argued".
const AUXILIARIES = 'is|was|are|were|has been|had been|have been|has|had|have|will|would|also|still|long|repeatedly|\\p{Ll}+ly';
const AUXILIARY = new RegExp(`(?:\\s+(?:${AUXILIARIES}|then|again|(?:on|last|this) \\p{Lu}?\\p{Ll}+))+\\s*$`, 'u');

/**
 * A place speaks only as a state, as the verb's whole subject ("Iran insists", "Puerto Rico has been
 * warning"): in "Florida election officials say" or "organizers in Cleveland say" the speakers go unnamed.
 */
function speaksItself(ctx: SpeakerContext, speaker: Speaker, from: number, verbStart: number): boolean {
  if (!speaker.id || ctx.typeOf(speaker.id) !== 'Place') return true;
  const mention = mentionsIn(ctx, from, verbStart).filter((m) => m.id === speaker.id).at(-1);
  if (!mention || !AUXILIARY_ONLY.test(ctx.text.slice(mention.mention.end, verbStart))) return false;
  // "Stacy Baker of Columbia, South Carolina says": a state after its town names where someone is from.
  const town = mentionsIn(ctx, from, mention.mention.start).at(-1);
  if (town && ctx.typeOf(town.id) === 'Place' && /^,\s*$/u.test(ctx.text.slice(town.mention.end, mention.mention.start))
    && /\b(?:of|from)\s+$/u.test(ctx.text.slice(from, town.mention.start))) return false;
  return SUBJECT_OPENS.test(ctx.text.slice(from, mention.mention.start));
}

// What may come before a place that is a whole subject: nothing, "the", or a clause boundary.
const SUBJECT_OPENS = /(?:^|[,;:—]|\b(?:and|but|that|while|because|as|when|if))\s*(?:the\s+)?$/iu;

const AUXILIARY_ONLY = new RegExp(`^(?:\\s+(?:${AUXILIARIES}))*\\s*$`, 'u');

/** The subject of a verb, read past the auxiliaries and time phrases before it; else the name opening the sentence. */
function findVerbSubject(ctx: SpeakerContext, s: Range, verb: { start: number; end: number; word: string }): Speaker | null {
  const before = ctx.text.slice(s.start, verb.start);
  const auxiliary = AUXILIARY.exec(before);
  const start = auxiliary ? s.start + auxiliary.index + 1 : verb.start;
  // "Harvey, who acknowledged …": the person the relative clause hangs from.
  const who = /,\s*who\s*$/u.exec(ctx.text.slice(s.start, start));
  if (who) {
    const named = mentionsIn(ctx, s.start, s.start + who.index).at(-1);
    if (named && named.mention.end === s.start + who.index && ctx.typeOf(named.id) === 'Person') return { id: named.id, via: null };
  }
  const subject = findSubject(ctx, s.start, { ...verb, start });
  if (subject?.id) return subject;
  const opening = findSentenceSubject(ctx, s.start, start);
  // "Mr. Trump was forced into damage control and said …", "Cruz is making a pitch, saying …": a second
  // verb of the one person the sentence names before it.
  if (COORDINATED.test(ctx.text.slice(s.start, start))) {
    const people = new Set(mentionsIn(ctx, s.start, start).filter(({ id }) => ctx.typeOf(id) === 'Person').map(({ id }) => id));
    if (people.size === 1) return { id: [...people][0]!, via: null };
  }
  // The name must be the whole subject: "Brill said", not "Brill's lawyers said".
  return opening?.id && /^\s*$/.test(ctx.text.slice(mentionEnd(ctx, opening.id, s.start), start)) ? opening : subject;
}

// Before a second verb of the sentence's subject: "… and said", "…, saying".
const COORDINATED = /(?:\s(?:and|but)\s+(?:then\s+|later\s+|\p{Ll}+ly\s+)?|,\s*)$/u;

// Verbs whose clause is what the speaker says is untrue: the statement is kept, marked as denied.
const DENIAL = /^(?:deny|denies|denied|denying)$/u;
const UNSAID = /^(?:say|comment|answer|elaborate|specify|confirm|disclose|discuss|speculate)\b/u;
// "said in a statement", "told CNN in an interview": where it was said, not what.
const CHANNEL = /^(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|news conference|press conference|press release|release|email|letter|speech|tweet|post)s?$/iu;

/**
 * "Brill criticized the county's plan.", "Brill talked about immigration": the clause after a verb that
 * PolNeAR train's annotators mostly mark as reported (statement-cues.tsv), when a named subject takes it.
 * Confidence is how often that verb's clause is a statement in train.
 */
function readCueVerbs(ctx: SpeakerContext, s: Range, terms: readonly Term[], first: number, taken: Range[]): Statement[] {
  const found: Statement[] = [];
  for (let k = first; k < terms.length && terms[k]!.start < s.end; k += 1) {
    const term = terms[k]!;
    const subject = term.start >= s.start && isCueVerb(term) ? findCueSubject(terms, k) : null;
    // "Brill did not say …", "Brill never claimed …": what was not said is no statement. PolNeAR's annotators
    // mark many of these (51 clauses of train), but in the graph they would read as what Brill said.
    if (!subject || terms.slice(terms.indexOf(subject) + 1, k).some((t) => t.tags.has('Negative'))) continue;
    const cue = cuesAt(terms, k).find((at) => STATEMENT_CUES.has(at.cue));
    if (!cue) continue;
    const clause = clauseAfter(ctx.text, cue.end);
    if (!clause || clause.end > s.end || taken.some((range) => range.start < clause.end && clause.start < range.end)) continue;
    // "refused to say whether …", "declined to comment on …": what follows was not said.
    if (UNSAID.test(ctx.text.slice(clause.start, clause.start + 12))) continue;
    const content = trim(ctx.text, clause.start, clause.end) ?? clause;
    // Without a verb of speech the cue is weaker: only a speaker the text names makes it a statement.
    // Read at the subject itself, past whatever stands between it and the verb ("Trump further described").
    const speaker = findVerbSubject(ctx, s, { start: subject.end, end: term.end, word: term.text }) ?? findVerbSubject(ctx, s, { start: term.start, end: term.end, word: term.text });
    // A place does things ("Russia has made incursions") far more often than it speaks.
    if (!speaker?.id || ctx.typeOf(speaker.id) === 'Place') continue;
    const { precision, subjectIsSource } = STATEMENT_CUES.get(cue.cue)!;
    found.push({ ...content, speaker: subjectIsSource ? speaker : none, rule: 'cue-verb', confidence: precision });
    taken.push(content);
  }
  return found;
}

/** The article's sources so far: the speakers of its quotations, and those a verb of speech or "according to" reported. */
interface Sources { quoted: ReadonlySet<string>; reported: Set<string> }

/** A quotation's span, marks and all, and the speaker it was given. */
export interface QuotedSpan extends Range { speaker: string | null }

/** A clause a cue introduces, as the clause classifier sees it; kept when its probability reaches the model's threshold. */
export interface ClauseCandidate extends Range {
  anchor: Anchor;
  cue: string;
  frame: Frame;
  speaker: Speaker;
  /** Every feature but the cue's own record, which the model adds from its table. */
  features: Features;
}

/** What the reader may be given beside the text: the clause model to use, and a list to record every candidate clause in. */
export interface ReportedSpeechOptions {
  /** The model that keeps or drops cue clauses; null reads none (the trainer's way of seeing every candidate). */
  clauseModel?: ClauseModel | null;
  candidates?: ClauseCandidate[];
}

// Prepositions after a noun that introduce what the noun reports: "criticism of", "support for", "attacks on".
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'on', 'about', 'against', 'to', 'with', 'over', 'toward', 'towards', 'that']);
const PREPOSITION_GERUND = new Set(['by', 'after', 'before', 'while', 'in', 'for', 'without', 'when', 'since']);
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const HELPER_TAGS = ['Auxiliary', 'Modal', 'Copula'];

/** A lower-case common noun or adjective followed by one of the prepositions that introduce what it reports ("criticism of", "critical of"). */
function cueWordKind(term: Term, next: Term | undefined): 'noun' | 'adjective' | null {
  if (!/^\p{Ll}+$/u.test(term.text) || next === undefined || next.sentence !== term.sentence || !/^\s+$/.test(term.post || ' ')
    || !NOUN_PREPOSITIONS.has(next.text.toLowerCase())) return null;
  if (term.tags.has('Adjective')) return 'adjective';
  return term.tags.has('Noun') && !term.tags.has('Pronoun') && !term.tags.has('Possessive') ? 'noun' : null;
}

// Verbs that link a subject to an adjective: "Brill has been critical of", "Brill remains skeptical about".
const LINKING = new Set(['be', 'been', 'being', 'is', 'was', 'are', 'were', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'become', 'becomes', 'became', 'grew', 'grown', 'sounded', 'felt']);

/** The subject of an adjective, past the linking verb, helpers and adverbs before it ("Brill has long been critical"). */
function findAdjectiveSubject(terms: readonly Term[], k: number): Term | null {
  let linked = false;
  for (let j = k - 1; j >= 0 && terms[j]!.sentence === terms[k]!.sentence && /^\s*$/.test(terms[j]!.post); j -= 1) {
    const term = terms[j]!;
    if (LINKING.has(term.text.toLowerCase())) { linked = true; continue; }
    if (term.tags.has('Adverb') || term.tags.has('Negative') || HELPER_TAGS.some((tag) => term.tags.has(tag))) continue;
    return linked && (term.tags.has('ProperNoun') || term.tags.has('Pronoun') || term.tags.has('Noun')) && !term.tags.has('Possessive') ? term : null;
  }
  return null;
}

/** The index of the word before `k` in its sentence, past adverbs, negations and helpers with nothing but spaces after them. */
function wordBefore(terms: readonly Term[], k: number): number {
  let j = k - 1;
  while (j >= 0 && terms[j]!.sentence === terms[k]!.sentence && /^\s*$/.test(terms[j]!.post)
    && (terms[j]!.tags.has('Adverb') || terms[j]!.tags.has('Negative') || HELPER_TAGS.some((tag) => terms[j]!.tags.has(tag)))) j -= 1;
  return j >= 0 && terms[j]!.sentence === terms[k]!.sentence ? j : -1;
}

/** How a verb cue reaches its subject, and the subject's word where it stands right before the verb. */
function verbFrame(terms: readonly Term[], k: number): { frame: Frame; subject: Term | null } {
  const subject = findCueSubject(terms, k);
  if (subject) {
    const frame = subject.tags.has('Pronoun') ? 'subject-pronoun' : subject.tags.has('ProperNoun') || /^\p{Lu}/u.test(subject.text) ? 'subject-name' : 'subject-noun';
    return { frame, subject };
  }
  const j = wordBefore(terms, k);
  const verb = terms[k]!;
  if (j < 0) return { frame: 'other', subject: null };
  const before = terms[j]!;
  const word = before.text.toLowerCase();
  const gerund = verb.tags.has('Gerund') || /ing$/.test(verb.text);
  if (/,/.test(before.post) && gerund) return { frame: 'participle', subject: null };
  if (word === 'and' || word === 'but' || word === 'or') return { frame: 'coordinated', subject: null };
  if (word === 'to') return { frame: 'infinitive', subject: null };
  if (gerund && PREPOSITION_GERUND.has(word)) return { frame: 'preposition', subject: null };
  return { frame: 'other', subject: null };
}

/** How a noun cue reaches its owner: a possessive before it ("his criticism of"), or a verb whose object it is ("voiced support for"). */
function nounFrame(terms: readonly Term[], k: number): { frame: Frame; owner: number } {
  let j = k - 1;
  // Adjectives and nouns before the head: "his sharp criticism of", "Brill's campaign promise to".
  for (let hops = 0; j >= 0 && hops < 3 && terms[j]!.sentence === terms[k]!.sentence && /^\s+$/.test(terms[j]!.post || ' '); hops += 1, j -= 1) {
    const term = terms[j]!;
    if (term.tags.has('Possessive')) return { frame: 'possessive', owner: j };
    if (term.tags.has('Determiner')) { j -= 1; break; }
    if (!term.tags.has('Adjective') && !(term.tags.has('Noun') && !term.tags.has('ProperNoun'))) break;
  }
  const verb = j >= 0 ? terms[j] : undefined;
  if (verb && verb.sentence === terms[k]!.sentence && /^\s+$/.test(verb.post || ' ') && isCueVerb(verb)) return { frame: 'object', owner: j };
  return { frame: 'other', owner: -1 };
}

/** A verb of speech, of the learned cue table, or whose clauses were mostly statements: "suggests", "railed against", "urging". */
function isReportVerb(terms: readonly Term[], k: number): boolean {
  const term = terms[k]!;
  return isCueVerb(term) && (REPORTING_VERBS.has(term.text.toLowerCase()) || cuesAt(terms, k).some((at) => STATEMENT_CUES.has(at.cue))
    || reportsOften(CLAUSE_MODEL, term.text));
}

/** The speaker of a cue clause, how its cue reaches it, and which reading found it. */
function readClauseSpeaker(ctx: SpeakerContext, s: Range, terms: readonly Term[], k: number, word: 'noun' | 'adjective' | null): { frame: Frame; speaker: Speaker | null; via: string } {
  const term = terms[k]!;
  const verbAt = { start: term.start, end: term.end, word: term.text.toLowerCase() };
  let frame: Frame = 'other';
  let speaker: Speaker | null = null;
  const subject = word === 'adjective' ? findAdjectiveSubject(terms, k) : null;
  if (subject) {
    frame = subject.tags.has('Pronoun') ? 'subject-pronoun' : subject.tags.has('ProperNoun') || /^\p{Lu}/u.test(subject.text) ? 'subject-name' : 'subject-noun';
    speaker = findVerbSubject(ctx, s, { start: subject.end, end: term.end, word: term.text });
  } else if (word === 'adjective') {
    frame = 'other';
  } else if (word === 'noun') {
    const read = nounFrame(terms, k);
    frame = read.frame;
    if (frame === 'possessive') speaker = findPossessor(ctx, terms[read.owner]!);
    else if (frame === 'object') {
      const verb = terms[read.owner]!;
      speaker = findVerbSubject(ctx, s, { start: verb.start, end: verb.end, word: verb.text.toLowerCase() });
    }
  } else {
    const read = verbFrame(terms, k);
    frame = read.frame;
    // "…, with some polls indicating that …", "with Fox News reporting that …": the participle's subject is the
    // phrase "with" opens, named or not, never the sentence's.
    const absolute = /ing$/u.test(term.text) ? WITH_SUBJECT.exec(ctx.text.slice(s.start, term.start)) : null;
    if (absolute) {
      const named = mentionsIn(ctx, term.start - absolute[1]!.length, term.start).filter(({ id }) => ctx.typeOf(id) !== 'Place').at(-1);
      return named ? { frame, speaker: { id: named.id, via: null }, via: 'frame' } : { frame, speaker: null, via: 'none' };
    }
    if (read.subject) {
      speaker = findVerbSubject(ctx, s, { start: read.subject.end, end: term.end, word: term.text }) ?? findVerbSubject(ctx, s, verbAt);
    } else if (frame === 'participle') {
      speaker = findSubject(ctx, s.start, verbAt);
    } else {
      speaker = findVerbSubject(ctx, s, verbAt);
    }
  }
  const kept = (found: Speaker | null) => (found?.id && speaksItself(ctx, found, s.start, term.start) ? found : null);
  if (kept(speaker)) return { frame, speaker, via: 'frame' };
  // Else the name opening the sentence ("Clinton, bracing for defeat, was hoping to keep …"), but not one that
  // only owns the subject ("Brill's aides criticized …"); else the last name a verb follows.
  const opening = kept(findSentenceSubject(ctx, s.start, term.start));
  if (opening && /^['’]s?\s/u.test(ctx.text.slice(mentionEnd(ctx, opening.id!, s.start), term.start))) return { frame, speaker: null, via: 'none' };
  if (opening) return { frame, speaker: opening, via: 'sentence-subject' };
  const nearest = findNearestSubject(ctx, terms, s, k);
  return nearest ? { frame, speaker: nearest, via: 'nearest-subject' } : { frame, speaker: null, via: 'none' };
}

// "with" and the subject of a participle after it: "with some polls", "with Sen. John McCain".
const WITH_SUBJECT = /\bwith\s+((?:(?!(?:after|before|by|in|on|for|to|of|at|from|while|when|without|and|or)\s)[\p{L}\d'’.-]+\s+){1,5})$/u;

// When something was said, between a speaker's name and the verb: "Benenson on Monday lashed out at".
const WHEN_BETWEEN = /^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?:last|this)\s+(?:week|month|year))\s+$/u;

/** The last person or body before a cue in its sentence that a verb follows: the subject of the clause the cue stands in. */
function findNearestSubject(ctx: SpeakerContext, terms: readonly Term[], s: Range, k: number): Speaker | null {
  const before = mentionsIn(ctx, s.start, terms[k]!.start).filter(({ id }) => ['Person', 'Organization', 'Agency'].includes(ctx.typeOf(id) ?? ''));
  for (const { mention, id } of before.reverse()) {
    const next = terms.find((t) => t.start >= mention.end);
    if (!next || next.start >= terms[k]!.start + 1) continue;
    if (/^['’]/u.test(ctx.text.slice(mention.end, mention.end + 1))) continue;
    if (next.tags.has('Verb') || next.tags.has('Adverb') || next.tags.has('Auxiliary') || next.tags.has('Modal')) return { id, via: null };
    // The cue itself right after the name, though tagged a noun ("Ebeling reminisced about"), or after the day it was
    // said ("Joel Benenson on Monday lashed out at").
    if (next === terms[k] || WHEN_BETWEEN.test(ctx.text.slice(mention.end, terms[k]!.start))) return { id, via: null };
  }
  return null;
}

/** The owner a possessive names: "his" resolved as "he" would be, "Brill's" the name it ends. */
function findPossessor(ctx: SpeakerContext, owner: Term): Speaker | null {
  const pronoun = POSSESSIVE_PRONOUNS[owner.text.toLowerCase()];
  if (pronoun) {
    const id = ctx.findAntecedent(owner.start, pronoun);
    return id ? { id, via: null } : null;
  }
  const named = mentionsIn(ctx, Math.max(0, owner.start - 80), owner.end).filter(({ mention }) => mention.end >= owner.start).at(-1);
  return named ? { id: named.id, via: null } : null;
}

const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];
// Verbs whose subject takes what a noun cue says rather than saying it: "faced criticism of", "drew questions about".
const TARGET_VERB_BEFORE = /\b(?:faces?|faced|facing|receive[sd]?|receiving|drew|draws?|drawing|attract(?:s|ed|ing)?|invite[sd]?|inviting|came\s+under|comes?\s+under|coming\s+under)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** How many words stand between a speaker's name and its cue, in a few bands. */
function distanceBucket(between: string): string {
  const words = between.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  return words <= 1 ? '0-1' : words <= 4 ? '2-4' : words <= 9 ? '5-9' : '10+';
}

/**
 * Every clause a verb or a noun of the learned cue table introduces ("Brill, who later criticized the plan",
 * "…, calling for a recount", "his attacks on the press"), its speaker read as for the other statements (the
 * cue's subject, a participle's or a coordinated verb's clause subject, a possessive's owner), scored by the
 * clause classifier; the clauses it is confident enough of become statements.
 */
function readCueClauses(
  ctx: SpeakerContext, s: Range, terms: readonly Term[], first: number, taken: Range[], sources: Sources, options: ReportedSpeechOptions, inHeadline: boolean,
): Statement[] {
  const model = options.clauseModel === undefined ? CLAUSE_MODEL : options.clauseModel;
  if (!model && !options.candidates) return [];
  const found: Statement[] = [];
  const sentence = ctx.text.slice(s.start, s.end);
  const quoted = /[“”"]|''/.test(sentence);
  let words = 0;
  let sentenceVerbs: Verb[] | undefined;
  for (let k = first; k < terms.length && terms[k]!.start < s.end; k += 1) {
    const term = terms[k]!;
    if (term.start < s.start) continue;
    words += 1;
    const wordKind = isCueVerb(term) ? null : cueWordKind(term, terms[k + 1]);
    const noun = wordKind !== null;
    if (!noun && !isCueVerb(term)) continue;
    const next = terms[k + 1]!;
    const at = noun ? { cue: `${term.text} ${next.text.toLowerCase()}`, end: next.text.toLowerCase() === 'that' ? next.start : next.end }
      : cuesAt(terms, k).find((c) => clauseAfter(ctx.text, c.end) !== null);
    if (!at) continue;
    const after = clauseAfter(ctx.text, at.end);
    const clause = after && cutAtSecondReport(terms, k + 1, cutAtSecondVerb(terms, k + 1, after), isReportVerb);
    if (!clause || clause.end > s.end || taken.some((range) => range.start < clause.end && clause.start < range.end)) continue;
    if (UNSAID.test(ctx.text.slice(clause.start, clause.start + 12))) continue;
    const content = trim(ctx.text, clause.start, clause.end) ?? clause;
    if (CHANNEL.test(ctx.text.slice(content.start, content.end))) continue;
    const anchor: Anchor = wordKind ?? (at.cue.includes(' ') ? 'verb-prep' : 'verb');
    // "Brill did not say …", "Brill refused to discuss …": what was not said is no statement (as for the cue verbs).
    if (terms.slice(Math.max(first, k - 3), k).some((t) => t.tags.has('Negative'))) continue;
    if (/\b(?:refus|declin|unwilling|reluctant|fail)\p{L}*\s+to\s+$/iu.test(ctx.text.slice(s.start, term.start))) continue;
    const { frame, speaker: read, via } = readClauseSpeaker(ctx, s, terms, k, wordKind);
    const verbCue = STATEMENT_CUES.get(at.cue);
    // "Brill seemed to …", "Brill is expected to …": the cue's subject is what is said of, not who says it. So is a
    // passive cue's ("Brill was accused of …", "Brill is asked …"), and the one who faces a noun cue ("Brill faced
    // questions about …"), as for the verbs of speech (readHead).
    const passive = !noun && frame.startsWith('subject-') && isPassive(ctx.text.slice(s.start, term.start), term.text);
    const faced = TARGET_VERB_BEFORE.test(ctx.text.slice(s.start, term.start));
    const speaker = (!noun && verbCue && !verbCue.subjectIsSource) || passive || faced ? null : read;
    // A place does things ("Russia has made incursions") far more often than it speaks, as the cue verbs found.
    if (speaker?.id && ctx.typeOf(speaker.id) === 'Place') continue;
    const features: Features = new Map([[`anchor:${anchor}`, 1], [`frame:${frame}`, 1], [`via:${speaker ? via : 'none'}`, 1]]);
    if (passive || faced) features.set('subject-is-target', 1);
    const type = speaker?.id ? ctx.typeOf(speaker.id) ?? 'none' : 'none';
    const kind = type === 'Agency' ? 'Organization' : type;
    features.set(`speaker:${kind}`, 1);
    // How a speaker was reached says more together with what it is: "it" or "they" read as a body, a body
    // owning a noun cue ("the group's attacks on") or opening the sentence is far less often the source
    // than a person reached the same way (polnear-train).
    features.set(`frame-speaker:${frame}:${kind}`, 1);
    features.set(`via-speaker:${speaker ? via : 'none'}:${kind}`, 1);
    const pronoun = frame === 'subject-pronoun' && !noun ? findCueSubject(terms, k)?.text.toLowerCase() : undefined;
    if (pronoun) features.set(`subject-pronoun:${pronoun}`, 1);
    if (speaker?.id && !mentionsIn(ctx, s.start, s.end).some((m) => m.id === speaker!.id)) features.set('speaker-resolved', 1);
    // A speaker the article quotes, or reported with a verb of speech earlier, is one of its sources: the cue's subject
    // is far more often the right one, most of all when reached through a pronoun (polnear-train: 0.62 of quoted
    // speakers right, against 0.16 for others; 0.65–0.72 of those reported only, against 0.50–0.62).
    if (speaker?.id) {
      const source = sources.quoted.has(speaker.id) ? 'yes' : sources.reported.has(speaker.id) ? 'reported' : 'no';
      features.set(`speaker-quoted:${frame}:${source}`, 1);
    }
    // The further back in the sentence its name stands, the less likely the speaker is the cue's own subject.
    const named = speaker?.id ? mentionsIn(ctx, s.start, term.start).filter((m) => m.id === speaker!.id).at(-1) : undefined;
    if (named) features.set(`speaker-distance:${distanceBucket(ctx.text.slice(named.mention.end, term.start))}`, 1);
    const clauseTerms: Term[] = [];
    for (let j = k + 1; j < terms.length && terms[j]!.start < content.end; j += 1) {
      if (terms[j]!.start >= content.start && terms[j]!.end <= content.end) clauseTerms.push(terms[j]!);
    }
    if (!isClause(ctx.text, content) && !isShortReport(speaker, clauseTerms)) continue;
    const clauseWords = clauseTerms.length;
    features.set(clauseWords <= 2 ? 'words:1-2' : clauseWords <= 5 ? 'words:3-5' : clauseWords <= 12 ? 'words:6-12' : 'words:13+', 1);
    if (clauseTerms.some((t) => FINITE.some((tag) => t.tags.has(tag)) && !t.tags.has('Gerund'))) features.set('clause-finite', 1);
    if (/^\s+that\s/u.test(ctx.text.slice(at.end, clause.start + 1))) features.set('clause-that', 1);
    if (/^[\s.!?”"’']*$/u.test(ctx.text.slice(clause.end, s.end))) features.set('clause-ends-sentence', 1);
    if (/^(?:whether|how|what|why|when|where|who|which|if)\b/iu.test(ctx.text.slice(content.start, content.start + 10))) features.set('clause-wh', 1);
    if (/^(?:he|she|they|it|we|I|you|there)\b/u.test(ctx.text.slice(content.start, content.start + 6))) features.set('clause-pronoun', 1);
    if (!noun) {
      const tense = term.tags.has('Gerund') ? 'gerund' : term.tags.has('Infinitive') ? 'infinitive' : term.tags.has('PastTense') ? 'past' : term.tags.has('PresentTense') ? 'present' : 'bare';
      features.set(`tense:${tense}`, 1);
      if (verbCue) features.set('in-verb-table', 1);
      const tableCue = STATEMENT_CUES.get(cuesAt(terms, k).find((c) => STATEMENT_CUES.has(c.cue))?.cue ?? '');
      if (tableCue) features.set('verb-table-logit', Math.log(tableCue.precision / (1.0001 - tableCue.precision)));
    }
    if (noun) {
      // The preposition after a noun or adjective cue says much of what the cue's own record cannot for a rare noun:
      // "concerns about", "remarks about" report far more often than "support of", "opposition to" (polnear-train).
      const preposition = next.text.toLowerCase();
      features.set(`noun-prep:${preposition}`, 1);
      features.set(`noun-prep-speaker:${preposition}:${speaker?.id ? 'yes' : 'no'}`, 1);
    }
    // The same for a verb and its preposition ("referring to", "called for", "talked about"), past the verb's own record.
    if (anchor === 'verb-prep') features.set(`verb-prep:${at.cue.slice(at.cue.lastIndexOf(' ') + 1).toLowerCase()}`, 1);
    if (quoted) features.set('sentence-quoted', 1);
    // "Ken Starr praises, laments Bill Clinton's legacy": a headline is most often what someone said or did (polnear-train).
    if (inHeadline) features.set('headline', 1);
    // "“…,” said Ada Brill": the clause after a verb that attributes a quotation names its speaker.
    if (/(?:[”"]|'')\s*,?\s*(?:\p{L}+\s+)?$/u.test(ctx.text.slice(s.start, term.start))) features.set('after-quote', 1);
    const opening = mentionsIn(ctx, content.start, content.end)[0];
    if (opening && opening.mention.start === content.start) {
      features.set(opening.mention.end >= content.end - 1 ? 'clause-is-name' : 'clause-opens-with-name', 1);
    }
    if (!noun && REPORTING_VERBS.has(term.text.toLowerCase())) features.set('reporting-verb', 1);
    if (/\b(?:who|which|that)\s+(?:\p{Ll}+\s+){0,2}$/u.test(ctx.text.slice(s.start, term.start))) features.set('relative', 1);
    if (words <= 4) features.set('cue-opens-sentence', 1);
    const opener = clauseTerms[0];
    const openerTag = !opener ? 'none' : ['ProperNoun', 'Pronoun', 'Determiner', 'Possessive', 'Verb', 'Adjective', 'Noun', 'Value'].find((tag) => opener.tags.has(tag)) ?? 'other';
    features.set(`clause-opens:${openerTag}`, 1);
    if (mentionsIn(ctx, content.start, content.end).some(({ id }) => ctx.typeOf(id) !== 'Place')) features.set('clause-names', 1);
    sentenceVerbs ??= findSpeechVerbs(ctx.text, s.start, s.end);
    if (sentenceVerbs.some((v) => v.end <= term.start || v.start >= content.end)) features.set('speech-verb-beside', 1);
    const candidate: ClauseCandidate = { ...content, anchor, cue: at.cue, frame, speaker: speaker ?? none, features };
    options.candidates?.push(candidate);
    if (!model) continue;
    const scored: Features = new Map(features);
    addCueFeatures(model, scored, anchor, at.cue);
    const doubted = !!speaker?.id && doubtsSpeaker(model, scored);
    if (doubted) scored.set('speaker-doubted', 1);
    const { keep, probability } = keepsClause(model, scored);
    if (!keep) continue;
    found.push({ ...content, speaker: doubted ? none : speaker ?? none, rule: 'cue-clause', confidence: Number(probability.toFixed(2)) });
    taken.push(content);
  }
  return found;
}

const HEADLINE_VERBS = 'Says|Said|Tells|Told|Warns|Claims|Insists|Argues|Admits|Denies|Urges|Predicts|Vows|Blasts|Slams|Praises|Endorses|Backs';
// "Graham: Trump's Rhetoric Destroying GOP's Chance", "Bellwether County Says Trump Should Win": the source, then what it says.
const HEADLINE = new RegExp(`^(?:(?<colon>[^:“”"]{2,50}):\\s+|(?<verb>[^:“”"]{2,50}?)\\s+(?:${HEADLINE_VERBS})\\s+(?:that\\s+)?)(?<content>\\S.*?)[.!?]?$`, 'u');

/**
 * The entity a headline's source names: the whole phrase, else its last word or two ("GOP Rep McCaul", "Absent Trump");
 * in "Obama on Climate Change", the words before "on".
 */
function findHeadlineSource(ctx: SpeakerContext, source: string): string | null {
  const topic = /^(.+?)\s+(?:on|On)\s/u.exec(source);
  if (topic) return findHeadlineSource(ctx, topic[1]!);
  const words = source.split(/\s+/);
  const id = ctx.findByName(source) ?? ctx.findByName(words.slice(-2).join(' ')) ?? ctx.findByName(words.at(-1)!);
  return id && ctx.typeOf(id) !== 'Place' ? id : null;
}

// Words a title-case headline puts between its source and the verb: "Kaine Fully Embraced", "Panel Will Weigh".
const HEADLINE_HELPERS = /\s+(?:Also|Again|Finally|Fully|Just|Now|Still|Quietly|Publicly|Openly|Reportedly|Will|Would|Could|Can|May|Might|Should|Has|Have|Had)$/iu;
// "Brill Won't Endorse …", "Brill Refuses to Back …": what is not said is no statement (as for the cue verbs).
const HEADLINE_DENIAL = /\s(?:Not|Never|No\s+Longer|Won['’]t|Wouldn['’]t|Doesn['’]t|Don['’]t|Didn['’]t|Can['’]t|Refuses?\s+To|Declines?\s+To|Fails?\s+To)(?:\s|$)/iu;
// "Trump Rhetoric Could Cost the Party, Graham Says": what it says, then the source and a verb of speech closing the title.
const HEADLINE_TAIL = new RegExp(`^(?<content>[^“”"]{8,}?),\\s+(?<source>[^,:“”"]{2,50}?)\\s+(?:${HEADLINE_VERBS})[.!?]?$`, 'u');

// The stems of the learned verb cues whose subject is their source: a headline's "Announces", "Derides" or "Backs".
const HEADLINE_CUE_STEMS: ReadonlySet<string> = new Set([...STATEMENT_CUES].filter(([cue, { subjectIsSource }]) => subjectIsSource && !cue.includes(' '))
  .map(([cue]) => cueStem(cue)));

/** A verb of speech, of the learned cue table, or whose clauses were mostly statements: "Endorses", "trashes". */
function isHeadlineVerb(word: string): boolean {
  return HEADLINE_CUE_STEMS.has(cueStem(word)) || REPORTING_VERBS.has(word) || reportsOften(CLAUSE_MODEL, word);
}

/**
 * "GOP Rep McCaul Announces Bill Revoking …", "Sanders Backs Plan to …": a title-case headline whose first
 * words name a source the article knows, then a verb of the learned cue table, then what it said.
 */
function readHeadlineCue(ctx: SpeakerContext, title: string, from: number, alone: boolean): Statement | null {
  const words = [...title.matchAll(/[\p{L}'’.-]+/gu)];
  for (let i = 1; i < Math.min(words.length - 1, 7); i += 1) {
    // Title case only, unless the headline stands alone: a first line that runs on into the article is read as a sentence.
    const word = words[i]![0].toLowerCase();
    if (HEADLINE_DENIAL.test(` ${title.slice(0, words[i]!.index + words[i]![0].length)}`)) return null;
    if (HEADLINE_HELPERS.test(` ${words[i]![0]}`)) continue;
    if (!(alone ? /^\p{L}\p{Ll}/u : /^\p{Lu}\p{Ll}/u).test(words[i]![0]) || !isHeadlineVerb(word)) continue;
    const before = title.slice(0, words[i]!.index).trim();
    let source = before;
    for (let strip = HEADLINE_HELPERS.exec(source); strip; strip = HEADLINE_HELPERS.exec(source)) source = source.slice(0, strip.index);
    const id = /^\p{Lu}/u.test(source) && !/[:“”"]/u.test(source) ? findHeadlineSource(ctx, source) : null;
    if (!id) return null;
    const after = /^\s+(?:(?:that|on|for|to|of|about|against|with|at|after|over)\s+)?/iu.exec(title.slice(words[i]!.index + words[i]![0].length))?.[0] ?? '';
    const start = from + words[i]!.index + words[i]![0].length + after.length;
    const content = trim(ctx.text, start, from + title.length, HEADLINE_WORDS);
    return content ? { ...content, speaker: { id, via: null }, rule: 'headline-cue', confidence: CONFIDENCE['headline-cue'] } : null;
  }
  return null;
}

/** The statement a headline gives its source, when the article names that source ("Trump: …", "Graham Says …"). */
function readHeadline(ctx: SpeakerContext, clean: CleanText): Statement | null {
  const first = clean.paragraphs[0];
  if (!first || clean.title === null || !ctx.text.slice(first.start, first.end).startsWith(clean.title)) return null;
  const tail = HEADLINE_TAIL.exec(clean.title);
  if (tail) {
    // The source closing the title is read as "…, Graham said" would be: named if the article names it, else nobody.
    const id = /^\p{Lu}/u.test(tail.groups!.source!) ? findHeadlineSource(ctx, tail.groups!.source!) : null;
    const content = trim(ctx.text, first.start, first.start + tail.groups!.content!.length, HEADLINE_WORDS);
    return content ? { ...content, speaker: id ? { id, via: null } : none, rule: 'headline-source', confidence: CONFIDENCE['headline-source'] } : null;
  }
  const match = HEADLINE.exec(clean.title);
  const source = (match?.groups?.colon ?? match?.groups?.verb)?.trim();
  const id = match && source && /^\p{Lu}/u.test(source) ? findHeadlineSource(ctx, source) : null;
  // A headline on a line of its own may be written as a sentence ("Biden trashes Trump"); a first line that runs on
  // into the article is read as its first sentence.
  const alone = clean.paragraphs.length > 1 && ctx.text.slice(first.start, first.end).trim().replace(/\.$/u, '') === clean.title;
  if (!id) return readHeadlineCue(ctx, clean.title, first.start, alone);
  const from = first.start + clean.title.indexOf(match!.groups!.content!, source!.length);
  const content = trim(ctx.text, from, from + match!.groups!.content!.length, HEADLINE_WORDS);
  return content ? { ...content, speaker: { id, via: null }, rule: 'headline-source', confidence: CONFIDENCE['headline-source'] } : null;
}

/** Every reported statement outside quotation marks, by the first cue that reads its sentence. */
export function findReportedSpeech(ctx: SpeakerContext, clean: CleanText, quoted: QuotedSpan[], terms: readonly Term[], options: ReportedSpeechOptions = {}): Statement[] {
  const sources: Sources = { quoted: new Set(quoted.flatMap((q) => (q.speaker ? [q.speaker] : []))), reported: new Set() };
  const clauseModel = options.clauseModel === undefined ? CLAUSE_MODEL : options.clauseModel;
  const headline = readHeadline(ctx, clean);
  const opening = clean.paragraphs[0];
  const titleEnd = opening && clean.title !== null && ctx.text.slice(opening.start, opening.end).startsWith(clean.title) ? opening.start + clean.title.length : null;
  // A quotation in the headline is its own quote already.
  const statements: Statement[] = headline && !quoted.some((q) => q.start < headline.end && headline.start < q.end) ? [headline] : [];
  let first = 0;
  for (const sentence of sentencesOf(clean)) {
    if (headline && sentence.start < headline.end) continue;
    while (first < terms.length && terms[first]!.start < sentence.start) first += 1;
    const single = readAccordingTo(ctx, sentence) ?? readTail(ctx, sentence);
    const head = single ? [single] : readHead(ctx, sentence, terms, first);
    const taken = [...quoted.filter((q) => q.start < sentence.end && sentence.start < q.end), ...head];
    // The clause classifier reads what the cue verbs would, and more; without it (before it is trained) they read alone.
    const cued = clauseModel || options.candidates ? [] : readCueVerbs(ctx, sentence, terms, first, taken);
    for (const found of head) if (found.speaker.id) sources.reported.add(found.speaker.id);
    const inHeadline = titleEnd !== null && sentence.start < titleEnd;
    for (const found of [...head, ...cued, ...readCueClauses(ctx, sentence, terms, first, taken, sources, options, inHeadline)]) {
      // "Brill said the plan failed, telling reporters “…”": the statement stops where the quotation starts.
      const cut = quoted.filter((q) => q.start < found.end && found.start < q.end).reduce((end, q) => Math.min(end, q.start), found.end);
      const content = cut === found.end ? found : trim(clean.text, found.start, cut);
      // The clause classifier's candidates were read for length already (isShortReport).
      if (content && content.start === found.start && (found.rule === 'cue-clause' || isClause(clean.text, content))) statements.push({ ...found, ...content });
    }
  }
  return statements;
}
