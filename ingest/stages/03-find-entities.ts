import type { EntityType } from '../model.ts';
import { findKnownNames } from '../nlp/find-known-names.ts';
import { findNameRuns, isCapitalised, isShouting } from '../nlp/find-name-runs.ts';
import type { NameRun } from '../nlp/find-name-runs.ts';
import { NAME_HEADS, NAME_PREFIXES, isTitleWord } from '../nlp/lexicon.ts';
import { tagTerms } from '../nlp/tag-terms.ts';
import type { Term } from '../nlp/tag-terms.ts';
import { findRole } from './find-role.ts';
import type { CleanText, FoundEntities, Mention } from './types.ts';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];

/** The type a run of capitalised words most likely has, and whether that is only a guess. */
function typeRun(terms: Term[], titled: boolean): { type: EntityType; guessed: boolean } | null {
  const last = terms.at(-1)!;
  if (titled) return { type: 'Person', guessed: false };
  const head = NAME_HEADS.get(last.text.replace(/['’]s$/, ''));
  if (head && terms.length > 1) return { type: head, guessed: false };
  const has = (tags: string[]) => terms.some((term) => tags.some((tag) => term.tags.has(tag)));
  if (terms.length === 1 && last.tags.has('Demonym')) return null;
  if (has(PERSON_TAGS) && !terms.every((term) => PLACE_TAGS.some((tag) => term.tags.has(tag)))) {
    return { type: 'Person', guessed: false };
  }
  if (has(PLACE_TAGS)) return { type: 'Place', guessed: false };
  if (has(['Organization'])) return { type: 'Organization', guessed: false };
  if (/^\p{Lu}{2,6}$/u.test(last.text) && terms.length === 1) return { type: 'Organization', guessed: true };
  return { type: 'Person', guessed: true };
}

/** How many leading words of the run are a title ("Assistant Secretary" in "Assistant Secretary Tricia McLaughlin"). */
function countTitleWords(run: NameRun): number {
  let count = 0;
  while (count < run.terms.length - 1 && (isTitleWord(run.terms[count]!.text) || NAME_PREFIXES.has(run.terms[count]!.text))) count += 1;
  // "Oversight Chairman Jason Chaffetz": words before a title belong to it.
  const lastTitle = run.terms.slice(0, -1).findLastIndex((term) => isTitleWord(term.text) && !term.tags.has('FirstName'));
  if (lastTitle >= count && lastTitle <= 3) count = lastTitle + 1;
  const rest = run.terms.slice(count);
  // "Bureau of Prisons" stays whole, but "Governor Police" is a titled person.
  if (NAME_HEADS.has(run.terms.at(-1)!.text.replace(/['’]s$/, '')) && rest.length > 1 && !rest[0]!.tags.has('FirstName')) return 0;
  return count;
}

function toRunMention(run: NameRun, text: string): Mention | null {
  const titleWords = countTitleWords(run);
  const nameTerms = run.terms.slice(titleWords);
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
  };
}

/** "Trump administration": a person's name and "administration" make an Agency. */
function widenAdministration(mention: Mention, text: string): Mention {
  const after = /^ administration\b/.exec(text.slice(mention.end, mention.end + 16));
  if (!after || mention.type !== 'Person') return mention;
  const end = mention.end + after[0].length;
  return { ...mention, end, text: text.slice(mention.start, end), type: 'Agency', guessed: false, titledText: null };
}

/** Marks "Name (ACRONYM)" so the acronym joins the name's entity, adding the acronym if it is new. */
function linkAcronyms(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const definerOf = new Map<Mention, Mention>();
  const added: Mention[] = [];
  sorted.forEach((mention, i) => {
    const match = /^ ?\((\p{Lu}[\p{Lu}\p{Ll}&.]{1,9})\)/u.exec(text.slice(mention.end, mention.end + 14));
    if (!match || mention.type === 'Person') return;
    const start = mention.end + match[0].indexOf('(') + 1;
    const next = sorted[i + 1];
    if (next && next.start === start) return definerOf.set(next, mention);
    const acronym: Mention = { ...mention, start, end: start + match[1]!.length, text: match[1]!, known: null, titledText: null, role: null };
    definerOf.set(acronym, mention);
    added.push(acronym);
  });
  const all = [...sorted, ...added].sort((a, b) => a.start - b.start);
  const indexOf = new Map(all.map((mention, i) => [mention, i]));
  for (const [acronym, definer] of definerOf) acronym.acronymOf = indexOf.get(definer) ?? null;
  return all;
}

/** "Chuck Jordan", "Lamar Alexander of Tennessee": a listed place right after a first name is a surname. */
function followsFirstName(hit: { start: number; entity: { type: EntityType } }, terms: Term[], text: string): boolean {
  if (hit.entity.type !== 'Place') return false;
  const previous = terms.findLast((term) => term.end <= hit.start);
  return previous !== undefined && previous.tags.has('FirstName') && /^[ \t]$/.test(text.slice(previous.end, hit.start))
    && isCapitalised(previous.text);
}

const SPEECH_AFTER = /^(?:,[^,]{1,60},)?\s+(?:said|says|told|added|wrote|asked|explained|noted|continued|argued|stated|insisted|recalled|replied)\b/;
const SPEECH_BEFORE = /\b(?:said|says|added|told|asked|wrote|according to)\s+$/;

/** "Caddell said", "said Caddell": a lone unknown name that speaks is a person. */
function isSpeechSubject(mention: Mention, text: string): boolean {
  if (mention.type !== 'Person') return false;
  return SPEECH_AFTER.test(text.slice(mention.end, mention.end + 80)) || SPEECH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

/** Whether a line is a headline in Title Case, where capitals say nothing about names. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.length >= 5 && !/[.!?,]$/.test(line) && words.filter((word) => isCapitalised(word)).length / words.length > 0.75;
}

/** The typed mentions of people, agencies, organisations and places in the text. */
export function findEntities(clean: CleanText): FoundEntities {
  const { text } = clean;
  const terms = tagTerms(text);
  const known: Mention[] = findKnownNames(text).filter((hit) => !followsFirstName(hit, terms, text)).map((hit) => ({
    start: hit.start, end: hit.end, text: hit.text, type: hit.entity.type, known: hit.entity,
    role: null, titledText: null, guessed: false, acronymOf: null,
  }));
  const isTaken = (term: Term) => known.some((m) => term.start < m.end && m.start < term.end);
  const shouting = new Set(clean.paragraphs.filter((p, i) => isShouting(text.slice(p.start, p.end)) || (i < 2 && isHeadline(text.slice(p.start, p.end)))).map((p) => p.start));
  const inShouting = (run: NameRun) => clean.paragraphs.some((p) => shouting.has(p.start) && p.start <= run.start && run.end <= p.end);
  const found = findNameRuns(terms, text, isTaken)
    .filter((run) => !inShouting(run))
    .map((run) => toRunMention(run, text))
    .filter((mention): mention is Mention => mention !== null)
    .map((mention) => widenAdministration(mention, text))
    .map((mention) => (mention.guessed && isSpeechSubject(mention, text) ? { ...mention, guessed: false } : mention));
  const mentions = linkAcronyms([...known, ...found], text);
  mentions.forEach((mention) => {
    if (mention.type === 'Person') mention.role = findRole(mention, mentions, terms, text);
  });
  return { terms, mentions };
}
