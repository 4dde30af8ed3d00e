import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const peopleOf = (text: string) => runToQuotes(text).resolved.entities.filter((e) => e.type === 'Person').map((e) => e.name);
const namesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => e.name);

describe('titles of works read as people', () => {
  it.each([
    ['after a noun for a work', 'He also starred in the period drama Lantern Harvest that year.', 'Lantern Harvest'],
    ['after "titled"', 'She filmed a pilot titled Young Corsair which was never picked up.', 'Young Corsair'],
    ['before the year it came out', 'Her first role was in Quiet Meridian (2004), a thriller.', 'Quiet Meridian'],
  ])('are no person %s', (_case, text, title) => {
    expect(peopleOf(text)).not.toContain(title);
  });

  it.each([
    ['a place', 'She had a role in the period drama Thornfield Abbey that year.', 'Thornfield Abbey'],
    ['a body', 'He was cast on the television series Harbor Girls in 2000.', 'Harbor Girls'],
    ['a place before its year', 'Other roles include Gallows Junction (2010), a comedy.', 'Gallows Junction'],
    ['an event, as a subtitle after its title\'s colon', 'He voiced the hero in Nightjar: The Animated Series for years.', 'Animated Series'],
  ])('are no entity when read as %s', (_case, text, title) => {
    expect(namesOf(text)).not.toContain(title);
  });

  it('keeps the artist named before the year of a work', () => {
    expect(peopleOf('The Saint in the Desert, by Giovanni Castellar (1505)')).toContain('Giovanni Castellar');
  });
});
