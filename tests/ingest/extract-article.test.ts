import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { extractArticle } from '../../ingest/extract-article.ts';
import { extractionSchema } from '../../model/extraction.ts';
import type { Article } from '../../ingest/article.ts';

const text = [
  'Harbor City Council Delays Vote on Ferry Contract',
  '',
  'PORTLAND, Maine — 2024-05-14 The Federal Emergency Management Agency (FEMA) sent inspectors to the harbor, and Gov. Janet Mills said the state would cooperate.',
  '',
  '“We will not let the ferry service fail,” Mills said on Tuesday.',
  '',
  'A spokesperson for the Coast Guard said, “Inspections continue through the summer months.”',
  '',
  'Marta Quinlan, a spokeswoman for FEMA, told reporters the agency had “nothing further to add at this time.” Quinlan added that crews would return.',
].join('\n');
const article: Article = { source: 'harbor.txt', format: 'txt', text };

describe('extractArticle', () => {
  const extraction = extractArticle(article);

  it('returns an extraction that the schema accepts', () => {
    expect(() => extractionSchema.parse(extraction)).not.toThrow();
  });

  it('identifies the document by the sha256 of its text, with headline, ISO date and source', () => {
    expect(extraction.document).toEqual({
      id: createHash('sha256').update(text).digest('hex'),
      title: 'Harbor City Council Delays Vote on Ferry Contract',
      date: '2024-05-14',
      source: 'harbor.txt',
    });
  });

  it('gives the same output for the same article every time', () => {
    expect(extractArticle(article)).toEqual(extraction);
  });

  it('joins an acronym defined in parentheses to its agency', () => {
    const fema = extraction.entities.find((e) => e.id === 'agency:fema');
    expect(fema?.name).toBe('Federal Emergency Management Agency');
    expect(fema?.aliases).toContain('FEMA');
  });

  it('splits the title from the name and joins the surname to the full name', () => {
    const mills = extraction.entities.find((e) => e.id === 'person:janet-mills');
    expect(mills?.aliases).toEqual(expect.arrayContaining(['Mills', 'Gov. Janet Mills']));
    expect(extraction.relations).toContainEqual(expect.objectContaining({
      subject: 'person:janet-mills', predicate: 'AFFILIATED_WITH', object: 'place:maine', role: 'Governor',
    }));
  });

  it('attributes each quote and reported statement to its speaker, through a spokesperson when one speaks for a body', () => {
    const bySpeaker = extraction.quotes.map((q) => [q.kind, q.text.split(' ').slice(0, 3).join(' '), q.speaker, q.via]);
    expect(bySpeaker).toEqual([
      ['direct', 'We will not', 'person:janet-mills', null],
      ['direct', 'Inspections continue through', 'agency:uscg', 'spokesperson'],
      ['direct', 'nothing further to', 'person:marta-quinlan', null],
      ['indirect', 'the state would', 'person:janet-mills', null],
      ['indirect', 'reporters the agency', 'person:marta-quinlan', null],
      ['indirect', 'crews would return', 'person:marta-quinlan', null],
    ]);
  });

  it('points every offset at the text it names', () => {
    for (const entity of extraction.entities) {
      for (const mention of entity.mentions) {
        const surface = text.slice(mention.start, mention.end);
        expect([entity.name, ...entity.aliases].some((name) => name.includes(surface) || surface.includes(name))).toBe(true);
      }
    }
    for (const quote of extraction.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
