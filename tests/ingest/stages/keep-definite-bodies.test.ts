import { describe, it, expect } from 'vitest';
import { runToQuotes, typedEntityNames } from './helpers.fixtures.ts';

describe('a lone head of public bodies after "the"', () => {
  it.each([
    ['a court deciding a case', 'The claim was filed late, and the Court dismissed it in March.', 'Agency:Court'],
    ['a parliament sitting', 'The bill went back to the Parliament for a second reading.', 'Agency:Parliament'],
    ['an administration in office', 'Critics said the Administration had ignored the warnings.', 'Agency:Administration'],
    ['an academy electing members', 'In 1820 the Academy elected him a member.', 'Organization:Academy'],
    ['a church', 'He was received into the Church at the age of thirty.', 'Organization:Church'],
  ])('is kept as a body for %s', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });

  it('joins the one longer name the text gives with that head', () => {
    const text = 'The Harbour District Court heard the case in May. Later the Court upheld the fine.';
    expect(typedEntityNames(text)).toEqual(['Agency:Harbour District Court']);
  });

  it('joins an academy\'s head to the academy the text names in full', () => {
    const text = 'He trained at the Harbour Military Academy. The Academy then sent him abroad.';
    expect(typedEntityNames(text)).toEqual(['Organization:Harbour Military Academy']);
  });

  it('leaves "the University" a guess, as CoNLL reads it', () => {
    const { found, resolved } = runToQuotes('She studied law at the University of Dunmore. Fees at the University rose sharply.');
    expect(found.mentions.find((m) => m.text === 'University')?.guessed).toBe(true);
    expect(resolved.entities.find((e) => e.name === 'University of Dunmore')?.aliases).toEqual([]);
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
