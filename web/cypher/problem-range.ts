/** Where in the typed text a problem lies: offsets into it, `to` after `from`. */
export interface ProblemRange {
  from: number;
  to: number;
}

const POSITION = /\bline (\d+), column (\d+)/i;

/**
 * Returns the stretch of `text` that the server's message points at. The server reads the query
 * trimmed and counts lines and columns from 1, so a position is shifted past any leading
 * whitespace and covers the word there; a message with no position covers the whole query.
 * @example findProblemRange('Invalid Cypher at line 1, column 17: ...', 'MATCH (n:Person RETURN n') // { from: 16, to: 22 }
 */
export function findProblemRange(message: string, text: string): ProblemRange {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const whole = { from: start, to: Math.max(start, end) };
  const match = POSITION.exec(message);
  if (!match) return whole;
  const offset = toOffset(text.slice(start, end), Number(match[1]), Number(match[2]));
  if (offset === undefined) return whole;
  const from = start + offset;
  if (from >= end) return { from: Math.max(start, end - 1), to: end };
  const word = /^[\p{L}\p{N}_$`]+/u.exec(text.slice(from, end));
  return { from, to: from + Math.max(1, word?.[0].length ?? 1) };
}

// the offset of a 1-based line and column, or undefined when the text has no such line
function toOffset(text: string, line: number, column: number): number | undefined {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  const before = lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0);
  return before + Math.min(Math.max(column - 1, 0), lines[line - 1]!.length);
}
