const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** How far into the readable text a dateline or a "Published …" line may sit: the header, not the body. */
const HEAD_CHARACTERS = 400;

function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** "Sept", "Sep.", "September" → 9; 0 for a word that is not a month. */
function monthNumber(word: string): number {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(name)) + 1;
}

/** The first valid YYYY-MM-DD (or YYYY/MM/DD, or a timestamp's date part) in a string. */
function findIsoDate(text: string): string | null {
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/g)) {
    const date = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return date;
  }
  return null;
}

/** The first written date: "July 21, 2017", "Sept. 12, 2016", "21 July 2017". */
function findWrittenDate(text: string): string | null {
  const monthFirst = /\b([A-Z][a-z]{2,8}\.?) (\d{1,2}),? ((?:19|20)\d\d)\b/g;
  const dayFirst = /\b(\d{1,2}) ([A-Z][a-z]{2,8}\.?),? ((?:19|20)\d\d)\b/g;
  const found = [
    ...[...text.matchAll(monthFirst)].map((m) => ({ at: m.index, date: toIsoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2])) })),
    ...[...text.matchAll(dayFirst)].map((m) => ({ at: m.index, date: toIsoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1])) })),
  ];
  return found.filter((candidate) => candidate.date).sort((a, b) => a.at - b.at)[0]?.date ?? null;
}

/** What a page's markup says about when it was published: meta tags, JSON-LD, a <time> element. */
function findHtmlDate(html: string): string | null {
  const meta = /<meta\b[^>]*\b(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date|dcterms\.date|sailthru\.date|parsely-pub-date)["'][^>]*>/gi;
  for (const tag of html.matchAll(meta)) {
    const content = /\bcontent=["']([^"']+)["']/i.exec(tag[0])?.[1];
    const date = content ? findIsoDate(content) ?? findWrittenDate(content) : null;
    if (date) return date;
  }
  const jsonLd = /"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1];
  if (jsonLd && findIsoDate(jsonLd)) return findIsoDate(jsonLd);
  const time = /<time\b[^>]*\bdatetime=["']([^"']+)["']/i.exec(html)?.[1];
  return time ? findIsoDate(time) : null;
}

/** `date:` (or `published:`) in YAML front matter at the very top of a file. */
function findFrontMatterDate(text: string): string | null {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  const line = frontMatter ? /^(?:date|published|pubdate|published_at)\s*:\s*["']?([^\n"']+)/im.exec(frontMatter)?.[1] : undefined;
  return line ? findIsoDate(line) ?? findWrittenDate(line) : null;
}

/** A date in the file's name, as archives name their files: `breitbart_2016-09-12_title.txt`, `20160912-title.md`. */
function findFileNameDate(source: string): string | null {
  const name = source.split(/[\\/]/).pop() ?? '';
  return findIsoDate(name);
}

/** A dateline or "Published …" line in the header of the readable text; never a date further down, in the body. */
function findHeaderDate(readableText: string): string | null {
  const head = readableText.trimStart().slice(0, HEAD_CHARACTERS);
  return findIsoDate(head) ?? findWrittenDate(head);
}

/**
 * The article's publication date (YYYY-MM-DD), from the most reliable place that has one: the page's
 * metadata, the file's front matter, its file name, then its header; null when none says. A date the
 * body merely mentions ("the raid on March 3, 2019") is never taken.
 */
export function findPublicationDate(article: { source: string; format: string; text: string }, readableText: string): string | null {
  return (
    (article.format === 'html' ? findHtmlDate(article.text) : null) ??
    findFrontMatterDate(article.text) ??
    findFileNameDate(article.source) ??
    findHeaderDate(readableText)
  );
}
