import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities;

describe('storms named by a leading head word', () => {
  it.each([
    ['Hurricane', 'Hurricane Orvella reached the coast on Monday.', 'Hurricane Orvella'],
    ['Typhoon', 'Ferries stayed in port as Typhoon Marlani passed.', 'Typhoon Marlani'],
    ['Cyclone', 'Fishermen were warned of Cyclone Tervani in the bay.', 'Cyclone Tervani'],
  ])('types a storm named after "%s" as an event', (_head, text, name) => {
    expect(entitiesOf(text).find((e) => e.name === name)?.type).toBe('Event');
  });

  it('joins the storm\'s name written alone to the storm, not to a person', () => {
    const entities = entitiesOf('Cyclone Tervani grew overnight. By noon Tervani\'s winds had weakened, and Tervani moved inland.');
    const storm = entities.find((e) => e.name === 'Cyclone Tervani');
    expect(storm?.type).toBe('Event');
    expect(storm?.aliases).toContain('Tervani');
    expect(entities.some((e) => e.type === 'Person')).toBe(false);
  });
});
