import { describe, expect, it } from 'vitest';
import { shortenLabel } from '../../web/graph/short-labels.ts';

describe('shortenLabel', () => {
  it.each([
    ['a short name as it is', 'Coast Guard', [], 'Coast Guard'],
    ['an acronym among the aliases first', 'Federal Emergency Management Agency', ['Federal Emergency Management', 'FEMA'], 'FEMA'],
    ['long words abbreviated', 'National Security Council', [], "Nat'l Security Council"],
    ['the middle cut, keeping the distinctive last word', 'Department of Housing and Urban Development', [], 'Dept. of … Development'],
    ['an all-lower alias not taken for an acronym', 'Environmental Protection Agency', ['epa'], 'Environmental … Agency'],
    ['one endless word cut with an ellipsis', 'Supercalifragilisticexpialidocious', [], 'Supercalifragilistice…'],
  ])('gives %s', (_case, name, aliases, expected) => {
    const label = shortenLabel(name, aliases);
    expect(label).toBe(expected);
    expect(label.length).toBeLessThanOrEqual(22);
  });

  it('tells apart three departments that a cut at the end would all read "Department of …"', () => {
    const names = ['Department of Homeland Security', 'Department of Justice', 'Department of Housing and Urban Development'];
    const labels = names.map((name) => shortenLabel(name));
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label).not.toMatch(/of …$/);
  });
});
