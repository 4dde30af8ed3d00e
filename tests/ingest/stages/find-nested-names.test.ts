import { describe, it, expect } from 'vitest';
import { runToQuotes, typedEntityNames } from './helpers.fixtures.ts';

const nestedOf = (text: string) => runToQuotes(text).found.mentions.filter((m) => m.nested).map((m) => `${m.type}:${m.text}`);

describe('names inside the names of bodies and events', () => {
  it.each([
    ['an unknown town after "University of"', 'She lectured at the University of Valdoria for ten years.', 'Place:Valdoria'],
    ['an unknown town after "Battle of"', 'His regiment fought at the Battle of Kestrovo in the spring.', 'Place:Kestrovo'],
    ['an unknown town before a festival', 'The film opened the Marvillac Festival last year.', 'Place:Marvillac'],
    ['an unknown town before a stadium', 'The match was played at the Varnoy Stadium on Friday.', 'Place:Varnoy'],
    ['an unknown district before a station', 'Change trains at Quellhan Station for the airport.', 'Place:Quellhan'],
    ['the founder a foundation is named after', 'The study was paid for by the Varnak Foundation last year.', 'Person:Varnak'],
    ['a person the article names, before a body’s head', 'Anton Brevik founded a charity. The Brevik Foundation gave money to schools.', 'Person:Brevik'],
  ])('finds %s', (_case, text, found) => {
    expect(nestedOf(text)).toContain(found);
  });

  it('joins a nested person to the person named in full', () => {
    const entities = typedEntityNames('Anton Brevik founded a charity. The Brevik Foundation gave money to schools.');
    expect(entities).toContain('Person:Anton Brevik');
    expect(entities).not.toContain('Person:Brevik');
  });

  it.each([
    ['an unknown word before a university', 'She studied at Dunmore University in the north.'],
    ['an unknown word before a sea', 'The ship crossed the Vellan Sea at night.'],
    ['an unknown word before an airport', 'We landed at Marrowby Airport after midnight.'],
    ['a city before a street', 'The shop is on Denver Avenue near the bridge.'],
    ['a country after "Republic of"', 'He flew to the Republic of Korea on Monday.'],
    ['dictionary words before a head', 'The National Science Foundation paid for the study.'],
  ])('finds nothing of its own in %s', (_case, text) => {
    expect(nestedOf(text)).toEqual([]);
  });
});
