import { SPEECH_NOUNS } from '../nlp/lexicon.ts';
import { findObject, findSpeechVerbs, mentionsIn } from './find-speaker.ts';
import type { Speaker, SpeakerContext } from './find-speaker.ts';

/** "his campaign promise to “build the wall”", "Okafor’s claim that there were “hundreds of them”": the owner of the words. */
export function findSpeechOwner(ctx: SpeakerContext, from: number, open: number): Speaker | null {
  const head = ctx.text.slice(from, open);
  const match = /(?:(\p{Lu}[\p{L}.-]*)['’]s?|\b(his|her|its|their)|\bthe (\p{L}+)['’]s)((?: [\p{L}\d-]+){0,3}?) (\p{L}+)(?: (?:to|of|that|for)(?: [\p{L}\d'’-]+){0,6})?:?\s*$/u.exec(head);
  if (!match || !SPEECH_NOUNS.has(match[5]!.toLowerCase())) return null;
  const at = from + match.index;
  if (match[1]) {
    const owner = mentionsIn(ctx, at, at + match[0].length).find(({ mention }) => mention.start === at || mention.end === at + match[1]!.length);
    return owner ? { id: owner.id, via: null } : null;
  }
  if (match[3]) {
    const titled = ctx.personByTitle.get(match[3].toLowerCase());
    return titled ? { id: titled, via: null } : null;
  }
  const pronoun = match[2]!.toLowerCase();
  const id = ctx.findAntecedent(at, pronoun === 'his' ? 'he' : pronoun === 'her' ? 'she' : 'it');
  return id ? { id, via: null } : null;
}

/** "According to X, …" opening the paragraph: X is the source of what the paragraph quotes. */
export function findParagraphSource(ctx: SpeakerContext, paragraphStart: number, to: number): Speaker | null {
  const head = ctx.text.slice(paragraphStart, Math.min(to, paragraphStart + 200));
  if (!/^(?:According to|In accordance with)\b/.test(head)) return null;
  const verbs = findSpeechVerbs(ctx.text, paragraphStart, paragraphStart + 20);
  return verbs[0] ? findObject(ctx, verbs[0], paragraphStart + head.length) : null;
}

