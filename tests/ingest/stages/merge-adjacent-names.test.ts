import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => ({ name: e.name, type: e.type }));

describe('a place and the name beside it that make one body', () => {
  it.each([
    ['a club named by its city and a plural nickname', 'He was traded to the Houston Marlowes in May.', 'Houston Marlowes'],
    ['a club whose nickname has two words', 'In 2015 he signed with the Chicago Grey Herons for two years.', 'Chicago Grey Herons'],
    ['a conservatory named by its city', 'She taught composition at the Prague Conservatory until 1901.', 'Prague Conservatory'],
  ])('reads %s as one organisation', (_case, text, name) => {
    expect(entitiesOf(text)).toContainEqual({ name, type: 'Organization' });
  });

  it('keeps a place before a person\'s name apart', () => {
    expect(entitiesOf('In Chicago Marta Velkins said no.')).toContainEqual({ name: 'Chicago', type: 'Place' });
  });
});

describe('a place and an event\'s head word beside it', () => {
  it.each([
    ['a war', 'He was an early opponent of the Vietnam War and wrote about it.', 'Vietnam War', 'place:vietnam'],
  ])('make one event, %s, with the place nested in it', (_case, text, name, place) => {
    const { resolved } = runToQuotes(text);
    expect(resolved.entities.map((e) => ({ name: e.name, type: e.type }))).toContainEqual({ name, type: 'Event' });
    expect(resolved.entities.map((e) => e.id)).toContain(place);
  });

  it('makes one event of a conference named by its city', () => {
    expect(entitiesOf('The treaty was drafted at the Paris Conference that summer.')).toContainEqual({ name: 'Paris Conference', type: 'Event' });
  });

  it('makes no event of a lone head word', () => {
    expect(entitiesOf('After the War ended, the family moved north.').map((e) => e.type)).not.toContain('Event');
  });
});

describe('a place that is also a given name, before a person\'s name', () => {
  it('opens the person\'s full name', () => {
    expect(entitiesOf('She starred opposite Chad Michael Murray in the film.')).toContainEqual({ name: 'Chad Michael Murray', type: 'Person' });
  });

  it('stays a place after a preposition', () => {
    expect(entitiesOf('In Austin Marta Velkins said no.')).toContainEqual({ name: 'Austin', type: 'Place' });
  });
});

describe('a compass point before a place', () => {
  it('makes one place of a region written as one word ("Northeast")', () => {
    expect(entitiesOf('Factories are common throughout Northeast Ohio these days.')).toContainEqual({ name: 'Northeast Ohio', type: 'Place' });
  });
});

describe('a word for a kind of place, "of" and a place', () => {
  it.each([
    ['a gulf and a known country', 'Oil spilled into the Gulf of Mexico last year.', 'Gulf of Mexico'],
    ['a cape and an unknown name', 'The ship rounded the Cape of Varn Hope in 1849.', 'Cape of Varn Hope'],
    ['a state and a known state', 'He was born in the State of Ohio in 1920.', 'State of Ohio'],
  ])('make one place: %s', (_case, text, name) => {
    expect(entitiesOf(text)).toContainEqual({ name, type: 'Place' });
  });

  it('leaves a compass word before "of" alone', () => {
    expect(entitiesOf('The storm hit the North of England on Monday.')).not.toContainEqual({ name: 'North of England', type: 'Place' });
  });
});
