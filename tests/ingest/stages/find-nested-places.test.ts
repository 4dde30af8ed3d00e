import { describe, it, expect } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const idsOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => e.id);

describe('places named inside an institution or a venue', () => {
  it.each([
    ['a state opening a university’s name', 'She studied at Colorado State University for a year.', 'place:colorado'],
    ['a city after "University of"', 'A team from the University of Sheffield ran the trial.', 'place:sheffield'],
    ['a city opening an arena’s name', 'The final was played at the Volgograd Arena on Monday.', 'place:volgograd'],
    ['a city opening a school’s name', 'He was sent to the Sheffield Grammar School at ten.', 'place:sheffield'],
    ['a city opening a newspaper’s name', 'She wrote for the Sheffield Press for a decade.', 'place:sheffield'],
    ['a city a siege is named after', 'He served at the Siege of Sheffield as a boy.', 'place:sheffield'],
    ['a region opening a jubilee’s name', 'The Midwest Harvest Jubilee drew a crowd.', 'place:midwest'],
    ['a country a learned society is named for', 'He joined the Mineralogical Society of Canada in 1950.', 'place:canada'],
    ['a country opening an awards ceremony’s name', 'She won at the 2009 Australia Screen Awards for her debut.', 'place:australia'],
    ['a city a bay is named after', 'The ferry crosses Sheffield Bay twice a day.', 'place:sheffield'],
    ['a region a compass word makes of a state, after "University of"', 'She taught at the University of Northern Colorado until 1990.', 'place:northern-colorado'],
    ['a town no list knows, after the body that governs it', 'Requests came from the Municipality of Tarvosh, near the coast.', 'place:tarvosh'],
  ])('finds %s', (_case, text, id) => {
    expect(idsOf(text)).toContain(id);
  });

  it.each([
    ['a body that is no institution or venue', 'The Denver Water Board met on Monday.', 'place:denver'],
    ['a place that is the whole name', 'They drove to Sheffield on Monday.', null],
  ])('adds no nested place for %s', (_case, text, id) => {
    const mentions = runToQuotes(text).found.mentions;
    expect(mentions.filter((m) => m.nested).map((m) => m.text)).toEqual([]);
    if (id) expect(idsOf(text)).not.toContain(id);
  });

  it('keeps a compass word and the place after it inside the university’s name', () => {
    expect(idsOf('She taught at the University of Northern Colorado until 1990.')).toContain('org:university-of-northern-colorado');
  });

  it('keeps the whole name as the speaker of a quote', () => {
    const [quote] = runToQuotes('“We will publish the data next week,” Colorado State University said.').quotes;
    expect(quote?.speaker).not.toBe('place:colorado');
  });
});
