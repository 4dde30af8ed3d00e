import { describe, expect, it } from 'vitest';
import { findProblemRange } from '../../web/cypher/problem-range.ts';

const slice = (text: string, range: { from: number; to: number }): string => text.slice(range.from, range.to);

describe('findProblemRange', () => {
  it('covers the word at the line and column the server names', () => {
    const text = 'MATCH (n:Person RETURN n';
    const range = findProblemRange("Invalid Cypher at line 1, column 17: Invalid input 'RETURN'", text);

    expect(slice(text, range)).toBe('RETURN');
  });

  it('counts lines and columns in the trimmed query, as the server reads it', () => {
    const text = '\n  MATCH (n)\nWHERE n.name = \nRETURN n';
    const range = findProblemRange("Invalid Cypher at line 3, column 1: Invalid input 'RETURN'", text);

    expect(slice(text, range)).toBe('RETURN');
  });

  it.each([
    ['a message with no position', 'The Cypher endpoint is read-only: CREATE would change the graph', '  CREATE (n) RETURN n  ', 'CREATE (n) RETURN n'],
    ['a line past the end of the query', 'Invalid Cypher at line 9, column 1: unexpected end', 'MATCH (n) RETURN n', 'MATCH (n) RETURN n'],
  ])('covers the whole query for %s', (_case, message, text, expected) => {
    expect(slice(text, findProblemRange(message, text))).toBe(expected);
  });

  it('marks the last character when the position is at the very end of the query', () => {
    const text = 'MATCH (n) RETURN';
    const range = findProblemRange('Invalid Cypher at line 1, column 17: unexpected end of input', text);

    expect(range).toEqual({ from: 15, to: 16 });
  });

  it('marks one character at a position that is not a word, such as a bracket', () => {
    const text = 'MATCH (n)) RETURN n';
    const range = findProblemRange("Invalid Cypher at line 1, column 10: Invalid input ')'", text);

    expect(slice(text, range)).toBe(')');
  });
});
