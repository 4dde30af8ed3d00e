import { describe, expect, it } from 'vitest';
import { findCollidingLabels } from '../../web/graph/label-collisions.ts';
import type { LabelBox } from '../../web/graph/label-collisions.ts';

const box = (id: string, x: number, y: number, priority: number, width = 100): LabelBox => ({ id, x1: x, y1: y, x2: x + width, y2: y + 14, priority });

describe('findCollidingLabels', () => {
  it('hides the less mentioned of two overlapping labels', () => {
    expect(findCollidingLabels([box('minor', 50, 5, 1), box('major', 0, 0, 9)])).toEqual(new Set(['minor']));
  });

  it('keeps labels that are apart, even in neighbouring grid cells', () => {
    expect(findCollidingLabels([box('a', 0, 0, 1), box('b', 110, 0, 1), box('c', 0, 30, 1)])).toEqual(new Set());
  });

  it('lets a label hidden by a stronger one not hide a third that only it overlapped', () => {
    // b overlaps a and c; once b is hidden, c has room
    const hidden = findCollidingLabels([box('a', 0, 0, 3), box('b', 90, 0, 2), box('c', 180, 0, 1)]);
    expect(hidden).toEqual(new Set(['b']));
  });

  it('hides all but one of three nodes reading "Department of …" stacked on one spot', () => {
    const hidden = findCollidingLabels([box('d1', 0, 0, 5), box('d2', 4, 6, 4), box('d3', 8, 12, 3)]);
    expect(hidden).toEqual(new Set(['d2', 'd3']));
  });

  it('places 5,000 labels in well under a frame budget of a layout', () => {
    const boxes = Array.from({ length: 5000 }, (_, index) => box(`n${index}`, (index * 37) % 4000, (index * 53) % 3000, index % 17));
    const start = performance.now();
    const hidden = findCollidingLabels(boxes);
    expect(performance.now() - start).toBeLessThan(500);
    expect(hidden.size).toBeGreaterThan(0);
    expect(hidden.size).toBeLessThan(boxes.length);
  });
});

describe('findCollidingLabels with node bodies', () => {
  it('hides a label drawn across a more mentioned node, but not one touching its own node', () => {
    const bodies = [
      { owner: 'a', priority: 1, x1: 0, y1: -30, x2: 30, y2: 0 },
      { owner: 'b', priority: 9, x1: 200, y1: -10, x2: 230, y2: 20 },
    ];
    const hidden = findCollidingLabels([box('a', -20, 0, 1), box('c', 180, 0, 5)], bodies);
    expect(hidden).toEqual(new Set(['c']));
  });

  it("lets a hub's label cover a less mentioned node", () => {
    const hidden = findCollidingLabels([box('hub', 0, 0, 9)], [{ owner: 'leaf', priority: 1, x1: 40, y1: 0, x2: 60, y2: 20 }]);
    expect(hidden).toEqual(new Set());
  });
});
