import { describe, it, expect } from 'vitest';
import { cleanText } from '../../../ingest/stages/02-clean-text.ts';
import type { ArticleFormat } from '../../../ingest/article.ts';

const clean = (text: string, format: ArticleFormat = 'txt') => cleanText({ source: 'a', format, text });

describe('cleanText', () => {
  it.each([
    ['the first meaningful line', '\n\nCouncil Delays Vote\n\nBody text here.', 'Council Delays Vote'],
    ['a headline without its full stop', 'Corvin Plan for Roads Is Bold but Costly.\n\nBody.', 'Corvin Plan for Roads Is Bold but Costly'],
    ['the line after scraped boilerplate', 'Skip to main content\n52 views\nGovernor Bans Data Sharing\nText.', 'Governor Bans Data Sharing'],
    ['the line after a date tag', ' date 2020-03-05 ICE ramps up its operations in Denver.', 'ICE ramps up its operations in Denver'],
    ['the heading of a markdown file', '# Floods in the Valley\n\nText.', 'Floods in the Valley'],
  ])('takes as title %s', (_case, text, title) => {
    expect(clean(text, text.startsWith('#') ? 'md' : 'txt').title).toBe(title);
  });

  it.each([
    ['an ISO date', 'Report\nPublished 2019-07-25 in Denver.', '2019-07-25'],
    ['a written date near the top', 'Report\nFriday, July 21, 2017\nText.', '2017-07-21'],
    ['no date when none has a year', 'Report\nOn July 25 the Pentagon spoke.', null],
    ['no date for an impossible one', 'Report\nCode 2019-13-45 here.', null],
  ])('finds %s', (_case, text, date) => {
    expect(clean(text).date).toBe(date);
  });

  it('blanks HTML tags, scripts and entities but keeps every offset', () => {
    const html = '<html><script>var x = "no";</script><h1>Big News</h1><p>Gov. Jonah Corvin &amp; aides spoke.</p></html>';
    const result = clean(html, 'html');
    expect(result.text).toHaveLength(html.length);
    expect(result.text).not.toContain('<');
    expect(result.text).not.toContain('var x');
    expect(result.title).toBe('Big News');
    const at = result.text.indexOf('Jonah Corvin');
    expect(html.slice(at, at + 12)).toBe('Jonah Corvin');
  });

  it('reads an opening quote or accent between letters as an apostrophe, keeping every offset', () => {
    const text = 'Ada Marsh‘s plan and Ben`s reply; ‘a quote’ stays.';
    const cleaned = clean(text);
    expect(cleaned.text).toBe('Ada Marsh’s plan and Ben’s reply; ‘a quote’ stays.');
    expect(cleaned.text).toHaveLength(text.length);
  });

  it('splits paragraphs at line breaks, skipping blank lines', () => {
    const text = 'One.\n\n  Two.\nThree.';
    expect(clean(text).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('cleanText on HTML pages', () => {
  it.each([
    ['its first heading', '<html><head><title>Site | Story</title></head><body><nav>Home News</nav><h1>Floods <em>Hit</em> Town</h1><p>Text.</p></body></html>', 'Floods Hit Town'],
    ['its title when it has no heading', '<html><head><title>Council &amp; Mayor Agree</title></head><body><p>Text.</p></body></html>', 'Council & Mayor Agree'],
  ])('takes as title %s', (_case, html, title) => {
    expect(cleanText({ source: 'a.html', format: 'html', text: html }).title).toBe(title);
  });
});
