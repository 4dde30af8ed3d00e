import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../../ingest/nlp/find-publication-date.ts';

const BODY = 'Headline of the day\n\nThe council met on Tuesday.\n\n' + 'The vote was close. '.repeat(30) + 'The raid on March 3, 2019 was recalled, and so was 2018-04-05.';

describe('findPublicationDate', () => {
  it.each([
    ['the article:published_time meta tag', 'html', 'page.html', '<meta property="article:published_time" content="2016-09-12T10:31:00-04:00"><p>On 2015-01-02 …</p>', '2016-09-12'],
    ['a meta name="date" tag', 'html', 'page.html', "<meta content='Sept. 14, 2016' name='date'><p>Text</p>", '2016-09-14'],
    ['JSON-LD datePublished', 'html', 'page.html', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-07-21T08:00:00Z"}</script>', '2017-07-21'],
    ['a <time datetime> element', 'html', 'page.html', '<h1>News</h1><time datetime="2020-03-05">March 5</time>', '2020-03-05'],
    ['YAML front matter', 'md', 'post.md', '---\ntitle: Floods\ndate: 2021-06-30\n---\n# Floods\n', '2021-06-30'],
    ['a date in the file name', 'txt', '/archive/breitbart_2016-09-12_stealth-over-health.txt', BODY, '2016-09-12'],
    ['a compact date in the file name', 'txt', '20160912-story.txt', BODY, '2016-09-12'],
    ['a dateline at the top', 'txt', 'story.txt', 'WASHINGTON, Sept. 12, 2016 — The Senate voted.', '2016-09-12'],
    ['a day-first date at the top', 'txt', 'story.txt', 'Report\n21 July 2017\nText.', '2017-07-21'],
    ['a "Published" line at the top', 'txt', 'story.txt', 'Report\nPublished 2019-07-25 in Denver.', '2019-07-25'],
  ])('takes %s', (_case, format, source, text, date) => {
    expect(findPublicationDate({ source, format, text }, text)).toBe(date);
  });

  it.each([
    ['a date mentioned only in the body', 'story.txt', BODY],
    ['a date without a year', 'story.txt', 'Report\nOn July 25 the Pentagon spoke.'],
    ['an impossible date', 'story.txt', 'Report\nCode 2019-13-45 here.'],
    ['digits of a hash in the file name', '000_e5a6390539418af2.txt', 'Report\nText.'],
  ])('gives null for %s', (_case, source, text) => {
    expect(findPublicationDate({ source, format: 'txt', text }, text)).toBeNull();
  });

  it('prefers the page metadata to a date written in the header', () => {
    const html = '<meta property="article:published_time" content="2016-09-12"><p>Friday, July 21, 2017</p>';
    expect(findPublicationDate({ source: 'page.html', format: 'html', text: html }, html)).toBe('2016-09-12');
  });
});
