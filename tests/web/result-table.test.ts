import { describe, expect, it } from 'vitest';
import { formatCell } from '../../web/components/result-table.ts';

describe('formatCell', () => {
  it.each([
    ['a missing value', null, '—'],
    ['a number', 42, '42'],
    ['a list of strings', ['Halvorsen', 'Gov. Halvorsen'], 'Halvorsen, Gov. Halvorsen'],
    [
      'a node, by its name and label',
      { id: 'person:imogen-halvorsen', labels: ['Person'], properties: { name: 'Imogen Halvorsen' } },
      'Imogen Halvorsen (Person)',
    ],
    [
      'a document node, by its title',
      { id: 'd1', labels: ['Document'], properties: { title: 'Flood forces evacuations' } },
      'Flood forces evacuations (Document)',
    ],
    ['a node with no name, by its id', { id: 'quote:1', labels: ['Quote'], properties: {} }, 'quote:1 (Quote)'],
    ['a relationship, by its type', { id: 'r1', type: 'SAID_ABOUT', start: 'a', end: 'b', properties: {} }, '[:SAID_ABOUT]'],
    ['any other object, as JSON', { count: 2 }, '{"count":2}'],
  ])('shows %s as readable text', (_case, value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });

  it('cuts a long text and marks the cut with an ellipsis', () => {
    const cell = formatCell('word '.repeat(100));

    expect(cell.length).toBeLessThanOrEqual(161);
    expect(cell.endsWith('…')).toBe(true);
  });
});
