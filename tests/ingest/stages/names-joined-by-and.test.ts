import { describe, it, expect } from 'vitest';
import { mentionTexts } from './helpers.fixtures.ts';

describe('two names joined by "and"', () => {
  it.each([
    ['a place closed by its head, then a town', 'The ferry calls at Harrow Park and Wendale twice a day.', ['Harrow Park', 'Wendale']],
    ['a body closed by its head, then an acronym', 'The grant came from the Ostley Foundation and WPL in spring.', ['Ostley Foundation', 'WPL']],
  ])('are read apart for %s', (_case, text, names) => {
    expect(mentionTexts(text)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    ['a head that opens the name', 'She spoke at the Centre for Rivers and Coastal Studies on Monday.', 'Centre for Rivers and Coastal Studies'],
    ['a second name that runs on with "for"', 'The study was written by the Brenner Research Fund and Citizens for Clean Lakes.', 'Brenner Research Fund and Citizens for Clean Lakes'],
  ])('stay one name for %s', (_case, text, name) => {
    expect(mentionTexts(text)).toContain(name);
  });
});
