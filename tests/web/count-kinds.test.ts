import { describe, expect, it } from 'vitest';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import { toShownCells } from '../../web/graph/count-kinds.ts';

const person = (id: string) => ({ id, name: id, type: 'Person' as const });
const cell = (speaker: string, subject: string, direct: number, indirect: number): SaidAboutCell => ({
  speaker: person(speaker),
  subject: person(subject),
  count: direct + indirect,
  direct,
  indirect,
});

describe('toShownCells', () => {
  const cells = [cell('a', 'b', 2, 3), cell('a', 'c', 0, 4), cell('c', 'b', 1, 0)];

  it('counts both kinds when reported statements are included', () => {
    expect(toShownCells(cells, true).map((each) => each.count)).toEqual([5, 4, 1]);
  });

  it('counts only quotes in quotation marks without them, leaving out pairs with none', () => {
    expect(toShownCells(cells, false).map((each) => [each.speaker.id, each.subject.id, each.count])).toEqual([
      ['a', 'b', 2],
      ['c', 'b', 1],
    ]);
  });
});
