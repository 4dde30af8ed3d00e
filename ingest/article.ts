export const ARTICLE_FORMATS = ['txt', 'md', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** An article as read from disk or received over HTTP, before any extraction. */
export interface Article {
  /** Where it came from: a file path or an upload name. */
  source: string;
  format: ArticleFormat;
  /** The text exactly as read; every offset points into it. */
  text: string;
}
