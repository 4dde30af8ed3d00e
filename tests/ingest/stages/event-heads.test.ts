import { describe, it, expect } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('names of events by their head word', () => {
  it.each([
    ['an awards ceremony', 'The film won two Harbour Critics Awards last spring.', 'Event:Harbour Critics Awards'],
    ['an awards ceremony of a year', 'She sang at the 2019 Brenmoor Music Awards in May.', 'Event:2019 Brenmoor Music Awards'],
    ['the Olympics, named alone', 'He trained for years before the Olympics in the summer.', 'Event:Olympics'],
    ['the Paralympics, named alone', 'She won a medal at the Paralympics that year.', 'Event:Paralympics'],
    ['a siege', 'The town fell after the Siege of Harrowgate in 1644.', 'Event:Siege of Harrowgate'],
    ['a carnival', 'The Dunmore Winter Carnival draws crowds each February.', 'Event:Dunmore Winter Carnival'],
    ['a jubilee', 'Tickets for the Lakeside Music Jubilee sold out quickly.', 'Event:Lakeside Music Jubilee'],
    ['a season of the Paralympics', 'He raced at the 2010 Winter Paralympics in the snow.', 'Event:2010 Winter Paralympics'],
  ])('reads %s', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
  });

  it('still reads a single prize as no entity', () => {
    expect(typedEntityNames('She won the Harbour Critics Award for her novel.')).toEqual([]);
  });
});
