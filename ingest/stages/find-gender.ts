import { findGivenNameGender, findTitleGender } from '../nlp/name-gender.ts';
import type { Gender } from '../nlp/name-gender.ts';
import { findSentenceEnd } from '../nlp/sentences.ts';
import type { Mention, ResolvedEntities } from './types.ts';

const MALE = /\b(?:he|his|him|himself)\b/i;
const FEMALE = /\b(?:she|her|hers|herself)\b/i;
const PRONOUN = /\b(?:he|his|him|himself|she|her|hers|herself)\b/i;

/**
 * The he/she pronoun just after a mention, before any other name and in the same sentence ("Ada Brill,
 * 41, said she"): one vote for that person's gender.
 */
function readVote(text: string, mention: Mention, nextStart: number, insideQuote: (position: number) => boolean): Gender | null {
  const end = findSentenceEnd(text, mention.end, Math.min(nextStart, mention.end + 80));
  const match = PRONOUN.exec(text.slice(mention.end, end));
  if (match) return insideQuote(mention.end + match.index) ? null : genderOf(match[0]);
  // "…, said Terry Strada. She continued": the next sentence opening on a pronoun, with no name between.
  const next = /^[\s”"’']*(He|She)\b/u.exec(text.slice(end, Math.min(nextStart, end + 12)));
  return next && end < nextStart && !insideQuote(end + next[0].length - next[1]!.length) ? genderOf(next[1]!) : null;
}

const genderOf = (pronoun: string): Gender | null => (MALE.test(pronoun) ? 'male' : FEMALE.test(pronoun) ? 'female' : null);

/** The gender the words written before a person's name give: the title ("Congresswoman"), else the word just before ("Mr."). */
export function findWrittenGender(mention: Mention, text: string): Gender | null {
  const before = text.slice(Math.max(0, (mention.role?.start ?? mention.start) - 12), mention.start);
  return findTitleGender(mention.role?.text ?? '') ?? findTitleGender(before.trim().split(/\s+/).at(-1) ?? '');
}

/**
 * Each person's gender, when the article or general knowledge says it: a gendered title ("Mrs.",
 * "congresswoman") first, then the pronouns that follow the name in the article when they clearly
 * agree ("Brill said she"), then the given name ("Nicole" → female), then any majority of those pronouns.
 */
export function findPersonGenders(text: string, mentions: Mention[], resolved: ResolvedEntities, insideQuote: (position: number) => boolean): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const entity of resolved.entities) {
    if (entity.type !== 'Person') continue;
    let titled: Gender | null = null;
    const votes = { male: 0, female: 0 };
    for (const index of entity.mentions) {
      const mention = mentions[index]!;
      titled ??= mention.gender ?? null;
      const vote = readVote(text, mention, mentions[index + 1]?.start ?? text.length, insideQuote);
      if (vote) votes[vote] += 1;
    }
    const more: Gender = votes.male >= votes.female ? 'male' : 'female';
    const fewer: Gender = more === 'male' ? 'female' : 'male';
    const clear = votes[more] > 2 * votes[fewer];
    const given = entity.name.includes(' ') ? findGivenNameGender(entity.name.split(/\s+/)[0]!) : null;
    const gender = titled ?? (clear ? more : given ?? (votes[more] > votes[fewer] ? more : null));
    if (gender) genders.set(entity.id, gender);
  }
  return genders;
}
