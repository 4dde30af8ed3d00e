import { describe, it, expect } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('places named by a number', () => {
  it.each([
    ['an interstate', 'Take I-35 north out of the city.', 'Place:I-35'],
    ['a US highway with its direction', 'Follow US-81 South for an hour.', 'Place:US-81 South'],
    ['a US highway written with a space', 'The motel is just off US 54 near the river.', 'Place:US 54'],
    ['a route', 'They drove the old Route 12 across the plains.', 'Place:Route 12'],
    ['an airport terminal', 'Buses leave from Terminal 3 every hour.', 'Place:Terminal 3'],
  ])('finds %s', (_case, text, found) => {
    expect(typedEntityNames(text)).toContain(found);
  });

  it('reads no country into the "US" of a road', () => {
    expect(typedEntityNames('The motel is just off US 54 near the river.')).not.toContain('Place:United States');
  });

  it.each([
    ['a sum in dollars', 'The deal was worth US 40 million.'],
    ['a share', 'Exports rose by US 5 percent.'],
  ])('finds no road in %s', (_case, text) => {
    expect(typedEntityNames(text).filter((e) => /^Place:US/.test(e))).toEqual([]);
  });
});

describe('street addresses', () => {
  it('keeps the house number with the street', () => {
    expect(typedEntityNames('The bakery at 1480 Marlow Avenue opens at seven.')).toContain('Place:1480 Marlow Avenue');
  });

  it.each([
    ['a compass letter after the number', 'The office is at 317 S Marlow Ave. near the park.', 'Place:317 S Marlow Ave'],
    ['a compass letter alone', 'Buses stop on S 75th Ave twice an hour.', 'Place:S 75th Ave'],
    ['a known town in the street\'s name', 'The diner at 1696 Bergen Blvd opens early.', 'Place:1696 Bergen Blvd'],
  ])('keeps %s with the street', (_case, text, name) => {
    expect(typedEntityNames(text)).toContain(name);
  });

  it('leaves a lone digit before a street alone', () => {
    expect(typedEntityNames('The result was 2 Kessel Road.').some((e) => /^Place:2 /.test(e))).toBe(false);
  });
});
