import { describe, expect, it } from 'vitest';
import { mentionTexts, typedEntityNames } from './helpers.fixtures.ts';

describe('a listed assembly named by its head word alone', () => {
  it.each([
    ['two capitalised words before it', 'The Pan Asian Congress met in Tokyo last spring.', 'Agency:Pan Asian Congress'],
    ['a word of the language before it', 'She sat in the First Congress after the war.', 'Agency:First Congress'],
    ['"of" and a word of the language after it', 'He lectured at the Congress of Local Authorities in May.', 'Agency:Congress of Local Authorities'],
    ['the head of an army\'s name', 'Rebels of the Popular Liberation Army crossed the river.', 'Agency:Popular Liberation Army'],
  ])('heads a longer name with %s', (_case, text, entity) => {
    expect(typedEntityNames(text)).toContain(entity);
    expect(mentionTexts(text)).not.toContain(entity.split(':')[1]!.split(' ').at(-1));
  });

  it.each([
    ['a people\'s adjective', 'The Brazilian Senate agreed on Wednesday.', 'Senate'],
    ['a party\'s adjective', 'The Republican Congress passed the bill.', 'Congress'],
    ['a place after "of"', 'The Senate of Canada met on Monday.', 'Senate'],
  ])('stays the listed body after %s', (_case, text, head) => {
    expect(mentionTexts(text)).toContain(head);
  });
});
