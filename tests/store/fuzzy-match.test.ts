import { describe, expect, it } from 'vitest';
import { closestEdits, editDistance, toCandidateProbes } from '../../store/fuzzy-match.ts';

describe('edit distance for typo-tolerant search', () => {
  it.each([
    ['polis', 'polis', 0],
    ['polis', 'police', 2],
    ['halvorsen', 'halvorson', 1],
    ['lindqvist', 'lindqivst', 1],
    ['brandvold', 'brandvol', 1],
    ['', 'abc', 3],
  ])('counts %s → %s as %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });

  it('matches a word inside a multi-word name', () => {
    expect(closestEdits('halvorson', 'imogen halvorsen\ngov. halvorsen', 2)).toBe(1);
  });

  it('probes with the start and end of the longest word, and not at all for short words', () => {
    expect(toCandidateProbes('gov halvorson')).toEqual(['hal', 'son']);
    expect(toCandidateProbes('dcr')).toEqual([]);
  });
});
