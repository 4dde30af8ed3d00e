import { readFileSync } from 'node:fs';

const DATA_FOLDER = new URL('./data/', import.meta.url);

/** The lines of a data file: trimmed, without blanks and `#` comments. */
export function readList(name: string): string[] {
  return readFileSync(new URL(name, DATA_FOLDER), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The rows of a tab-separated data file, each padded to `columns` cells. */
export function readTable(name: string, columns: number): string[][] {
  return readFileSync(new URL(name, DATA_FOLDER), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const cells = line.split('\t').map((cell) => cell.trim());
      while (cells.length < columns) cells.push('');
      return cells;
    });
}

/** The `;`-separated items of a table cell. */
export function splitCell(cell: string | undefined): string[] {
  return (cell ?? '').split(';').map((item) => item.trim()).filter(Boolean);
}
