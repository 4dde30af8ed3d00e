import { describe, it, expect } from 'vitest';
import { generateArticles } from '../../bench/synthetic/generate-articles.ts';

const QUOTE = /["“][^"“”\n]{3,}(?:["”]|\n)/g;

describe('generateArticles', () => {
  it('writes the same articles for the same seed', () => {
    expect([...generateArticles(20, { seed: 42 })]).toEqual([...generateArticles(20, { seed: 42 })]);
  });

  it('writes different articles for another seed', () => {
    const [first] = generateArticles(1, { seed: 1 });
    const [other] = generateArticles(1, { seed: 2 });
    expect(first!.text).not.toBe(other!.text);
  });

  it('produces exactly the requested count, with unique names and texts', () => {
    const articles = [...generateArticles(250, { seed: 7 })];
    expect(articles).toHaveLength(250);
    expect(new Set(articles.map((article) => article.name)).size).toBe(250);
    expect(new Set(articles.map((article) => article.text)).size).toBe(250);
  });

  it.each([1, 2, 3, 99])('gives each article of seed %i a dateline, two quotes or more and an acronym in parentheses', (seed) => {
    for (const { text } of generateArticles(25, { seed })) {
      expect(text).toMatch(/^[A-Z][A-Z ]+, Westmarch — /m);
      expect(text.match(QUOTE)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/ \(([A-Z]{2,6})\).*\b\1\b/s);
    }
  });

  it('keeps every article between 6 and 12 paragraphs after its headline and date', () => {
    for (const { text } of generateArticles(200, { seed: 5 })) {
      const paragraphs = text.trim().split('\n\n').slice(1);
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(paragraphs.length).toBeLessThanOrEqual(12);
    }
  });
});
