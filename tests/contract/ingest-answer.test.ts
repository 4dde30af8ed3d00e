import { describe, expect, expectTypeOf, it } from 'vitest';
import { ingestRequestSchema, type ArticleOutcome as AnsweredOutcome } from '../../contract/ingest.ts';
import { ARTICLE_FORMATS } from '../../ingest/article.ts';
import type { ArticleOutcome } from '../../ingest/index.ts';

// ingest may not import the contract, so its types and the contract's are held together here
describe('the ingest route and the ingest pipeline', () => {
  it('answer each article with exactly the outcome the pipeline reports', () => {
    expectTypeOf<ArticleOutcome>().toEqualTypeOf<AnsweredOutcome>();
  });

  it('take exactly the formats the pipeline reads', () => {
    expect(ingestRequestSchema.shape.articles.element.shape.format.unwrap().options).toEqual([...ARTICLE_FORMATS]);
  });
});
