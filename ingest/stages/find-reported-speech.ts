import { REPORTING_VERBS } from '../nlp/lexicon.ts';
import { findSentenceEnd } from '../nlp/sentences.ts';
import { findSpeakerInClause, findSubject } from './find-speaker.ts';
import type { Speaker, SpeakerContext } from './find-speaker.ts';
import type { CleanText } from './types.ts';

/** One reported statement: the attributed clause, who it is attributed to, and the cue that found it. */
export interface Statement {
  start: number;
  end: number;
  speaker: Speaker;
  rule: StatementRule;
  confidence: number;
}

export type StatementRule = 'according-to-head' | 'according-to-tail' | 'speaker-verb-tail' | 'speaker-verb-head';

/** How often each cue's clause is an attribution PolNeAR's annotators marked (polnear-train). */
const CONFIDENCE: Record<StatementRule, number> = {
  'according-to-head': 0.9,
  'according-to-tail': 0.9,
  'speaker-verb-tail': 0.9,
  'speaker-verb-head': 0.85,
};

interface Range { start: number; end: number }

const VERB_WORDS = [...REPORTING_VERBS.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
// Lower-case only: a capitalised "Says" opens a headline or a name, not reported speech.
const VERB = new RegExp(`(?<![\\p{L}'’-])(?:${VERB_WORDS})(?![\\p{L}'’-])`, 'gu');
// Words before a verb that make it no statement: "refused to say", "did not say", "would never admit".
const NOT_STATED = /(?:\bto|\bnot|n['’]t|\bnever|\bwho|\bwhich|\bif|\bwhether|\bwhat|\bhow|\bwhen)\s+(?:\p{Ll}+ly\s+)?$/u;
// What may stand between the verb and its clause: "on Tuesday", "in a statement", "in an interview with CNN", "last week".
const BETWEEN = /^(?:\s*,?\s*(?:(?:on|in|at|during|last|this|earlier|late|later|again|repeatedly|also|publicly|privately|recently|previously|early)\b[^,.;:!?“”"]{0,40}?)?,?)?\s+that\s+/u;
const TAIL_WORDS = 14;

/** The words of a clause, trimmed of spaces, closing punctuation and a leading "that". */
function trim(text: string, start: number, end: number): Range | null {
  const slice = text.slice(start, end);
  const lead = /^[\s,:;—–-]*(?:that\s+)?/u.exec(slice)![0].length;
  const body = slice.slice(lead).replace(/[\s.,;:!?—–-]+$/u, '');
  const range = { start: start + lead, end: start + lead + body.length };
  // Three words at least: "he said so" reports nothing the graph can keep.
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 ? range : null;
}

function* sentencesOf(clean: CleanText): Generator<Range> {
  for (const paragraph of clean.paragraphs) {
    let start = paragraph.start;
    while (start < paragraph.end) {
      const end = findSentenceEnd(clean.text, start, paragraph.end);
      const lead = /^\s*/.exec(clean.text.slice(start, end))![0].length;
      if (start + lead < end) yield { start: start + lead, end };
      if (end <= start) break;
      start = end;
    }
  }
}

/** "According to the Pentagon, troops will …" and "Troops will …, according to the Pentagon." */
function readAccordingTo(ctx: SpeakerContext, s: Range): Statement | null {
  const sentence = ctx.text.slice(s.start, s.end);
  const head = /^(?:According to|As reported by)\b[^,]{2,80},/u.exec(sentence);
  if (head) {
    const content = trim(ctx.text, s.start + head[0].length, s.end);
    const speaker = findSpeakerInClause(ctx, s.start, s.start + head[0].length, 'head');
    return content ? { ...content, speaker: speaker ?? none, rule: 'according-to-head', confidence: CONFIDENCE['according-to-head'] } : null;
  }
  const tail = /,\s*according to\b[^,]{2,80}[.!?]?[”"’']*\s*$/u.exec(sentence);
  if (tail) {
    const content = trim(ctx.text, s.start, s.start + tail.index);
    const speaker = findSpeakerInClause(ctx, s.start + tail.index + 1, s.end, 'tail');
    return content ? { ...content, speaker: speaker ?? none, rule: 'according-to-tail', confidence: CONFIDENCE['according-to-tail'] } : null;
  }
  return null;
}

const none: Speaker = { id: null, via: null };

/** "The plan will fail, the senator said." and "…, said Ada Brill of the Vale Institute.": the clause before a short closing attribution. */
function readTail(ctx: SpeakerContext, s: Range): Statement | null {
  const sentence = ctx.text.slice(s.start, s.end);
  const comma = sentence.lastIndexOf(',');
  if (comma < 0) return null;
  const tail = sentence.slice(comma + 1);
  const verb = [...tail.matchAll(VERB)][0];
  if (!verb || tail.split(/\s+/).filter(Boolean).length > TAIL_WORDS || /[“”"]/.test(tail)) return null;
  // A subject (or "said" first) then the verb, nothing but time and place after: "…, Brill said Tuesday in a statement."
  if (!/^\s*(?:[^,;:]{1,80}\s)?$/u.test(tail.slice(0, verb.index)) || NOT_STATED.test(tail.slice(0, verb.index))) return null;
  const at = { start: s.start + comma + 1 + verb.index!, end: s.start + comma + 1 + verb.index! + verb[0].length, word: verb[0].toLowerCase() };
  const speaker = findSpeakerInClause(ctx, s.start + comma + 1, s.end, 'tail') ?? findSubject(ctx, s.start + comma + 1, at);
  if (!speaker?.id && !/^\s*(?:he|she|they|it|I|we|you|\p{Lu}|the|a|an|officials|some|many|others|critics|experts|sources|analysts|people)\b/u.test(tail)) return null;
  const content = trim(ctx.text, s.start, s.start + comma);
  return content ? { ...content, speaker: speaker ?? none, rule: 'speaker-verb-tail', confidence: CONFIDENCE['speaker-verb-tail'] } : null;
}

/** "Brill said (that) the plan will fail.", "Officials told reporters that …": the clause after the first reporting verb with a subject. */
function readHead(ctx: SpeakerContext, s: Range): Statement | null {
  const sentence = ctx.text.slice(s.start, s.end);
  for (const verb of sentence.matchAll(VERB)) {
    const before = sentence.slice(0, verb.index);
    if (!/\p{L}/u.test(before) || NOT_STATED.test(before)) continue;
    const word = verb[0].toLowerCase().replace(/\s+/g, ' ');
    let from = verb.index + verb[0].length;
    const rest = sentence.slice(from);
    const that = BETWEEN.exec(rest) ?? (REPORTING_VERBS.get(word)?.listener ? /^\s+(?:[^,.;:!?“”"\s]+\s+){1,5}?that\s+/u.exec(rest) : null);
    if (that) from += that[0].length;
    // Without "that", the clause must follow straight on: not "said in March", "argued for the bill", "told him".
    else if (!/^\s+(?:the|a|an|he|she|it|they|we|I|you|his|her|its|their|there|this|these|those|some|many|no|\p{Lu}\p{L}*)\s+\p{L}/u.test(rest)
      || (REPORTING_VERBS.get(word)?.listener && !/^\s+(?:reporters|the|a|an|\p{Lu})/u.test(rest))) continue;
    // A relative clause ends at its comma: "Brill, who said the plan was sound, left".
    const relative = /\b(?:who|which)\s+$/.test(before);
    const end = relative ? s.start + from + (sentence.slice(from).search(/,/) + 1 || sentence.length - from + 1) - 1 : s.end;
    const content = trim(ctx.text, s.start + from, end);
    if (!content) continue;
    const at = { start: s.start + verb.index, end: s.start + verb.index + verb[0].length, word };
    // Verbs of thought are no speech verbs to the quote finder: their subject is read directly.
    const speaker = findSpeakerInClause(ctx, s.start, at.end, 'head') ?? findSubject(ctx, s.start, at);
    return { ...content, speaker: speaker ?? none, rule: 'speaker-verb-head', confidence: CONFIDENCE['speaker-verb-head'] };
  }
  return null;
}

/** Every reported statement outside quotation marks: one per sentence, by the first cue that reads it. */
export function findReportedSpeech(ctx: SpeakerContext, clean: CleanText, quoted: Range[]): Statement[] {
  const statements: Statement[] = [];
  for (const sentence of sentencesOf(clean)) {
    const found = readAccordingTo(ctx, sentence) ?? readTail(ctx, sentence) ?? readHead(ctx, sentence);
    if (!found || quoted.some((q) => q.start < found.end && found.start < q.end)) continue;
    statements.push(found);
  }
  return statements;
}
