import { describe, expect, it } from 'vitest';
import { toShortNames } from '../../../ingest/stages/04-resolve-entities.ts';
import { runToQuotes } from './helpers.fixtures.ts';

const entitiesOf = (text: string) => runToQuotes(text).resolved.entities;

describe('company names', () => {
  it.each([
    ['Mercantile Bancorp Inc.', ['Mercantile Bancorp', 'Mercantile']],
    ['Halvorsen Pharmaceuticals Inc', ['Halvorsen Pharmaceuticals']],
    ['Quillon SpA', ['Quillon']],
    ['Tessaly Times', []],
  ])('shortens %j to %j', (name, shorts) => {
    expect(toShortNames(name)).toEqual(shorts);
  });

  it('keeps the full stop of a suffix and joins the short name to the company', () => {
    const [company] = entitiesOf('Halvorsen Corp. said on Friday it would cut jobs. Halvorsen shares fell.')
      .filter((e) => e.type === 'Organization');
    expect(company?.name).toBe('Halvorsen Corp.');
    expect(company?.aliases).toContain('Halvorsen');
  });

  it('ends a company name at its suffix', () => {
    const names = entitiesOf('It bought Daniels Labs Inc of St. Petersburg for cash.').map((e) => e.name);
    expect(names).toContain('Daniels Labs Inc');
    expect(names).toContain('St. Petersburg');
  });

  it('reads two companies joined by "and"', () => {
    const names = entitiesOf('Buyers include Keystar Corp. and Banc Nine Corp. in Ohio.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Keystar Corp.', 'Banc Nine Corp.']));
  });

  it.each([
    ['a place glued to "-based"', 'The Brenmoor-based Quillon Group grew.', 'Brenmoor'],
    ['a product', 'Users of Mozilla Firefox complained.', 'Firefox'],
    ['a website', 'He wrote on Quillon.com last week.', 'Quillon.com'],
    ['a study', 'The National Salt Study found little.', 'National Salt Study'],
  ])('finds no entity for %s', (_case, text, name) => {
    expect(entitiesOf(text).flatMap((e) => [e.name, ...e.aliases])).not.toContain(name);
  });
});
