import type { SaidAboutCell } from '../../contract/said-about.ts';

type Named = SaidAboutCell['speaker'];

/** Who said what about whom, aggregated: the top speakers as rows, the top subjects as columns. */
export interface SaidAboutMatrix {
  speakers: Named[];
  subjects: Named[];
  /** counts[row][column]: statements of that speaker about that subject. */
  counts: number[][];
  /** The largest count, which gets the darkest cell. */
  max: number;
  /** What the rows and columns leave out, to say so under the matrix. */
  hidden: { speakers: number; subjects: number; statements: number };
}

/**
 * Returns the matrix of the `rows` speakers and `columns` subjects with the most statements among
 * the cells; what falls outside is counted in `hidden`.
 * @example toSaidAboutMatrix(cells, { rows: 12, columns: 12 }).counts[0][0] // the top speaker on the top subject
 */
export function toSaidAboutMatrix(cells: readonly SaidAboutCell[], size: { rows: number; columns: number }): SaidAboutMatrix {
  const speakers = rankBy(cells, (cell) => cell.speaker);
  const subjects = rankBy(cells, (cell) => cell.subject);
  const rows = speakers.slice(0, size.rows);
  const columns = subjects.slice(0, size.columns);
  const rowAt = new Map(rows.map((entity, index) => [entity.id, index]));
  const columnAt = new Map(columns.map((entity, index) => [entity.id, index]));
  const counts = rows.map(() => columns.map(() => 0));
  let shown = 0;
  let total = 0;
  for (const cell of cells) {
    total += cell.count;
    const [row, column] = [rowAt.get(cell.speaker.id), columnAt.get(cell.subject.id)];
    if (row === undefined || column === undefined) continue;
    counts[row]![column]! += cell.count;
    shown += cell.count;
  }
  return {
    speakers: rows,
    subjects: columns,
    counts,
    max: Math.max(0, ...counts.flat()),
    hidden: { speakers: speakers.length - rows.length, subjects: subjects.length - columns.length, statements: total - shown },
  };
}

// entities by their statements on that side, most first; ties by name, so the order is stable
function rankBy(cells: readonly SaidAboutCell[], side: (cell: SaidAboutCell) => Named): Named[] {
  const totals = new Map<string, { entity: Named; count: number }>();
  for (const cell of cells) {
    const entity = side(cell);
    const entry = totals.get(entity.id) ?? { entity, count: 0 };
    entry.count += cell.count;
    totals.set(entity.id, entry);
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)).map((entry) => entry.entity);
}
