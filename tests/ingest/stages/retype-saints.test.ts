import { describe, expect, it } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('a saint the article names', () => {
  it('is the person the article names by the saint\'s name alone', () => {
    const entities = typedEntityNames('St. Aldric at Prayer hangs in the chapel. Aldric was born in a village near the coast.');
    expect(entities).toContain('Person:St. Aldric');
    expect(entities).not.toContain('Place:St. Aldric');
  });

  it.each([
    ['a church', 'We visited the old church of St. Wenrik on the left bank.', 'Person:St. Wenrik'],
    ['an icon', 'An icon of Saint Aldric hangs above the door.', 'Person:Saint Aldric'],
  ])('is a person after "of", naming whom %s is dedicated to', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });

  it.each([
    ['a listed town', 'They flew to St. Louis on Monday.', 'Place:St. Louis'],
    ['a town the article names no person after', 'St Wenrik is a quiet town on the coast.', 'Place:St Wenrik'],
  ])('leaves %s a place', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });
});
