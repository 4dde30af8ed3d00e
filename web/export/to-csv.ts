import type { QueryResult } from '../../contract/cypher.ts';
import { formatCell } from '../components/result-table.ts';

/**
 * Returns the rows of a Cypher answer as CSV (RFC 4180): a header of the columns, then one line per
 * row, cells written as the result table shows them but never clipped; fields with commas, quotes or
 * line breaks are quoted.
 * @example toCsv({ columns: ['name'], rows: [{ name: 'Ada, Countess' }], ... }) // 'name\r\n"Ada, Countess"\r\n'
 */
export function toCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const lines = [result.columns.map(escapeField)];
  for (const row of result.rows) lines.push(result.columns.map((column) => escapeField(toCellText(row[column]))));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

function toCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return formatCell(value, { clip: false });
}

function escapeField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
