import type { QueryResult } from '../../contract/cypher.ts';
import { h } from '../dom.ts';

const MAX_CELL_CHARS = 160;

/** Returns a table of a Cypher answer's rows, with a caption that says when the answer was cut. */
export function createResultTable(result: QueryResult): HTMLElement {
  const drawn = `${result.graph.nodes.length} nodes and ${result.graph.edges.length} relationships drawn`;
  const rows = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  const caption = `${rows}${result.truncated ? ' (cut at the row limit)' : ''} · ${drawn}`;
  if (result.rows.length === 0) return h('p', { class: 'console-summary' }, ['No rows. ', drawn]);
  return h('div', { class: 'result-scroll' }, [
    h('table', { class: 'result-table' }, [
      h('caption', {}, [caption]),
      h('thead', {}, [h('tr', {}, result.columns.map((column) => h('th', { scope: 'col' }, [column])))]),
      h(
        'tbody',
        {},
        result.rows.map((row) => h('tr', {}, result.columns.map((column) => h('td', {}, [formatCell(row[column])])))),
      ),
    ]),
  ]);
}

/** Returns a short readable form of one cell: a node or edge by its name or type, lists joined; long text clipped unless told. */
export function formatCell(value: unknown, options: { clip?: boolean } = {}): string {
  const clip = options.clip === false ? (text: string) => text : clipText;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return clip(value.map((item) => formatCell(item, options)).join(', '));
  const record = value as Record<string, unknown>;
  if (Array.isArray(record['labels'])) return clip(formatNode(record));
  if (typeof record['type'] === 'string' && ('start' in record || 'source' in record)) return `[:${record['type']}]`;
  return clip(JSON.stringify(value));
}

// a node in a row: `{ id, labels, properties }`; named by the first of name, title, text
function formatNode(record: Record<string, unknown>): string {
  const labels = (record['labels'] as unknown[]).join(':');
  const properties = (record['properties'] ?? {}) as Record<string, unknown>;
  const caption = [properties['name'], properties['title'], properties['text'], record['id']].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate !== '',
  );
  return caption ? `${caption} (${labels})` : `(${labels})`;
}

function clipText(text: string): string {
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
}
