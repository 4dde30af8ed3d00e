import type { Article } from '../article.ts';
import type { Span } from '../../model/extraction.ts';
import { findBoilerplate } from '../nlp/find-boilerplate.ts';
import { findPublicationDate } from '../nlp/find-publication-date.ts';
import { findSentenceEnd } from '../nlp/sentences.ts';
import type { CleanText } from './types.ts';

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** HTML with tags, scripts, styles and entities blanked; text keeps its length. */
function blankHtml(text: string): string {
  return text
    .replace(/<(script|style|nav|header|footer|aside|noscript)\b[\s\S]*?<\/\1>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    // A block tag ends a paragraph, so it becomes a line break padded to its length.
    .replace(/<\/?(p|div|br|h[1-6]|li|tr|section|article|blockquote)\b[^>]*>/gi, (tag) => `\n${' '.repeat(tag.length - 1)}`)
    .replace(/<[^>]+>/g, blank)
    .replace(/&(amp|quot|apos|nbsp|#\d+|#x[0-9a-f]+|[lr]dquo|[lr]squo|mdash|ndash);/gi, (entity) => {
      const char = { '&amp;': '&', '&quot;': '"', '&ldquo;': '“', '&rdquo;': '”', '&lsquo;': '‘', '&rsquo;': '’' }[entity.toLowerCase()] ?? ' ';
      return char.padEnd(entity.length, ' ');
    });
}

/** Markdown emphasis, heading hashes and link targets blanked. */
function blankMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]/gm, blank)
    .replace(/\]\([^)]*\)/g, (link) => ` ${blank(link.slice(1))}`)
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, blank)
    .replace(/^\s*[-*+>][ \t]/gm, blank);
}

function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) spans.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return spans;
}

/** The headline: the first meaningful line, without a trailing full stop or a leading date tag. */
function findTitle(text: string, paragraphs: Span[]): string {
  for (const span of paragraphs) {
    let line = text.slice(span.start, span.end).replace(/^date\s+\d{4}-\d{2}-\d{2}\s*/i, '').trim();
    if (line.replace(/[^\p{L}]/gu, '').length < 3) continue;
    // A first line that is a whole paragraph gives its first sentence (its dateline dropped).
    if (line.length > 150) {
      line = line.replace(/^[\p{Lu} .,]+\s[—–-]+\s/u, '');
      line = line.slice(0, findSentenceEnd(line, 0, line.length)).slice(0, 200);
    }
    return line.replace(/\.$/, '');
  }
  return '';
}

/** The headline of an HTML page: its first <h1>, else its <title>, tags and entities removed. */
function findHtmlTitle(html: string): string | null {
  const found = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html) ?? /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = found?.[1]?.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim();
  return title ? title : null;
}

/**
 * The article text made ready for reading: markup blanked, boilerplate lines blanked, paragraphs,
 * title and date found.
 */
export function cleanText(article: Article): CleanText {
  let text = article.text;
  if (article.format === 'html') text = blankHtml(text);
  if (article.format === 'md') text = blankMarkdown(text);
  for (const span of findBoilerplate(text)) {
    text = text.slice(0, span.start) + blank(text.slice(span.start, span.end)) + text.slice(span.end);
  }
  // "Trump‘s", "don`t": an opening quote or accent between letters is a mistyped apostrophe.
  text = text.replace(/(?<=\p{L})[‘`´](?=\p{L})/gu, '’');
  const paragraphs = findParagraphs(text);
  const title = (article.format === 'html' ? findHtmlTitle(article.text) : null) ?? findTitle(text, paragraphs);
  return { original: article.text, text, paragraphs, title, date: findPublicationDate(article, text) };
}
