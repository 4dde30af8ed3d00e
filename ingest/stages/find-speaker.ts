import { REFERRING_ROLES, REPORTING_VERBS, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, SPOKESPERSON_WORDS } from '../nlp/lexicon.ts';
import { PERSON } from './find-antecedent.ts';
import type { Mention } from './types.ts';

/** Who a quote is attributed to: an entity id (or null), and "spokesperson" when one speaks for it. */
export interface Speaker {
  id: string | null;
  via: string | null;
}

/** What finding a speaker needs to know about the article. */
export interface SpeakerContext {
  text: string;
  mentions: Mention[];
  entityOfMention: (string | null)[];
  typeOf: (id: string) => string | undefined;
  /** The person a title stands for ("governor" → person:jonah-corvin), by the title's last word. */
  personByTitle: Map<string, string>;
  /** The most recent person (or, for "it", body) mentioned before a position. */
  findAntecedent: (position: number, pronoun: string) => string | null;
  /** Records who spoke the quote opening at a position, so later pronouns may refer to them. */
  addSpeaker: (position: number, id: string) => void;
  previousSpeaker: Speaker | null;
  /** The agency or organisation named last before a position whose name has this word ("department"), else of any name for a generic word. */
  findBody: (word: string, position: number) => string | null;
  /** The entity with this name or alias (or a person's surname), if any. */
  findByName: (name: string) => string | null;
}

export interface Verb { start: number; end: number; word: string }

const SPOKES = [...SPOKESPERSON_WORDS].join('|');
const MAX_VERB_WORDS = 3;
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}'’-])(?:the|a|an|its|their|his|our|my|your|of)\s+$/iu;

/** The speech verbs of a stretch of text, in order ("said", "according to"). */
export function findSpeechVerbs(text: string, from: number, to: number): Verb[] {
  const verbs: Verb[] = [];
  // Every word, so that a phrase of several words is found wherever it starts ("as the memo put it").
  const words = [...text.slice(from, to).matchAll(/(?<![\p{L}'’-])\p{L}+/gu)].map((m) => ({ start: from + m.index, word: m[0].toLowerCase() }));
  for (let i = 0; i < words.length; i += 1) {
    const start = words[i]!.start;
    let phrase = '';
    const phrases: string[] = [];
    for (let n = 0; n < MAX_VERB_WORDS && i + n < words.length; n += 1) {
      const word = words[i + n]!;
      // The words of a phrase stand one space apart.
      if (n > 0 && text.slice(words[i + n - 1]!.start + words[i + n - 1]!.word.length, word.start) !== ' ') break;
      phrase = n === 0 ? word.word : `${phrase} ${word.word}`;
      phrases.push(phrase);
    }
    // The longest phrase first: "according to" before "according".
    const found = phrases.reverse().find((candidate) => SPEECH_VERBS.has(candidate));
    if (!found) continue;
    // Capitalised, only "According to" or "Said X:" at a sentence start is a verb of speech.
    if (/\p{Lu}/u.test(text[start]!) && !/^(according|said|says)/.test(found)) continue;
    // "one of the states suing", "his claims": after a determiner the word is a noun.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !found.endsWith('ing')) continue;
    verbs.push({ start, end: start + found.length, word: found });
  }
  return verbs.sort((a, b) => a.start - b.start);
}

const idAt = (ctx: SpeakerContext, index: number): string | null => ctx.entityOfMention[index] ?? null;

/** The indices of an article's outer mentions in the text's order, kept while no stage appends one. */
const mentionOrder = new WeakMap<Mention[], { count: number; order: number[] }>();

function outerMentionsInOrder(mentions: Mention[]): number[] {
  const cached = mentionOrder.get(mentions);
  if (cached && cached.count === mentions.length) return cached.order;
  // Later stages append mentions (party labels, bare surnames): callers read these in the text's order.
  const order = mentions.flatMap((mention, i) => (mention.nested ? [] : [i]))
    .sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
  mentionOrder.set(mentions, { count: mentions.length, order });
  return order;
}

/** Mentions lying fully inside [from, to), with their entity ids, in the text's order. */
export function mentionsIn(ctx: SpeakerContext, from: number, to: number): { mention: Mention; id: string }[] {
  const order = outerMentionsInOrder(ctx.mentions);
  // The first mention starting at or after `from`; the ones after it start later still.
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ctx.mentions[order[middle]!]!.start < from) low = middle + 1;
    else high = middle;
  }
  const found: { mention: Mention; id: string }[] = [];
  for (let k = low; k < order.length && ctx.mentions[order[k]!]!.start < to; k += 1) {
    const mention = ctx.mentions[order[k]!]!;
    const id = idAt(ctx, order[k]!);
    if (id && mention.end <= to) found.push({ mention, id });
  }
  return found;
}

/** Whether the entity is named, not only referred to, between two positions. */
function isNamedIn(ctx: SpeakerContext, from: number, to: number, id: string): boolean {
  return mentionsIn(ctx, from, to).some((m) => m.id === id);
}

/** Where the first mention of an entity from a position ends. */
export function mentionEnd(ctx: SpeakerContext, id: string, from: number): number {
  return mentionsIn(ctx, from, ctx.text.length).find((m) => m.id === id)?.mention.end ?? from;
}

// "voters in Alabama, Georgia and " before the last place of a list: a common noun the places only locate.
const UNNAMED_IN_PLACES = /\b\p{Ll}{3,}\s+(?:in|across|throughout)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s*|,?\s+(?:and|or)\s+))*$/u;

/** The speaker a noun phrase names: "a spokesperson for Governor Corvin", "Okonkwo", "he", "the governor". */
function readNounPhrase(ctx: SpeakerContext, from: number, rawTo: number): Speaker | null {
  // A party and state label after a name: "Rep. Jim Jordan (R-Ohio)".
  const to = from + ctx.text.slice(from, rawTo).replace(/\s*\([^()]{1,30}\)\s*$/, '').length;
  const phrase = ctx.text.slice(from, to);
  const inside = mentionsIn(ctx, from, to);
  const spokes = new RegExp(`\\b(?:${SPOKES})\\b`, 'i').exec(phrase);
  const people = inside.filter(({ id }) => ctx.typeOf(id) === 'Person');
  if (spokes) {
    const after = inside.filter(({ mention }) => mention.start >= from + spokes.index);
    const named = people.find(({ mention }) => mention.start > from + spokes.index + spokes[0].length && !/\bfor\b/i.test(ctx.text.slice(from + spokes.index, mention.start)));
    if (named) return { id: named.id, via: null };
    const body = after.at(-1) ?? inside.at(-1);
    if (body) return { id: body.id, via: 'spokesperson' };
    if (ctx.previousSpeaker?.via) return ctx.previousSpeaker;
    // "the spokesperson added": the one the article introduced as speaking for someone.
    return /^\s*the\s+$/i.test(phrase.slice(0, spokes.index)) ? findIntroducedSpokesperson(ctx, from) : null;
  }
  const last = inside.at(-1);
  // "The senator from Vermont said": the person the role describes, not the place that qualifies it.
  if (last && ctx.typeOf(last.id) === 'Place' && /^['’s\s]*$/.test(ctx.text.slice(last.mention.end, to))) {
    const role = /\b[Tt]he (?:[\p{L}-]+ ){0,2}?([\p{Ll}-]+) (?:from|of) (?:the )?$/u.exec(ctx.text.slice(from, last.mention.start));
    if (role && REFERRING_ROLES.has(role[1]!) && !people.length) return findDescribedByRole(ctx, `the ${role[1]!}`, from);
  }
  // "Most Republican voters in Alabama, Georgia and Virginia said", "exit polls in Iowa indicated": the places
  // only say where the unnamed speakers are.
  if (last && !people.length && ctx.typeOf(last.id) === 'Place' && /^['’\s]*$/u.test(ctx.text.slice(last.mention.end, to))
    && UNNAMED_IN_PLACES.test(ctx.text.slice(from, last.mention.start))) return null;
  // "Robert P. Casey Jr.": the abbreviation's full stop, which the name leaves out, ends the phrase too.
  const tail = last ? ctx.text.slice(last.mention.end, to) : '';
  const endsPhrase = /^['’s\s]*$/u.test(tail) || (/\b(?:Jr|Sr|\p{Lu})$/u.test(last?.mention.text ?? '') && /^\.\s*$/u.test(tail));
  if (last && endsPhrase) {
    // "Ada Brill of the Vale Institute": the person the body places; not one a comma sets apart
    // ("supporters of Hillary Clinton, with the teachers' federation calling her").
    // "political scientist Patrick Murray of Christie": a person said something of another.
    const speaking = people.length >= 2 && people.at(-1) === last && /^\s+of\s+$/u.test(ctx.text.slice(people.at(-2)!.mention.end, last.mention.start));
    const person = speaking ? people.at(-2) : people.at(-1);
    const between = person ? ctx.text.slice(person.mention.end, last.mention.start) : '';
    // "Stacy Baker of Columbia, South Carolina": a town and its state place the person as a body does.
    const townAndState = ctx.typeOf(last.id) === 'Place' && /^\s+(?:of|from)\s+[^,;]+,\s*$/u.test(between);
    const placed = person && (townAndState || !/[,;]|\bwith\b/u.test(between));
    return { id: placed ? person.id : last.id, via: null };
  }
  // "said Ada Brill of the Vale Institute": the person, not the body that places them.
  const person = people[0];
  if (person && person === inside[0] && /^\s+(?:of|from|at|with)\s/.test(ctx.text.slice(person.mention.end, to))
    && /^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u.test(ctx.text.slice(from, person.mention.role?.start ?? person.mention.start))) {
    return { id: person.id, via: null };
  }
  // "an ICE official", "DHS officials": a body speaking through unnamed staff.
  // "the IMF report stated", "a GAO study found", "Ivana Trump's brief said": one speaking through a document of one's own.
  // "A GAO report released last year found": the document may carry when it came out.
  const owner = last ? /^['’s]*\s+(?:\p{Ll}+\s+)?(\p{Ll}+)(?:\s+(?:released|published|issued|filed|made public|out)\b[^,;]{0,30})?\s*$/u.exec(ctx.text.slice(last.mention.end, to))?.[1] : undefined;
  if (last && owner && OWN_DOCUMENTS.has(owner) && (ctx.typeOf(last.id) !== 'Person' || /^['’]/u.test(ctx.text.slice(last.mention.end, to)))) {
    return { id: last.id, via: null };
  }
  if (last && ctx.typeOf(last.id) !== 'Person' && /^['’s]*\s+(?:\p{Ll}+\s+)?(?:officials?|officers?|representatives?|leadership)\s*$/u.test(ctx.text.slice(last.mention.end, to))) {
    return { id: last.id, via: null };
  }
  // "the department said": the body of that kind named last.
  const body = /\bthe (department|agency|office|bureau|administration|ministry|service|company|firm|group|organization|organisation|campaign|council|court|city|county|committee|union|coalition|police|commission|fund|board|foundation|institute|center|centre|bank|university|network|association|party)\s*$/i.exec(phrase);
  const named = body ? ctx.findBody(body[1]!.toLowerCase(), from) : null;
  if (named) return { id: named, via: null };
  const pronoun = /\b(he|she|it|they)\s*$/i.exec(phrase);
  if (pronoun) {
    const id = ctx.findAntecedent(from, pronoun[1]!.toLowerCase());
    return id ? { id, via: null } : null;
  }
  const document = /\b(?:the|this|that|his|her|its|their) (guidance|memo|memorandum|statement|order|directive|letter|report|document|ruling|lawsuit|complaint|bill|proclamation|tweet|post|release)\s*$/i.exec(phrase);
  if (document) return findDocumentAuthor(ctx, document[1]!.toLowerCase(), from);
  // "the governor", and with a place or party before the title: "the Indiana governor", "the Democratic senator".
  const title = /\bthe (?:\p{Lu}[\p{L}.-]+ )?([\p{L}-]+)\s*$/iu.exec(phrase);
  const titled = title ? ctx.personByTitle.get(title[1]!.toLowerCase()) : undefined;
  if (titled) return { id: titled, via: null };
  return findDescribedByRole(ctx, phrase, from);
}

const SPOKESPERSON_FOR = new RegExp(`\\b(?:${SPOKES})\\s+(?:for|of)\\s+(?:the\\s+)?$`, 'i');
const SPOKESPERSON_OF = new RegExp(`^(?:['’]s?)?\\s+(?:${SPOKES})\\b`, 'i');
const SPOKESPERSON_WORD = new RegExp(`\\b(?:${SPOKES})\\b`, 'i');
const MAX_SPOKESPERSON_DISTANCE = 3000;

/**
 * "A spokesperson for the Department of Justice confirmed … ¶ “…,” the spokesperson added": the
 * nearest earlier spokesperson, by name when the article gives one ("spokeswoman Ada Brill"), else
 * the body or person they speak for.
 */
function findIntroducedSpokesperson(ctx: SpeakerContext, position: number): Speaker | null {
  const nearestFirst = mentionsIn(ctx, Math.max(0, position - MAX_SPOKESPERSON_DISTANCE), position).reverse();
  for (const { mention, id } of nearestFirst) {
    if (ctx.typeOf(id) === 'Person' && mention.role && SPOKESPERSON_WORD.test(mention.role.text)) return { id, via: null };
    if (SPOKESPERSON_FOR.test(ctx.text.slice(Math.max(0, mention.start - 30), mention.start))) return { id, via: 'spokesperson' };
    if (SPOKESPERSON_OF.test(ctx.text.slice(mention.end, mention.end + 20))) return { id, via: 'spokesperson' };
  }
  return null;
}

/**
 * "the New York businessman said", "the former mayor of Dover and current party nominee said": a person
 * described by a role is the person the title names, else the person the text was last about.
 */
export function findDescribedByRole(ctx: SpeakerContext, phrase: string, from: number): Speaker | null {
  // Opening the sentence, a few modifiers only: "The New York businessman", not "The time frame in which Democrats' nominee".
  const described = /(?:^|\s)the (?:[\p{L}.'’-]+ ){0,8}([\p{Ll}-]+)\s*$/u.exec(phrase)
    ?? /^\s*The (?:(?!(?:in|which|that|who|whom|whose|of|to|for|with|by|on|at|from|and|or)\s)[\p{L}.'’-]+ ){0,3}([\p{Ll}-]+)\s*$/u.exec(phrase);
  if (!described || !REFERRING_ROLES.has(described[1]!)) return null;
  const id = ctx.personByTitle.get(described[1]!) ?? ctx.findAntecedent(from, PERSON);
  return id ? { id, via: null } : null;
}

// Documents through which their author or issuing body speaks: "the IMF report stated", "Brill's brief said".
const OWN_DOCUMENTS = new Set(['report', 'memo', 'memorandum', 'study', 'analysis', 'audit', 'review', 'letter', 'filing', 'brief', 'website', 'release', 'ruling', 'opinion', 'decision', 'book', 'column', 'op-ed', 'post', 'blog']);

// Documents that speak for whoever wrote them, when the text says who: "a poll by", "a complaint filed by".
const AUTHORED_DOCUMENTS = new Set([...OWN_DOCUMENTS, 'poll', 'survey', 'complaint', 'lawsuit', 'suit', 'indictment', 'statement', 'document', 'documents', 'reports', 'studies', 'polls', 'surveys']);
const WRITTEN_BY = /\b(\p{Ll}+)\s+(?:(?:filed|released|issued|published|conducted|commissioned|prepared|written|compiled|sent|carried out|funded)\s+(?:\p{Ll}+\s+){0,2})?by\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u;

/** The answer when the text says who spoke only as someone unnamed: "one poster wrote", "a source said". */
export const UNNAMED_SOURCE: Speaker = Object.freeze({ id: null, via: null });

// "one poster", "a Democratic source", "several officials": someone the text does not name, and no body owns.
const UNNAMED = /(?:^|[\s,(])(?:a|an|one|another|some|several|many|two|three|other)\s+(?:(?!(?:to|for|of|with|from|by|at|on|in)\s)[\p{L}-]+\s+){0,3}?(?:sources?|officials?|aides?|advisers?|advisors?|person|people|posters?|users?|commenters?|readers?|voters?|critics?|supporters?|members?|analysts?|observers?|insiders?|witnesses|witness|residents?|experts?|lawmakers?|staffers?|employees?|friends?|blogger|bloggers)$/iu;

/** The subject of a speech verb: the phrase just before it, an apposition ("X, a Democrat,") set aside. */
export function findSubject(ctx: SpeakerContext, from: number, verb: Verb): Speaker | null {
  let end = verb.start;
  let before = ctx.text.slice(from, end);
  // Adverbs between subject and verb: "Smock also said", "he later added".
  const adverbs = /(?:\s+(?!(?:family|ally|rally|assembly|supply|reply|monopoly|anomaly|bully)\b)\p{Ll}+ly|\s+also|\s+later|\s+then|\s+has|\s+had|\s+have|\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|night|morning))+\s*$/u.exec(before);
  if (adverbs) end -= adverbs[0].length;
  // A party and state label after a name: "Sen. Claire McCaskill (D-Mo.) said".
  before = ctx.text.slice(from, end).replace(/\s*\([^()]{1,30}\)(\s*,?)\s*$/, '$1').replace(/\s+$/, '');
  end = from + before.length;
  // "…and Stevie Wonder, who joked of the museum": the relative pronoun's antecedent is the name before it.
  const relative = /,\s*who$/u.exec(before);
  if (relative) {
    const named = mentionsIn(ctx, from, end - relative[0].length).at(-1);
    if (named && ctx.typeOf(named.id) === 'Person' && named.mention.end === end - relative[0].length) return { id: named.id, via: null };
  }
  // "Clinton stressed her record at a forum sponsored by NBC News and said": the second verb shares the first one's subject.
  if (/\sand$/.test(before)) {
    // The clause after the last comma holds the first verb's subject, unless that clause opens with the verb
    // itself ("Clinton, the former secretary, stressed … and said"): then the sentence's subject is the one.
    const comma = before.lastIndexOf(',');
    const opensWithVerb = comma >= 0 && /^\s*(?!(?:with|the|a|an|but|while|as)\b)\p{Ll}/u.test(before.slice(comma + 1));
    const clauseStart = comma >= 0 && !opensWithVerb ? from + comma + 1 : from;
    // "She told ABC on Monday …, and predicted": the pronoun is the subject, not the name after its verb.
    const pronoun = SUBJECT_PRONOUN.exec(ctx.text.slice(clauseStart, end));
    if (pronoun) {
      const id = ctx.findAntecedent(clauseStart + pronoun[0].length - pronoun[1]!.length - 1, pronoun[1]!.toLowerCase());
      return id ? { id, via: null } : null;
    }
    const subject = findSentenceSubject(ctx, clauseStart, end - 3);
    if (subject?.id && ctx.typeOf(subject.id) !== 'Place') return subject;
  }
  if (before.endsWith(',') && PARTICIPLES.test(verb.word)) {
    const subject = findAttributionBefore(ctx, from, end - 1) ?? findClauseSubject(ctx, from, end - 1);
    if (subject) return subject;
  }
  if (before.endsWith(',')) {
    // "Ada Brill, the attorney general of Nevada, one of the states in the suit, said": the name before the first comma.
    const firstComma = before.indexOf(',');
    const first = firstComma < before.length - 1 && !INTRODUCTORY.test(before.trimStart()) ? readNounPhrase(ctx, from, from + firstComma) : null;
    // Only a name written there: a role read back to someone earlier yields to the name set beside it
    // ("The party's nominee, Sen. Jonah Corvin, said").
    if (first?.id && !first.via && isNamedIn(ctx, from, from + firstComma, first.id) && ctx.typeOf(first.id) === 'Person' && !namesAnother(ctx, from, end, first.id)) return first;
    const open = before.lastIndexOf(',', before.length - 2);
    if (open >= 0) {
      const apposition = readNounPhrase(ctx, from + open + 1, end - 1);
      const main = readNounPhrase(ctx, from, from + open);
      // "After winning Ohio, Gov. John Kasich, said": what opens with a preposition or a subordinator is no subject.
      const opener = INTRODUCTORY.test(before.slice(before.lastIndexOf(',', open - 1) + 1, open).trimStart());
      const describedOnly = !!main?.id && !isNamedIn(ctx, from, from + open, main.id);
      if (apposition && ctx.typeOf(apposition.id ?? '') === 'Person'
        && (!main || main.via || opener || describedOnly || placesPerson(ctx, from, from + open) || (main.id && namesAnother(ctx, from, end, main.id)))) return apposition;
      if (opener) return null;
      return main;
    }
  }
  const unnamed = UNNAMED.exec(before);
  if (unnamed && mentionsIn(ctx, end - unnamed[0].length, end).length === 0) return UNNAMED_SOURCE;
  const listed = findListedSpeaker(ctx, from, end);
  if (listed) return listed;
  const lastWords = before.split(/\s+/).slice(-8).join(' ');
  const described = before.split(/\s+/).slice(-10).join(' ');
  return readNounPhrase(ctx, end - lastWords.length, end) ?? findDescribedByRole(ctx, described, end - described.length);
}

// A person named after a common noun and a word that ties it to them: "an attorney for", "one pastor supporting".
const ANOTHER_BEFORE = /\p{Ll}[\p{L}-]*\s+(?:for|of|to|with|at|supporting|representing|backing|advising|close\s+to)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/**
 * "An attorney for Ada Brill, Tomas Quell, said": the phrase before the apposition names the person only to say whose
 * the one speaking is.
 */
function namesAnother(ctx: SpeakerContext, from: number, to: number, id: string): boolean {
  const named = mentionsIn(ctx, from, to).find((m) => m.id === id);
  return !!named && ANOTHER_BEFORE.test(ctx.text.slice(from, named.mention.role?.start ?? named.mention.start));
}

/**
 * "The secretary general of the bishops' conference, Nunzio Galantino,": a body that a phrase names only
 * to place the person the apposition names ("the head of", "a professor at").
 */
function placesPerson(ctx: SpeakerContext, from: number, to: number): boolean {
  // "of CEI (Italian Episcopal Conference)": the body's name in parentheses spells out the one before it
  const inParentheses = (at: number) => /\([^()]*$/.test(ctx.text.slice(from, at));
  const last = mentionsIn(ctx, from, to).filter(({ mention }) => !inParentheses(mention.start)).at(-1);
  if (!last || ctx.typeOf(last.id) === 'Person') return false;
  return /^\s*(?:the|a|an)?\s*(?:[\p{L}-]+\s+){1,3}(?:of|at|for)\s+(?:the\s+)?$/iu.test(ctx.text.slice(from, last.mention.start));
}

// Words that open a clause or phrase before the subject: "When she left, …", "After winning Ohio, …".
const CLAUSE_OPENERS = 'While|When|Whenever|Like|Unlike|In|If|Although|Though|After|Before|As|Because|Since|Despite|During|For|With|Without|Once|Until|Unless|At|On|By|From|Asked|Speaking';

/** A test for text opening with one of those words, or with one of `more`. */
export const opensWithClauseOpener = (more: string): RegExp => new RegExp(`^(?:${CLAUSE_OPENERS}|${more})\\b`, 'u');

const INTRODUCTORY = opensWithClauseOpener('Following|Earlier|Later|Last');

// "…, saying", "…, adding": a participle after a comma takes the subject of the clause it hangs from.
const PARTICIPLES = /ing$/;

/**
 * "Ryan and Trump will meet next week, Spicer said, adding": a participle after an attribution ("Spicer
 * said", "said Spicer") takes the speaker of that attribution, not the name opening the sentence.
 */
function findAttributionBefore(ctx: SpeakerContext, from: number, end: number): Speaker | null {
  const start = from + ctx.text.slice(from, end).lastIndexOf(',') + 1;
  if (start === from || findSpeechVerbs(ctx.text, start, end).length !== 1) return null;
  const people = mentionsIn(ctx, start, end).filter(({ id }) => ctx.typeOf(id) === 'Person');
  if (people.length !== 1) return null;
  // The name and a party label count for nothing: "Oversight Chairman Jason Chaffetz (R-Utah) said in a statement".
  const { mention } = people[0]!;
  const rest = `${ctx.text.slice(start, mention.start)} ${ctx.text.slice(mention.end, end)}`.replace(/\([^()]{1,30}\)/gu, ' ');
  const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  return words <= 6 ? { id: people[0]!.id, via: null } : null;
}

/** "During the rally, Okafor praised Lund, saying": the first name that opens one of the comma-separated parts. */
function findClauseSubject(ctx: SpeakerContext, from: number, end: number): Speaker | null {
  let start = from;
  for (const part of ctx.text.slice(from, end).split(',')) {
    const subject = findSentenceSubject(ctx, start, start + part.length);
    // A name inside a quotation is no subject of the sentence's own: "“… with the FBI,” Chaffetz said, adding".
    const quoted = subject?.id ? /^[^”]*“[^”]*$|^[^"]*"[^"]*$/u.test(ctx.text.slice(start, mentionEnd(ctx, subject.id, start))) : false;
    if (subject?.id && !quoted && ctx.typeOf(subject.id) !== 'Place') return subject;
    start += part.length + 1;
  }
  return null;
}

/** "Hancock, the Denver Agency for Human Rights and the Office of … reiterated": the person leading a list of speakers. */
function findListedSpeaker(ctx: SpeakerContext, from: number, end: number): Speaker | null {
  const listed = mentionsIn(ctx, from, end);
  if (listed.length < 2 || !/^\s*$/.test(ctx.text.slice(from, listed[0]!.mention.start))) return null;
  if (!/^\s*$/.test(ctx.text.slice(listed.at(-1)!.mention.end, end))) return null;
  const joined = listed.slice(1).every(({ mention }, i) =>
    /^(?:,\s*|,?\s+and\s+|\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(ctx.text.slice(listed[i]!.mention.end, mention.start)));
  // "Trump, Sexton said, has": without "and" before the last, the first name is what the sentence is about.
  if (!joined || !/\band\s/.test(ctx.text.slice(listed.at(-2)!.mention.end, listed.at(-1)!.mention.start))) return null;
  const person = listed.find(({ id }) => ctx.typeOf(id) === 'Person');
  return person ? { id: person.id, via: null } : null;
}

/** The speaker named after the verb: "said Caddell", "according to the Pentagon". */
export function findObject(ctx: SpeakerContext, verb: Verb, to: number): Speaker | null {
  const rest = ctx.text.slice(verb.end, to);
  const phrase = /^[\s]*(?:[^,.;:!?“”"(]|\.(?=\p{L})|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Del|St|Jr|Prof|Rev|\p{Lu}))\.)*/u.exec(rest)?.[0].replace(/\s+$/, '') ?? '';
  const inside = mentionsIn(ctx, verb.end, verb.end + phrase.length);
  if (inside.length === 0) {
    return /^\s*(?:the |a )?(?:spokes)/i.test(phrase) ? readNounPhrase(ctx, verb.end, verb.end + phrase.length) : findDescribedPerson(ctx, verb.end + phrase.length, to);
  }
  // "said that Trump “melted down”": a name in what was said is who it is about, never who said it.
  if (/^\s*(?:that|whether|if|how|why)\s/u.test(rest)) return null;
  const first = inside[0]!;
  // "according to a new poll by the Pew Research Center", "… a complaint filed by the SEC": the document's author.
  const author = WRITTEN_BY.exec(ctx.text.slice(verb.end, first.mention.start));
  const authored = author !== null && AUTHORED_DOCUMENTS.has(author[1]!.toLowerCase());
  if (!authored && ctx.text.slice(verb.end, first.mention.start).split(/\s+/).filter(Boolean).length > 4) return null;
  // "according to a leaked FEMA memo and drafts seen by…": the first body named is the source.
  if (verb.word.startsWith('accord') || verb.word.startsWith('in accordance')) {
    const source = inside.find(({ id }) => ctx.typeOf(id) !== 'Place');
    return source ? { id: source.id, via: null } : null;
  }
  // "said in an interview with CNN's Wolf Blitzer", "says of Clinton": a name after a preposition is whom or
  // what it was said to or of, not who said it ("said Caddell", "said a spokesman for …" name the speaker).
  if (/^\s*(?:in|with|on|at|to|of|about|for|during|after|before|from)\s/u.test(rest)) return null;
  // "said Paul Ryan in a statement", "said ACLU Director Anthony Romero during a call", "said Dan Golvach when
  // asked about Graham": where, how and when end the speaker's phrase.
  const setting = /\s(?:in|on|at|during|with|to|after|before|while|when|via|through|from)\s/u.exec(phrase.slice(first.mention.end - verb.end));
  const named = readNounPhrase(ctx, verb.end, setting ? first.mention.end + setting.index : verb.end + phrase.length);
  if (named?.id && ctx.typeOf(named.id) === 'Person') return named;
  const namesPerson = inside.some(({ id, mention }) => ctx.typeOf(id) === 'Person' && !/^['’]s?\s/u.test(ctx.text.slice(mention.end, mention.end + 3)));
  return (namesPerson ? null : findDescribedPerson(ctx, verb.end + phrase.length, to)) ?? named;
}

/** "said Rubio's deputy campaign manager, Rich Beeson": after a description, the person it describes. */
function findDescribedPerson(ctx: SpeakerContext, descriptionEnd: number, to: number): Speaker | null {
  const described = mentionsIn(ctx, descriptionEnd, to)[0];
  if (!described || ctx.typeOf(described.id) !== 'Person') return null;
  return /^,\s*$/.test(ctx.text.slice(descriptionEnd, described.mention.role?.start ?? described.mention.start)) ? { id: described.id, via: null } : null;
}

/** The speaker a clause beside a quote names through a speech verb, or null. */
export function findSpeakerInClause(ctx: SpeakerContext, from: number, to: number, side: 'head' | 'tail'): Speaker | null {
  // "“…” ― Sonya Herridge": a dash and a name sign the quote.
  const signed = side === 'tail' ? /^[\s,]*[―—–-]+\s*/.exec(ctx.text.slice(from, to)) : null;
  if (signed) {
    const person = mentionsIn(ctx, from, to).find(({ mention }) => mention.start === from + signed[0].length);
    if (person) return { id: person.id, via: null };
  }
  // "Cruz accuses Obama of “leading from behind” and Trump says he's …": a clause joined on after the quote has
  // a speaker of its own ("“…” and against the gun law, Clinton said" goes on with the quote's).
  const joined = side === 'tail' ? /^[\s,]*(?:and|but|while|whereas)\s+/u.exec(ctx.text.slice(from, to)) : null;
  if (joined && mentionsIn(ctx, from, to)[0]?.mention.start === from + joined[0].length) return null;
  const verbs = findSpeechVerbs(ctx.text, from, to);
  if (verbs.length === 0) return side === 'tail' ? findNamedAfterQuote(ctx, from, to) : findNamedBeforeQuote(ctx, from, to) ?? findDocumentFinding(ctx, from, to);
  const ordered = side === 'head' ? [...verbs].reverse() : verbs;
  for (const verb of ordered) {
    const found = verb.word.startsWith('accord') || verb.word.startsWith('in accordance')
      ? findObject(ctx, verb, to)
      // "Priebus told Fox News": whom one tells is the listener, never the speaker.
      : findSubject(ctx, from, verb) ?? (REPORTING_VERBS.get(verb.word)?.listener || (side === 'head' && opensQuotedClause(ctx, verb, to)) ? null : findObject(ctx, verb, to));
    if (found?.id || found === UNNAMED_SOURCE) return found;
  }
  return verbs.length > 0 && side === 'head' ? findSentenceSubject(ctx, from, verbs[0]!.start) : null;
}

/**
 * "a statement saying the U.S. “does not have the capacity …”": a name running straight into the quote is the
 * subject of the quoted words, not who said them ("said Caddell: “…”" has its colon).
 */
function opensQuotedClause(ctx: SpeakerContext, verb: Verb, open: number): boolean {
  const last = mentionsIn(ctx, verb.end, open).at(-1);
  return last !== undefined && /^\s+$/u.test(ctx.text.slice(last.mention.end, open));
}

/** "“…,” Okafor fumed on Tuesday": a person named right after a quote ending in a comma, then a verb. */
function findNamedAfterQuote(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  if (!/[,?!]\s*(?:[”"]|'')\s*$/.test(ctx.text.slice(Math.max(0, from - 4), from))) return null;
  const first = mentionsIn(ctx, from, to)[0];
  if (!first || ctx.typeOf(first.id) !== 'Person') return null;
  const lead = ctx.text.slice(from, first.mention.role?.start ?? first.mention.start);
  // "…,” scoffed Arianna Gil, 22", "mused Blaze co-host Stu Burguiere": any verb, a few words, then the name.
  if (/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(lead)) {
    return /^\s*(?:[,.;!?]|$|(?:of|from)\s)/u.test(ctx.text.slice(first.mention.end, to)) ? { id: first.id, via: null } : null;
  }
  if (!/^\s*$/.test(lead)) return null;
  return /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u.test(ctx.text.slice(first.mention.end, to)) ? { id: first.id, via: null } : null;
}

/**
 * "Kasich resisted: “…”", "Pew Research: “…”", "Hillary Clinton cracked, “…”": a sentence that names a
 * person or body, maybe with one verb, then opens the quote after a colon or comma.
 */
function findNamedBeforeQuote(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  if (!/[:,]\s*$/.test(ctx.text.slice(from, to))) return null;
  const named = mentionsIn(ctx, from, to).at(-1);
  if (named && ctx.typeOf(named.id) !== 'Place') {
    // "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:": a name after a dash heads its line.
    const lead = ctx.text.slice(from, named.mention.role?.start ?? named.mention.start).replace(/^[\s\S]*\s[―—–-]+\s/u, '');
    const rest = ctx.text.slice(named.mention.end, to);
    if (/^\s*(?:(?:\p{Lu}\p{Ll}+|the|a|an|more|from|\d+-year-old)\s+){0,3}$/u.test(lead)
      && /^\s*(?:(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s*)?[:,]\s*$/u.test(rest) && (rest.includes(':') || /\p{L}/u.test(rest))) return { id: named.id, via: null };
  }
  return findColonIntroducer(ctx, from, to);
}

// "A GAO report released last year found that", "a Pew survey showed": what a document of findings found.
const DOCUMENT_FINDING = /^(?:\s*(?:According to|In)\b[^,]*,)?\s*(?:[\p{L}\d.'’-]+\s+){1,8}?(?:report|study|analysis|audit|review|poll|survey|investigation|inquiry)(?:\s+[^,.;:!?“”"]{0,40}?)?\s+(?:found|finds|concluded|concludes|showed|shows|determined|revealed|reveals)\b/u;

/** "A GAO report found that the money came from “the drug trade”": the author of the document whose finding it is. */
function findDocumentFinding(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  const finding = DOCUMENT_FINDING.exec(ctx.text.slice(from, to));
  if (!finding) return null;
  const verbStart = from + finding[0].search(/\S+$/u);
  const author = readNounPhrase(ctx, from, verbStart - 1);
  return author?.id && ctx.typeOf(author.id) !== 'Place' ? author : null;
}

/**
 * "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”": a sentence
 * that introduces the quote with a colon is its subject's, whatever the verb, the subject after an opening
 * phrase too ("In a Fox interview later that day, Trump went further:"). Not a name after a preposition
 * ("Then, later that month on CNN:"), in apposition ("Priorities USA, a pro-Clinton super PAC, emailed:")
 * or in a compound modifier ("the al Qaeda-linked cleric … is shown lecturing:").
 */
function findColonIntroducer(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  if (!/:\s*$/.test(ctx.text.slice(from, to))) return null;
  const opening = /^[^,“”"]{3,80},\s*/u.exec(ctx.text.slice(from, to));
  const starts = INTRODUCTORY.test(ctx.text.slice(from, to).trimStart()) ? [] : [from];
  if (opening) starts.push(from + opening[0].length);
  for (const start of starts) {
    const named = mentionsIn(ctx, start, to);
    const first = named[0];
    const lead = first ? ctx.text.slice(start, first.mention.start) : '';
    if (!first || LEADING_PREPOSITION.test(lead) || (start > from && /^\s*an?\s/iu.test(lead)) || /^[-–]/u.test(ctx.text.slice(first.mention.end))) continue;
    const subject = findSentenceSubject(ctx, start, to);
    if (!subject?.id || ctx.typeOf(subject.id) === 'Place') continue;
    // The body opening a person's title ("Senate Majority Leader") is the person's.
    const titled = named.find(({ id, mention }) => ctx.typeOf(id) === 'Person' && mention.role
      && (mention.role.start <= first.mention.start || /^\s+$/.test(ctx.text.slice(first.mention.end, mention.role.start))));
    return titled ? { id: titled.id, via: null } : subject;
  }
  return null;
}

// "later that month on CNN", "in a post on Twitter": a name after a preposition says where, not who.
const LEADING_PREPOSITION = /\b(?:on|in|at|to|into|from|by|with|for|of|about|after|before|during|through|via)\b/iu;

// A personal pronoun opening a clause, as its subject ("it" stands for things as often as for bodies).
const SUBJECT_PRONOUN = /^\s*(he|she|they)\s/iu;

/** "Donald Trump, her opponent, bemoaned the unrest and said…": the name opening the sentence. */
export function findSentenceSubject(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  const first = mentionsIn(ctx, from, to)[0];
  if (!first) return null;
  const lead = ctx.text.slice(from, first.mention.start);
  const type = ctx.typeOf(first.id);
  // "17-year-old Jared Potts": an age may come first.
  if (type === 'Place' || !/^[\s]*(?:(?:the|a|an) )?(?:[\p{L}\d.-]+ ){0,4}$/u.test(lead) || /[,;]/.test(lead)) return null;
  if ((first.mention.role?.start ?? first.mention.start) - from > 60) return null;
  // "Senate Majority Leader Mitch McConnell asked …": a body that opens a person's title says whose title it is; the
  // person is the subject.
  const titled = type === 'Person' ? undefined : mentionsIn(ctx, first.mention.end, to)[0];
  const role = titled?.mention.role;
  const inTitle = role && (role.start <= first.mention.start ? role.end >= first.mention.end : /^\s+$/u.test(ctx.text.slice(first.mention.end, role.start)));
  if (titled && inTitle && ctx.typeOf(titled.id) === 'Person' && /^\s*$/u.test(ctx.text.slice(role!.end, titled.mention.start))) {
    return { id: titled.id, via: null };
  }
  // "Scott's family said", "Clinton's campaign manager Robby Mook said": whose they are is not who spoke;
  // the person the words after the possessive describe is, when named right after them.
  const owned = /^['’]s?((?:\s+\p{Ll}[\p{L}-]*){1,3})/u.exec(ctx.text.slice(first.mention.end, to));
  // "Rubio's catch phrase was", "Clinton's response was": what one owns of speech, one said.
  if (owned && owned[1]!.trim().split(/\s+/).some((word) => SPEECH_NOUNS.has(word) || OWN_DOCUMENTS.has(word))) return { id: first.id, via: null };
  if (owned) {
    const next = mentionsIn(ctx, first.mention.end, to)[0];
    const between = next ? ctx.text.slice(first.mention.end, next.mention.start) : '';
    return next && ctx.typeOf(next.id) === 'Person' && /^['’]s?(?:\s+[\p{L}.-]+){1,4}\s+$/u.test(between) && !/[,;]/.test(between)
      ? { id: next.id, via: null } : null;
  }
  // "The GOP speechwriter said": the body only tells whose the unnamed speaker is.
  const head = /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(first.mention.end, to))?.[1];
  if (type !== 'Person' && head && (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, '')))) return null;
  return { id: first.id, via: null };
}

const ISSUING_VERBS = /\b(?:issued|released|signed|wrote|filed|published|sent|posted|tweeted|put out)\b/g;

/** "the guidance states": whoever issued the guidance earlier in the text ("Corvin quietly issued guidance"). */
function findDocumentAuthor(ctx: SpeakerContext, document: string, before: number): Speaker | null {
  const text = ctx.text.slice(0, before);
  const issued = [...text.matchAll(ISSUING_VERBS)].filter((m) => new RegExp(`^[^.]{0,60}\\b${document}`, 'i').test(text.slice(m.index)));
  for (const match of issued.reverse()) {
    const verb = { start: match.index, end: match.index + match[0].length, word: match[0] };
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const found = findSubject(ctx, Math.max(lineStart, match.index - 120), verb);
    if (found?.id || found === UNNAMED_SOURCE) return found;
  }
  return null;
}
