import { describe, expect, it } from 'vitest';
import { doubtsSpeaker, keepsClause } from '../../../ingest/stages/statement-clauses.ts';
import type { ClauseModel, Features } from '../../../ingest/stages/statement-clauses.ts';

// A model whose three probabilities are read straight from three features' logits.
const logit = (p: number) => Math.log(p / (1 - p));
const model = (combine: 'and' | 'sum'): ClauseModel => ({
  statement: { bias: 0, weights: new Map([['s', 1]]) },
  named: { bias: 0, weights: new Map([['n', 1]]) },
  speaker: { bias: 0, weights: new Map([['r', 1]]) },
  doubt: { bias: 0, weights: new Map([['r', 1]]) },
  speakerDoubt: 0.35,
  statementMin: 0.6,
  attributedMin: 0.2,
  combine,
  cues: new Map(),
  anchors: new Map(),
});
const clause = (statement: number, named: number, right: number): Features => new Map([['s', logit(statement)], ['n', logit(named)], ['r', logit(right)]]);

describe('keepsClause', () => {
  it('keeps a likely statement whose speaker is likely right either way', () => {
    expect(keepsClause(model('and'), clause(0.9, 0.8, 0.9)).keep).toBe(true);
    expect(keepsClause(model('sum'), clause(0.9, 0.8, 0.9)).keep).toBe(true);
  });

  it('drops an unlikely statement either way', () => {
    expect(keepsClause(model('and'), clause(0.2, 0.8, 0.9)).keep).toBe(false);
    expect(keepsClause(model('sum'), clause(0.2, 0.8, 0.9)).keep).toBe(false);
  });

  it('lets a very likely statement whose source the score will not ask for make up for its speaker only when margins add', () => {
    // "He criticized …": almost surely a statement, its source a pronoun the gold leaves unnamed.
    const pronoun = clause(0.85, 0.1, 0.5);
    expect(keepsClause(model('and'), pronoun).keep).toBe(false);
    expect(keepsClause(model('sum'), pronoun).keep).toBe(true);
  });

  it('gives the statement probability as the confidence', () => {
    expect(keepsClause(model('sum'), clause(0.7, 0.5, 0.5)).probability).toBeCloseTo(0.7, 5);
  });
});

describe('doubtsSpeaker', () => {
  it('drops a speaker the first speaker model rates below the limit, and keeps one it rates above', () => {
    expect(doubtsSpeaker(model('sum'), clause(0.9, 0.8, 0.2))).toBe(true);
    expect(doubtsSpeaker(model('sum'), clause(0.9, 0.8, 0.6))).toBe(false);
  });

  it('doubts no speaker under a table written before speakers were doubted (no limit: 0)', () => {
    expect(doubtsSpeaker({ ...model('sum'), speakerDoubt: 0 }, clause(0.9, 0.8, 0.01))).toBe(false);
  });
});
