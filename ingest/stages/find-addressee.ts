import type { QuoteSpan } from '../nlp/find-quote-spans.ts';
import { mentionsIn, type SpeakerContext } from './find-speaker.ts';

// Verbs of speaking to someone, whose object is the one spoken to: "Warren told Stumpf".
const TO_WHOM = /\b(?:told|asked|warned|urged|pressed|reminded|assured|challenged|accused|scolded|lectured)\s+$/;
// What a sentence says to its listener: "you", "your", "yourself".
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves)\b/i;
// How far after a quotation its attribution may run, and before it.
const AFTER_REACH = 60;
const BEFORE_REACH = 80;

/** The person the attribution says the quotation was spoken to, in "…,” Warren told Stumpf" or "Warren told Stumpf: “…”". */
function readAddressee(ctx: SpeakerContext, span: QuoteSpan): string | null {
  const close = span.close ?? span.end;
  const after = ctx.text.slice(close, close + AFTER_REACH);
  const afterEnd = close + (/[.!?“"]/.exec(after.slice(1))?.index ?? after.length - 1) + 1;
  const before = ctx.text.slice(Math.max(0, span.open - BEFORE_REACH), span.open);
  const beforeStart = span.open - before.length + Math.max(0, before.search(/[^.!?”"]*$/));
  for (const [from, to] of [[close, afterEnd], [beforeStart, span.open]] as const) {
    for (const { mention, id } of mentionsIn(ctx, from, to)) {
      if (ctx.typeOf(id) === 'Person' && TO_WHOM.test(ctx.text.slice(Math.max(from, mention.start - 20), mention.start))) return id;
    }
  }
  return null;
}

/**
 * Whom each quotation speaks to, where it says "you": the person its attribution names as the listener
 * ("Warren told Stumpf"), or, for a later "you" in the same article that names none, the last listener
 * named, as at a hearing where every senator questions one witness. Never the quotation's own speaker.
 */
export function findAddressees(ctx: SpeakerContext, spans: readonly QuoteSpan[], speakers: ReadonlyArray<string | null>): (string | null)[] {
  let lastListener: string | null = null;
  return spans.map((span, k) => {
    if (!SECOND_PERSON.test(ctx.text.slice(span.start, span.end))) return null;
    const named = readAddressee(ctx, span);
    if (named) lastListener = named;
    const listener = named ?? lastListener;
    return listener && listener !== speakers[k] ? listener : null;
  });
}
