import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

/** The rule and confidence of the quote whose text starts with `opening`. */
function attributionOf(text: string, opening: string): { rule?: string; confidence?: number; speaker?: string | null } {
  const quote = runToQuotes(text).quotes.find((q) => q.text.startsWith(opening));
  return { rule: quote?.rule, confidence: quote?.confidence, speaker: quote?.speaker };
}

describe('the rule and confidence a quotation\'s speaker carries', () => {
  it.each([
    ['a name after the quote', '“We are ready to help our neighbors,” Nadia Okonkwo said.', 'We are ready', 'clause-after'],
    ['a name before the quote', 'Nadia Okonkwo said: “We are ready to help our neighbors.”', 'We are ready', 'clause-before'],
    ['a pronoun reaching back to a name two sentences away',
      'Nadia Okonkwo toured the flooded county on Monday. The river crested at noon. The roads stayed closed.\n“We are ready to help our neighbors,” she said.', 'We are ready', 'clause-after-resolved'],
    ['no one named', 'Outside the hall the crowd chanted “no more cuts to the clinic” for an hour.', 'no more cuts', 'none'],
  ])('names the cue for %s', (_case, text, opening, rule) => {
    expect(attributionOf(text, opening).rule).toBe(rule);
  });

  it('gives a speaker reached through a pronoun less confidence than one named beside the quote', () => {
    const named = attributionOf('“We are ready to help our neighbors,” Nadia Okonkwo said.', 'We are ready');
    const resolved = attributionOf('Nadia Okonkwo toured the flooded county on Monday. The river crested at noon. The roads stayed closed.\n“We are ready to help our neighbors,” she said.', 'We are ready');
    expect(resolved.speaker).toBe(named.speaker);
    expect(resolved.confidence).toBeLessThan(named.confidence!);
  });

  it('gives a quote with no speaker a low confidence: the text most often names one that was missed', () => {
    expect(attributionOf('Outside the hall the crowd chanted “no more cuts to the clinic” for an hour.', 'no more cuts').confidence).toBeLessThan(0.5);
  });
});
