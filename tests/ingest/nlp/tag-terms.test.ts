import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import nlp from 'compromise';
import { tagDocument, tagTerms } from '../../../ingest/nlp/tag-terms.ts';

const SAMPLES = new URL('../../../samples/', import.meta.url);
const samples = readdirSync(SAMPLES).filter((name) => /\.(txt|md|html)$/.test(name)).map((name) => readFileSync(new URL(name, SAMPLES), 'utf8'));

/** Every word of a compromise document with its spacing, offset and tags, in one string. */
function describeDocument(doc: ReturnType<typeof nlp>): string {
  doc.compute('offset');
  const sentences = (doc as unknown as { docs: { text: string; pre: string; post: string; tags: Set<string>; offset?: { start: number } }[][] }).docs;
  return sentences.map((terms) => terms.map((t) => `${t.pre}${t.text}${t.post}@${t.offset?.start}[${[...t.tags].sort().join(',')}]`).join('')).join('\n');
}

describe('tagDocument', () => {
  it('tags every word as nlp(text) does, without its phrase chunks', () => {
    expect(samples.length).toBeGreaterThan(5);
    for (const text of samples) expect(describeDocument(tagDocument(text))).toBe(describeDocument(nlp(text)));
  });

  it('makes an empty document of an empty text', () => {
    expect(tagTerms('')).toEqual([]);
  });
});

describe('tagTerms', () => {
  it('gives each word its offsets, tags and sentence', () => {
    const terms = tagTerms('Gov. Jonah Corvin said. He left.');
    expect(terms.map((t) => t.text)).toEqual(['Gov', 'Jonah', 'Corvin', 'said', 'He', 'left']);
    expect(terms[1]).toMatchObject({ start: 5, end: 10 });
    expect(terms[1]!.tags.has('FirstName')).toBe(true);
    expect(terms.at(-1)!.sentence).toBe(1);
  });
});
