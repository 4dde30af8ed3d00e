import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities;

describe('joining the short forms of bodies and places', () => {
  it.each([
    ['the end of a longer name', 'The Marlow City Kite Festival opened. The Kite Festival ran all week.', 'Marlow City Kite Festival', 'Kite Festival'],
    ['a name before "of" and its place', 'The Comic Society of Tessaly met. The Comic Society gave books away.', 'Comic Society of Tessaly', 'Comic Society'],
    ['the last word of a place', 'Troops left South Korea. Korea said nothing.', 'South Korea', 'Korea'],
    ['a company without its suffix', 'Quillon Holdings Inc. grew. Quillon hired staff.', 'Quillon Holdings Inc.', 'Quillon'],
  ])('joins %s', (_case, text, name, alias) => {
    expect(entitiesOf(text).find((e) => e.name === name)?.aliases).toContain(alias);
  });

  it('keeps a city and a team of the same name apart', () => {
    const text = 'BASEBALL - STANDINGS .\nBRENMOOR 1996-08-30\nStandings :\nBRENMOOR 75 59 .560 -\nOSTWICK 71 63 .530 4';
    const types = entitiesOf(text).filter((e) => e.name === 'BRENMOOR').map((e) => e.type).sort();
    expect(types).toEqual(['Organization', 'Place']);
  });
});
