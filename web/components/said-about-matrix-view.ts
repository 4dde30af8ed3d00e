import type { SaidAboutCell } from '../../contract/said-about.ts';
import { h } from '../dom.ts';
import { toSaidAboutMatrix } from '../graph/said-about-matrix.ts';
import type { SaidAboutMatrix } from '../graph/said-about-matrix.ts';

type Named = SaidAboutCell['speaker'];

/** The speakers × subjects matrix, as many of each as fit a screen without scrolling far. */
export const MATRIX_SIZE = { rows: 15, columns: 12 };

/** What a click in the matrix chooses. */
export interface SaidAboutMatrixHandlers {
  /** A cell: the quotes of that speaker about that subject. */
  onCell(speaker: Named, subject: Named, count: number): void;
  /** A row or column heading: who-said-what narrowed to that speaker or subject. */
  onSpeaker(speaker: Named): void;
  onSubject(subject: Named): void;
}

/**
 * Draws the cells as a table into `root`: a row per top speaker, a column per top subject, each cell
 * shaded by its count and a button listing its quotes; under it, what the table leaves out and how to see it.
 */
export function drawSaidAboutMatrix(root: HTMLElement, cells: readonly SaidAboutCell[], handlers: SaidAboutMatrixHandlers): SaidAboutMatrix {
  const matrix = toSaidAboutMatrix(cells, MATRIX_SIZE);
  const heading = (entity: Named, side: 'speaker' | 'subject'): HTMLElement => {
    const button = h('button', { type: 'button', class: 'matrix-entity', title: `Only what ${side === 'speaker' ? `${entity.name} said` : `was said about ${entity.name}`}` }, [entity.name]);
    button.addEventListener('click', () => (side === 'speaker' ? handlers.onSpeaker(entity) : handlers.onSubject(entity)));
    return button;
  };
  const head = h('tr', {}, [
    h('th', { class: 'matrix-corner', scope: 'col' }, [h('span', {}, ['speaker ↓ · about →'])]),
    ...matrix.subjects.map((subject) => h('th', { scope: 'col', class: 'matrix-subject', 'data-entity-id': subject.id }, [heading(subject, 'subject')])),
  ]);
  const rows = matrix.speakers.map((speaker, row) =>
    h('tr', {}, [
      h('th', { scope: 'row', class: 'matrix-speaker', 'data-entity-id': speaker.id }, [heading(speaker, 'speaker')]),
      ...matrix.subjects.map((subject, column) => drawCell(speaker, subject, matrix.counts[row]![column]!, matrix.max, handlers)),
    ]),
  );
  root.replaceChildren(
    h('table', { class: 'said-about-matrix-table', 'aria-label': 'Statements by speaker and subject' }, [h('thead', {}, [head]), h('tbody', {}, rows)]),
    h('p', { class: 'matrix-note muted', role: 'status' }, [describeHidden(matrix)]),
  );
  return matrix;
}

function drawCell(speaker: Named, subject: Named, count: number, max: number, handlers: SaidAboutMatrixHandlers): HTMLElement {
  if (count === 0) return h('td', { class: 'matrix-cell is-empty' });
  // square root: one busy pair would otherwise leave every other cell pale
  const shade = 0.12 + 0.78 * Math.sqrt(count / Math.max(1, max));
  const button = h('button', {
    type: 'button',
    class: 'matrix-count',
    style: `background: rgba(190, 24, 93, ${shade.toFixed(2)}); color: ${shade > 0.55 ? '#fff' : '#1f2937'}`,
    title: `${speaker.name} about ${subject.name}: ${count} statement${count === 1 ? '' : 's'}`,
    'data-speaker': speaker.id,
    'data-subject': subject.id,
  }, [String(count)]);
  button.addEventListener('click', () => handlers.onCell(speaker, subject, count));
  return h('td', { class: 'matrix-cell' }, [button]);
}

function describeHidden(matrix: SaidAboutMatrix): string {
  const { speakers, subjects, statements } = matrix.hidden;
  const shown = 'Click a number for its quotes, a name for everything said by or about it.';
  if (statements === 0) return shown;
  return `${shown} Not in the table: ${statements.toLocaleString('en')} statements of ${speakers} more speakers and about ${subjects} more subjects; search for a name, or switch to the graph, to see them.`;
}
