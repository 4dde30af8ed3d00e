import { describe, expect, it } from 'vitest';
import { toRefusedOutcome } from '../../ingest/index.ts';
import { StageError, runStage } from '../../ingest/pipeline.ts';
import { AppError, ArticleInputError } from '../../model/errors.ts';

describe('ingest errors carry their codes', () => {
  it('refuses an article with its code as a field, and reports it leading the reason as before', () => {
    const error = new ArticleInputError('INGEST_EMPTY_TEXT', 'the article is empty');
    expect(error).toMatchObject({ code: 'INGEST_EMPTY_TEXT', message: 'the article is empty', status: 400 });
    expect(toRefusedOutcome('empty.txt', error)).toEqual({
      source: 'empty.txt',
      status: 'failed',
      stage: 'read',
      error: 'INGEST_EMPTY_TEXT: the article is empty',
    });
  });

  it('reports a failing stage as an AppError with INGEST_STAGE_FAILED, naming the stage and keeping the cause', () => {
    const cause = new Error('no sentences');
    const stage = { name: 'find-quotes', run: () => { throw cause; } };
    const error = (() => {
      try {
        runStage(stage, null, null);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StageError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INGEST_STAGE_FAILED', name: 'StageError', stage: 'find-quotes', message: 'stage find-quotes failed: no sentences', cause });
  });
});
