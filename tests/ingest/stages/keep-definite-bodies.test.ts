import { describe, it, expect } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('a lone head of public bodies after "the"', () => {
  it.each([
    ['a court deciding a case', 'The claim was filed late, and the Court dismissed it in March.', 'Agency:Court'],
    ['a parliament sitting', 'The bill went back to the Parliament for a second reading.', 'Agency:Parliament'],
    ['an administration in office', 'Critics said the Administration had ignored the warnings.', 'Agency:Administration'],
  ])('is kept as a body for %s', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });

  it('joins the one longer name the text gives with that head', () => {
    const text = 'The Harbour District Court heard the case in May. Later the Court upheld the fine.';
    expect(typedEntityNames(text)).toEqual(['Agency:Harbour District Court']);
  });

  it('joins neither of two bodies with that head', () => {
    const text = 'The Dunmore Supreme Court and the Ashby District Court both heard it. The Court was split.';
    expect(typedEntityNames(text)).not.toContain('Agency:Court');
    expect(typedEntityNames(text).filter((e) => e.endsWith('Court'))).toHaveLength(2);
  });

  it.each([
    ['no article before it', 'Court records were sealed on Friday.'],
    ['"the Government", written of governments in general as often as of one', 'Few trusted the Government to act.'],
  ])('is left a guess with %s', (_case, text) => {
    expect(typedEntityNames(text)).toEqual([]);
  });
});
