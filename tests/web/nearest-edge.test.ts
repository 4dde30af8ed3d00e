import { describe, expect, it } from 'vitest';
import { findNearestEdge } from '../../web/graph/nearest-edge.ts';

// nodes 0 (0,0), 1 (100,0), 2 (0,100), 3 (100,100); edges 0: 0-1 (top), 1: 0-2 (left), 2: 1-3 (right), 3: 2-missing
const XY = new Float64Array([0, 0, 100, 0, 0, 100, 100, 100]);
const ENDS = new Int32Array([0, 1, 0, 2, 1, 3, 2, -1]);
const all = (): boolean => true;

describe('findNearestEdge', () => {
  it.each([
    ['a point just above the middle of the top edge', { x: 50, y: -3 }, 0],
    ['a point nearer the left edge than the top one', { x: 2, y: 40 }, 1],
    ['a point beyond the end of the right edge, within the tolerance', { x: 102, y: 103 }, 2],
    ['a point in the middle of the square, far from every edge', { x: 50, y: 50 }, -1],
    ['a point past the end of the top edge by more than the tolerance', { x: 120, y: 0 }, -1],
  ])('finds %s', (_case, point, expected) => {
    expect(findNearestEdge(XY, ENDS, all, point, 5)).toBe(expected);
  });

  it('skips an edge that is not shown and takes the nearest shown one', () => {
    expect(findNearestEdge(XY, ENDS, (edge) => edge !== 0, { x: 3, y: 3 }, 5)).toBe(1);
  });

  it('never answers an edge with a missing end', () => {
    expect(findNearestEdge(XY, ENDS, all, { x: 0, y: 101 }, 0.5)).toBe(-1);
  });
});
