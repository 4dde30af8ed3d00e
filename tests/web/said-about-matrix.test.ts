import { describe, expect, it } from 'vitest';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import { toSaidAboutMatrix } from '../../web/graph/said-about-matrix.ts';

const person = (id: string) => ({ id, name: id, type: 'Person' as const });
const cell = (speaker: string, subject: string, count: number): SaidAboutCell => ({ speaker: person(speaker), subject: person(subject), count, direct: count, indirect: 0 });

describe('toSaidAboutMatrix', () => {
  const cells = [cell('ann', 'bob', 5), cell('ann', 'cy', 2), cell('dee', 'bob', 3), cell('eve', 'fay', 1), cell('dee', 'ann', 1)];

  it('ranks speakers and subjects by their statements and sums each pair', () => {
    const matrix = toSaidAboutMatrix(cells, { rows: 5, columns: 5 });
    expect(matrix.speakers.map((entity) => entity.id)).toEqual(['ann', 'dee', 'eve']);
    expect(matrix.subjects.map((entity) => entity.id)).toEqual(['bob', 'cy', 'ann', 'fay']);
    expect(matrix.counts[0]).toEqual([5, 2, 0, 0]);
    expect(matrix.max).toBe(5);
    expect(matrix.hidden).toEqual({ speakers: 0, subjects: 0, statements: 0 });
  });

  it('counts what the top rows and columns leave out', () => {
    const matrix = toSaidAboutMatrix(cells, { rows: 2, columns: 1 });
    expect(matrix.counts).toEqual([[5], [3]]);
    expect(matrix.hidden).toEqual({ speakers: 1, subjects: 3, statements: 4 });
  });
});
