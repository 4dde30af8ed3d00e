import { describe, expect, it } from 'vitest';
import { typedEntityNames } from './helpers.fixtures.ts';

describe('a surname written with its particle', () => {
  it.each([
    ['a French particle', 'In his second book, de Vorqueville praised local associations.', 'Person:de Vorqueville'],
    ['a Dutch double particle', 'The save by van der Marsk kept the lead.', 'Person:van der Marsk'],
  ])('keeps %s and reads a person', (_case, text, name) => {
    expect(typedEntityNames(text)).toContain(name);
  });

  it('leaves a particle inside a longer name alone', () => {
    expect(typedEntityNames('The museum stands on the Paseo de Valmonte near the square.')).not.toContain('Person:de Valmonte');
  });
});
