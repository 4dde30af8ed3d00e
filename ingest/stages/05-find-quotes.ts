import type { Quote } from '../../model/extraction.ts';
import { toNameKey } from '../nlp/similar-names.ts';
import { findQuoteSpans } from '../nlp/find-quote-spans.ts';
import type { QuoteSpan } from '../nlp/find-quote-spans.ts';
import { findSentenceEnd as sentenceEnd, findSentenceStart as sentenceStart } from '../nlp/sentences.ts';
import { findDescribedByRole, findSentenceSubject, findSpeakerInClause, findSpeechVerbs, mentionEnd, mentionsIn } from './find-speaker.ts';
import { findAddressees } from './find-addressee.ts';
import { createAntecedentFinder } from './find-antecedent.ts';
import { findPersonGenders } from './find-gender.ts';
import { findParagraphSource, findSpeechOwner } from './find-speech-source.ts';
import { findReportedSpeech } from './find-reported-speech.ts';
import type { ReportedSpeechOptions } from './find-reported-speech.ts';
import type { Speaker, SpeakerContext } from './find-speaker.ts';
import { findSpeakerReach, speakerConfidence, speakerRule } from './quote-speaker-cues.ts';
import type { Attribution, SpeakerCue } from './quote-speaker-cues.ts';
import type { CleanText, FoundEntities, Mention, ResolvedEntities } from './types.ts';

function buildPersonByTitle(found: FoundEntities, resolved: ResolvedEntities): Map<string, string> {
  const byTitle = new Map<string, string>();
  found.mentions.forEach((mention, i) => {
    const id = resolved.entityOfMention[i];
    const word = mention.role?.text.split(/\s+/).at(-1)?.toLowerCase();
    if (id && word && !byTitle.has(word)) byTitle.set(word, id);
  });
  return byTitle;
}

function createContext(clean: CleanText, found: FoundEntities, resolved: ResolvedEntities, spans: QuoteSpan[]): SpeakerContext {
  const types = new Map(resolved.entities.map((e) => [e.id, e.type]));
  const insideQuote = (position: number) => spans.some((s) => s.start <= position && position < s.end);
  const antecedents = createAntecedentFinder({
    text: clean.text, paragraphs: clean.paragraphs, mentions: found.mentions, entityOfMention: resolved.entityOfMention,
    typeOf: (id) => types.get(id), genders: findPersonGenders(clean.text, found.mentions, resolved, insideQuote), insideQuote,
    // A verb that tells: past tense or "-s" ("spoke after", "says"); a bare form may be a noun the tagger misread ("campaign").
    hasVerbBetween: (from, to) => found.terms.some((term) => term.start >= from && term.end <= to && term.tags.has('Verb')
      && (term.tags.has('PastTense') || term.tags.has('Gerund') || /s$/.test(term.text))),
  });
  const byName = new Map<string, string>();
  for (const entity of resolved.entities) {
    for (const name of [entity.name, ...entity.aliases]) byName.set(toNameKey(name), entity.id);
    if (entity.type === 'Person') byName.set(toNameKey(entity.name.split(' ').at(-1) ?? ''), entity.id);
  }
  const names = new Map(resolved.entities.map((e) => [e.id, `${e.name} ${e.aliases.join(' ')}`.toLowerCase()]));
  // Later stages append mentions (party labels, bare surnames), so the nearest is found by position, not by index.
  const bodyMentions = found.mentions
    .map((mention, i) => ({ mention, id: resolved.entityOfMention[i] }))
    .filter((m): m is { mention: Mention; id: string } => !!m.id && ['Agency', 'Organization'].includes(types.get(m.id) ?? ''))
    .sort((a, b) => b.mention.end - a.mention.end);
  const findBody = (word: string, position: number): string | null => {
    const before = bodyMentions.filter(({ mention }) => mention.end <= position);
    const byName = before.find(({ id }) => names.get(id)?.includes(word))?.id;
    if (byName || !GENERIC_BODIES.has(word)) return byName ?? null;
    // "Officials at Homeland Security Investigations, a division of ICE, said …. The agency suggested": the body
    // the last sentence naming one is about (its subject, else the first named), not the one named last.
    return antecedents.find(position, 'it') ?? before[0]?.id ?? null;
  };
  return {
    findBody,
    findByName: (name) => byName.get(toNameKey(name)) ?? null,
    text: clean.text, mentions: found.mentions, entityOfMention: resolved.entityOfMention,
    typeOf: (id) => types.get(id), personByTitle: buildPersonByTitle(found, resolved), previousSpeaker: null,
    findAntecedent: antecedents.find, addSpeaker: antecedents.addSpeaker,
  };
}

// Words that may stand for any body, not only one with the word in its name.
const GENERIC_BODIES = new Set(['agency', 'company', 'firm', 'group', 'organization', 'organisation', 'campaign']);

/**
 * "Rep. Ada Brill, despite her doubts, thinks the plan “can still pass”", "In a filing, the Vale
 * Institute asked for “…”": the person or body that is the subject of the sentence holding the quote.
 */
function findQuotingPerson(ctx: SpeakerContext, sentenceStart: number, open: number): Speaker | null {
  const subject = findSentenceSubject(ctx, sentenceStart, open);
  if (subject?.id && ctx.typeOf(subject.id) === 'Person') return subject;
  // After an opening phrase and its comma: "In response to questions, Corvin indicated that “…”", "On July 6, 2015,
  // Sanders made the following comment: “…”" (a date's own comma inside the phrase).
  const opening = /^[^,“”"]{3,80},(?:\s*\d{4},)?\s*/.exec(ctx.text.slice(sentenceStart, open));
  const after = opening ? findSentenceSubject(ctx, sentenceStart + opening[0].length, open) : null;
  if (after?.id && ctx.typeOf(after.id) !== 'Place' && /^\s+\p{Ll}/u.test(ctx.text.slice(mentionEnd(ctx, after.id, sentenceStart + opening![0].length), open))) return after;
  // "However, he characterized Kaine as “…”": a pronoun subject, then a verb, stands for the person it refers to.
  // Not "He is best known as the “…”" nor "a culture called “…”": a being and a name say nothing.
  const lead = ctx.text.slice(sentenceStart, open);
  const pronoun = /\b(?:called|known as|dubbed)\s*$/u.test(lead) ? null
    : /^\s*(?:[^,“”"]{3,40},\s*)?(he|she)(?:\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?!(?:is|was|has|had|does|seems)\b)\p{Ll}+(?:ed|s)|['’]s\s+\p{Ll}+ing)\b/iu.exec(lead);
  const id = pronoun ? ctx.findAntecedent(sentenceStart + pronoun[0].toLowerCase().lastIndexOf(pronoun[1]!.toLowerCase()), pronoun[1]!.toLowerCase()) : null;
  if (id) return { id, via: null };
  // "The Republican nominee also outlined his plan and vowed to punish “…”": a role standing for the person, then a
  // verb, with a verb of speech before the quote ("The Florida senator likes “The Walking Dead”" quotes no one).
  const described = pronoun || findSpeechVerbs(ctx.text, sentenceStart, open).length === 0 ? null : DESCRIBED_SUBJECT.exec(lead);
  if (!described) return null;
  const from = sentenceStart + described.index + described[0].length - described[1]!.length;
  const person = findDescribedByRole(ctx, described[1]!, from);
  return person?.id && ctx.typeOf(person.id) === 'Person' ? person : null;
}

// A role opening the sentence, maybe after an opening phrase, then a verb: "The Indiana governor also said".
const DESCRIBED_SUBJECT = /^\s*(?:[^,“”"]{3,80},\s*)?(The (?:(?:\p{Lu}[\p{L}.'’-]*|former|presumptive|current)\s+){0,3}[\p{Ll}-]+)(?=\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?!(?:is|was|has|had|does|seems)\b)\p{Ll}+(?:ed|s)\b)/u;

/** Whether a verb of speech leads straight into the quote ("…, saying, “", "told reporters: “"). */
function introducesQuote(text: string, floor: number, open: number): boolean {
  const from = Math.max(floor, open - 40);
  const verb = findSpeechVerbs(text, from, open).at(-1);
  return verb !== undefined && /^[\s,:]*$/.test(text.slice(verb.end, open));
}

/** Whether a quote with no stop of its own runs on into a preposition of its sentence: "“…” in the way …". */
function runsOn(text: string, span: QuoteSpan): boolean {
  return !/[,.;:!?…—–-]$/u.test(text.slice(span.start, span.end)) && /^\s+(?:in|of|on|at|for|to|with|about|from|by|as|than|into|over|against|because)\s/u.test(text.slice(span.close!, span.close! + 12));
}

/** The speaker of one quote from the clauses around it, or what the quotes before it imply. */
function attribute(ctx: SpeakerContext, clean: CleanText, spans: QuoteSpan[], k: number, speakers: Speaker[]): Attribution {
  const span = spans[k]!;
  const none: Speaker = { id: null, via: null };
  const by = (cue: SpeakerCue, speaker: Speaker): Attribution => ({ speaker, cue });
  const paragraph = clean.paragraphs[span.paragraph]!;
  const outer = spans.slice(0, k).reverse().find((s) => s.depth < span.depth && s.open < span.open && (s.close ?? s.end) > span.end);
  if (outer) return by('inside-quote', speakers[spans.indexOf(outer)] ?? none);
  // A transcript: "WALLACE: Let's start with…".
  const label = /^([\p{Lu}][\p{Lu}.'’-]+(?: [\p{Lu}][\p{Lu}.'’-]+)?):\s/u.exec(clean.text.slice(span.start, span.end));
  const labelled = label ? ctx.findByName(label[1]!) : null;
  if (labelled) return by('transcript-label', { id: labelled, via: null });
  const siblings = spans.filter((s) => s.depth === 0 && s.paragraph === span.paragraph);
  const before = siblings.filter((s) => s.open < span.open).at(-1);
  const after = siblings.find((s) => s.open > span.open);
  const tailEnd = after ? after.open : paragraph.end;
  const tailStop = span.close === null ? span.end : sentenceEnd(clean.text, span.close, tailEnd);
  const fromTail = () => {
    const found = span.close === null ? null : findSpeakerInClause(ctx, span.close, tailStop, 'tail');
    // "Obama has cautioned against “a betrayal of our values” in the way the United States responds": a quote its
    // sentence carries on past is no place's words, whatever verb of the place's follows.
    return found?.id && ctx.typeOf(found.id) === 'Place' && runsOn(clean.text, span) ? null : found;
  };
  const headFloor = before?.close ?? paragraph.start;
  const owner = findSpeechOwner(ctx, sentenceStart(clean.text, headFloor, span.open), span.open);
  if (owner) return by('speech-owner', owner);
  const fromHead = () => findSpeakerInClause(ctx, sentenceStart(clean.text, headFloor, span.open), span.open, 'head');
  // A quote ending its sentence ("…agencies.”") is attributed by the words before it, if any.
  const endsSentence = /[.!?]$/.test(clean.text.slice(span.start, span.end)) && span.open > paragraph.start;
  const headFirst = endsSentence || introducesQuote(clean.text, headFloor, span.open);
  const head = headFirst ? fromHead() : null;
  const tail = head ? null : fromTail();
  const found = head ?? tail ?? (headFirst ? null : fromHead());
  // "…,” the judge said, according to the Post: the outer source is the one the text can vouch for.
  if (found) {
    const outerSource = findOuterSource(ctx, clean.text, sentenceStart(clean.text, headFloor, span.open), span.open)
      ?? (span.close === null || endsSentence ? null : findOuterSource(ctx, clean.text, span.close, tailStop));
    return outerSource ? by('according-to', outerSource) : by(tail ? 'clause-after' : 'clause-before', found);
  }
  // "…over Syria, Schiff said. “The other factor…”": the sentence before names who goes on speaking.
  const headStart = sentenceStart(clean.text, headFloor, span.open);
  // "Maher stated that the report “wasn’t good.” Adding, “…”": a verb of speech alone goes on with the
  // sentence before's speaker.
  if (CARRYING_ON.test(clean.text.slice(headStart, span.open)) && headStart > headFloor) {
    const previousStart = sentenceStart(clean.text, headFloor, headStart - 1);
    const previous = findSpeakerInClause(ctx, previousStart, headStart, 'head') ?? findSentenceSubject(ctx, previousStart, headStart);
    if (previous?.id && ctx.typeOf(previous.id) !== 'Place') return by('sentence-before', previous);
  }
  // The sentence before may end inside marks of its own ("… on NBC's “Meet the Press.” “…”").
  if (/^[\s”"’']*$/u.test(clean.text.slice(headStart, span.open)) && headStart > headFloor) {
    const previousStart = sentenceStart(clean.text, headFloor, headStart - 1);
    const previousSentence = clean.text.slice(previousStart, headStart);
    if (/,\s*[^,]{2,60}\s(?:said|says|added|explained|noted|wrote)(?:\s+\p{L}+day)?[.!?]\s*$/u.test(previousSentence)) {
      const said = findSpeakerInClause(ctx, previousStart + previousSentence.lastIndexOf(',') + 1, headStart, 'tail');
      if (said) return by('sentence-before', said);
    }
    // "“It’s doable,” Risch told the Review on Monday. “Is it going to happen? …”": the speaker of a quotation
    // too short to be kept goes on speaking in the quotation that opens the next sentence.
    const lastClose = Math.max(previousSentence.lastIndexOf('”'), previousSentence.lastIndexOf('"'), previousSentence.lastIndexOf("''") + 1);
    if (lastClose > 0 && /^[,]?\s+\S/u.test(previousSentence.slice(lastClose + 1))) {
      const teller = findSpeakerInClause(ctx, previousStart + lastClose + 1, headStart, 'tail');
      if (teller?.id && ctx.typeOf(teller.id) === 'Person') return by('sentence-before', teller);
    }
    // "Heald noted the findings show that cleanup matters. “An air-quality cleanup …”": a person reported
    // speaking in the sentence before a quote that stands alone goes on speaking.
    const reporter = findSpeakerInClause(ctx, previousStart, headStart, 'head');
    if (reporter?.id && ctx.typeOf(reporter.id) === 'Person' && !holdsQuote(spans, previousStart, headStart)) return by('reported-before', reporter);
  }
  const previous = k > 0 ? speakers[k - 1] : undefined;
  const previousSpan = spans[k - 1];
  // A quote carried on from the paragraph before ("he said" after a quote that spans paragraphs).
  if (previousSpan && previous && previousSpan.close === null && span.open === paragraph.start) return by('carried-over', previous);
  if (before && previous && before === previousSpan) return by('quote-before', previous);
  // "Caddell continued:" ending the paragraph before.
  const previousParagraph = clean.paragraphs[span.paragraph - 1];
  if (span.open === paragraph.start && previousParagraph && /:\s*$/.test(clean.text.slice(previousParagraph.start, previousParagraph.end))) {
    const from = sentenceStart(clean.text, previousParagraph.start, previousParagraph.end - 1);
    const head = findSpeakerInClause(ctx, from, previousParagraph.end, 'head') ?? findSentenceSubject(ctx, from, previousParagraph.end);
    if (head) return by('colon-before', head);
  }
  // Several sentences of one quote after an attributed one, in the same paragraph.
  const fromNext = after && after.close !== null ? findSpeakerInClause(ctx, after.close, sentenceEnd(clean.text, after.close, paragraph.end), 'tail') : null;
  if (fromNext && /^[\s]*$/.test(clean.text.slice(span.close ?? span.end, after!.open))) return by('quote-after', fromNext);
  const paragraphSource = findParagraphSource(ctx, paragraph.start, span.open);
  if (paragraphSource) return by('paragraph-source', paragraphSource);
  const quoting = findQuotingPerson(ctx, headStart, span.open);
  if (quoting) return by('quoting-person', quoting);
  const continued = findContinuedSpeaker(spans, k, speakers, paragraph.start);
  if (continued) return by('paragraph-before', continued);
  const reporter = findReporterInParagraphBefore(ctx, clean, spans, k, tailStop);
  return reporter ? by('reported-before', reporter) : by('none', none);
}

// The words a title leaves in small letters: "Meet the Press", "Contract with America".
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'into', 'over', 'upon', 'as', 'vs']);

/** "the team's robot, named “Better Idea”", "a film titled “…”", "NBC's “Meet the Press”": a name, no one's words. */
function isNameInQuotes(text: string, span: QuoteSpan): boolean {
  return NAMING.test(text.slice(Math.max(0, span.open - 60), span.open)) || isOwnedTitle(text, span);
}

/**
 * "on NBC's “Meet the Press”", "his 1994 “Contract with America”", "its “Person of the Year”": a title in
 * capitals that someone owns names a show, a book or a plan.
 */
function isOwnedTitle(text: string, span: QuoteSpan): boolean {
  if (!/(?:\b(?:his|her|their|its)|\p{L}['’]s?)\s+(?:\d{4}\s+)?$/u.test(text.slice(Math.max(0, span.open - 30), span.open))) return false;
  const words = text.slice(span.start, span.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // Words in capitals throughout are shouted ("Trump's “TOTAL DISASTER”"), not a title.
  return words.length <= 8 && words.every((word) => TITLE_SMALL_WORDS.has(word) || /^\p{Lu}/u.test(word)) && words.some((word) => /\p{Ll}/u.test(word));
}

const CARRYING_ON = /^[\s”"’']*(?:Adding|Continuing|Concluding|Noting|Insisting|Explaining)\s*[,:]\s*$/u;
const NAMING = /(?:,\s*|\b(?:a|an|the)\s+[\p{L}-]+\s+)(?:named|dubbed|titled|entitled|nicknamed)\s*$/u;

/**
 * A place speaks only as a state, named right beside a verb of speech ("Israel said", "said Iran",
 * "Iran has insisted"); in "telling customers at a Manchester diner that “…”" it only says where.
 */
function speaksAsState(ctx: SpeakerContext, id: string, span: QuoteSpan): boolean {
  const near = mentionsIn(ctx, Math.max(0, span.open - 200), Math.min(ctx.text.length, (span.close ?? span.end) + 200)).filter((m) => m.id === id);
  return near.some(({ mention }) => {
    const after = findSpeechVerbs(ctx.text, mention.end, Math.min(ctx.text.length, mention.end + 40))[0];
    if (after && /^(?:\s+(?:has|have|had|also|\p{Ll}+ly))*\s*$/u.test(ctx.text.slice(mention.end, after.start))) return true;
    const before = findSpeechVerbs(ctx.text, Math.max(0, mention.start - 30), mention.start).at(-1);
    return before !== undefined && /^\s*(?:the\s+)?$/u.test(ctx.text.slice(before.end, mention.start));
  });
}

/** The source named by "according to X" or ", reports X" in the clause that attributes a quote, if any. */
function findOuterSource(ctx: SpeakerContext, text: string, from: number, to: number): Speaker | null {
  const nested = /(?:\baccording to|,\s*reports)\s+(?:the\s+)?/i.exec(text.slice(from, to));
  if (!nested) return null;
  const at = from + nested.index + nested[0].length;
  const source = mentionsIn(ctx, at, to).find(({ mention }) => mention.start === at);
  // The whole phrase is the name: not "according to the Sanders aide" or "according to FAA records".
  if (!source || ctx.typeOf(source.id) === 'Place' || !/^\s*(?:[,.;:]|$)/.test(text.slice(source.mention.end, to))) return null;
  return { id: source.id, via: null };
}

/**
 * "Valastro praised the governor's record. ¶ “We need someone who …”": a quotation that is a paragraph
 * of its own goes on with the person the last sentence of the paragraph before reports speaking.
 */
function findReporterInParagraphBefore(ctx: SpeakerContext, clean: CleanText, spans: QuoteSpan[], k: number, tailStop: number): Speaker | null {
  const span = spans[k]!;
  const paragraph = clean.paragraphs[span.paragraph]!;
  const previous = clean.paragraphs[span.paragraph - 1];
  if (!previous || span.open !== paragraph.start || !/^[\s.,;]*$/.test(clean.text.slice(span.close ?? span.end, Math.max(tailStop, paragraph.end)))) return null;
  const from = sentenceStart(clean.text, previous.start, previous.end - 1);
  if (holdsQuote(spans, from, previous.end)) return null;
  const reporter = findSpeakerInClause(ctx, from, previous.end, 'head');
  return reporter?.id && ctx.typeOf(reporter.id) === 'Person' ? reporter : null;
}

/**
 * Whether a stretch of text holds a quotation: a word or two in marks ("called it “outrageous”") or a name
 * ("on NBC's “Meet the Press”") is the reporter's own wording; a quotation is someone's speech.
 */
function holdsQuote(spans: QuoteSpan[], from: number, to: number): boolean {
  return spans.some((span) => span.open < to && (span.close ?? span.end) > from);
}

/** A paragraph opening with an unattributed quote goes on with the speaker of the last quote in the paragraph before. */
function findContinuedSpeaker(spans: QuoteSpan[], k: number, speakers: Speaker[], paragraphStart: number): Speaker | null {
  const span = spans[k]!;
  const previous = spans[k - 1];
  if (span.open !== paragraphStart || !previous || previous.paragraph !== span.paragraph - 1) return null;
  return speakers[k - 1]?.id ? speakers[k - 1]! : null;
}

/** The entities a quote names: its mentions, and titles such as "the Governor" resolved. */
function findAbout(ctx: SpeakerContext, span: { start: number; end: number }): string[] {
  const about = new Set<string>();
  ctx.mentions.forEach((mention, i) => {
    const id = ctx.entityOfMention[i];
    if (id && mention.start >= span.start && mention.end <= span.end) about.add(id);
  });
  for (const match of ctx.text.slice(span.start, span.end).matchAll(/\b[Tt]he (\p{Lu}\p{Ll}+)/gu)) {
    const id = ctx.personByTitle.get(match[1]!.toLowerCase());
    if (id) about.add(id);
  }
  return [...about];
}

const isEvent = (ctx: SpeakerContext, id: string | null): boolean => id !== null && ctx.typeOf(id) === 'Event';

/** Every quote with its speaker (resolved through pronouns, titles and spokespeople) and what it is about. */
export function findQuotes(clean: CleanText, found: FoundEntities, resolved: ResolvedEntities, options: ReportedSpeechOptions = {}): Quote[] {
  const allSpans = findQuoteSpans(clean.text, clean.paragraphs);
  const ctx = createContext(clean, found, resolved, allSpans);
  // A name in quotation marks is said by no one, and stands aside: the quote after it goes on from the one before
  // ("“…,” Cuban said on NBC's “Meet the Press.” “…”").
  const names = allSpans.filter((span) => isNameInQuotes(clean.text, span));
  const spans = allSpans.filter((span) => !names.includes(span));
  const speakers: Speaker[] = [];
  const rules: string[] = [];
  spans.forEach((span, k) => {
    const { speaker: attributed, cue } = attribute(ctx, clean, spans, k, speakers);
    const unsaid = isEvent(ctx, attributed.id) ? 'event-not-speaking'
      : attributed.id !== null && ctx.typeOf(attributed.id) === 'Place' && !speaksAsState(ctx, attributed.id, spans[k]!) ? 'place-not-speaking' : null;
    const speaker = unsaid ? { id: null, via: null } : attributed;
    speakers.push(speaker);
    rules.push(unsaid ?? speakerRule(cue, findSpeakerReach(ctx, speaker, { open: span.open, close: span.close ?? span.end })));
    if (speaker.id) {
      ctx.previousSpeaker = speaker;
      ctx.addSpeaker(span.open, speaker.id);
    }
  });
  const listeners = findAddressees(ctx, spans, speakers.map((speaker) => speaker.id));
  const direct: Quote[] = spans.map((span, k) => ({
    text: clean.original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    speaker: speakers[k]!.id,
    via: speakers[k]!.via,
    // "You should resign," Warren told Stumpf: the one a quotation speaks to is what it is about.
    about: [...new Set([...findAbout(ctx, span), ...(listeners[k] ? [listeners[k]] : [])])],
    kind: 'direct',
    rule: rules[k]!,
    confidence: speakerConfidence(rules[k]!),
  }));
  const named: Quote[] = names.map((span) => ({
    text: clean.original.slice(span.start, span.end), start: span.start, end: span.end, speaker: null, via: null,
    about: findAbout(ctx, span), kind: 'direct', rule: 'name-in-quotes', confidence: speakerConfidence('name-in-quotes'),
  }));
  // Marks and all: reported speech never takes in a quotation, so a mixed statement stays its direct quote.
  const quoted = [
    ...spans.map((span, k) => ({ start: span.open, end: span.close ?? span.end, speaker: speakers[k]!.id })),
    ...names.map((span) => ({ start: span.open, end: span.close ?? span.end, speaker: null })),
  ].sort((a, b) => a.start - b.start);
  const indirect: Quote[] = findReportedSpeech(ctx, clean, quoted, found.terms, options).map((statement) => ({
    text: clean.original.slice(statement.start, statement.end),
    start: statement.start,
    end: statement.end,
    // Events never speak: a statement read from one ("the rally said") has no speaker the text names.
    ...(isEvent(ctx, statement.speaker.id) ? { speaker: null, via: null } : { speaker: statement.speaker.id, via: statement.speaker.via }),
    about: findAbout(ctx, statement),
    kind: 'indirect',
    rule: statement.rule,
    confidence: statement.confidence,
  }));
  return [...[...direct, ...named].sort((a, b) => a.start - b.start), ...indirect];
}
