import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

/** The entities found in a text, as name → type. */
const typesOf = (text: string) => new Map(runToQuotes(text).resolved.entities.map((e) => [e.name, e.type]));

describe('a state’s postal code after a town', () => {
  it.each([
    ['ending the sentence', 'Take the highway south from Harlow Springs, KS.', 'Kansas', 'Harlow Springs'],
    ['before a common noun', 'The mall sits in the Tarvin, NJ retail corridor.', 'New Jersey', 'Tarvin'],
  ])('is the state, and the town a place, %s', (_case, text, state, town) => {
    const types = typesOf(text);
    expect(types.get(state)).toBe('Place');
    expect(types.get(town)).toBe('Place');
  });

  it('stays an acronym where no name and comma come before it', () => {
    expect(typesOf('The KS unit left on Monday.').get('Kansas')).toBeUndefined();
  });
});
