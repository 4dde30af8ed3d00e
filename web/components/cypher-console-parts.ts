import { h } from '../dom.ts';
import { EXAMPLE_QUERIES } from '../cypher/example-queries.ts';

/** The console's elements, built once; cypher-console.ts wires them. */
export type ConsoleParts = ReturnType<typeof createConsoleParts>;

/** Returns the console's elements: toggle, examples and history menus, the editor's box, params box, run, CSV, output. */
export function createConsoleParts() {
  const toggle = h('button', { type: 'button', class: 'console-toggle', 'aria-expanded': 'false', 'aria-controls': 'console-body' }, [
    h('span', { class: 'console-chevron', 'aria-hidden': 'true' }),
    'Cypher query',
    h('span', { class: 'muted' }, [' · read-only']),
  ]);
  const examples = h('select', { class: 'console-select', 'aria-label': 'Example queries' }, [
    h('option', { value: '' }, ['Examples…']),
    ...EXAMPLE_QUERIES.map((example, index) => h('option', { value: String(index) }, [example.title])),
  ]);
  const history = h('select', { class: 'console-select', 'aria-label': 'Queries run before' });
  // cypher-console.ts mounts the CodeMirror editor in here
  const editorBox = h('div', { class: 'console-input' });
  const params = h('textarea', {
    class: 'console-params',
    spellcheck: 'false',
    'aria-label': 'Query parameters as JSON',
    rows: 2,
    placeholder: '{"name": "Hollis Brandvold"}  (used as $name)',
  });
  const paramsBox = h('details', { class: 'console-params-box' }, [h('summary', {}, ['Parameters (JSON)']), params]);
  const run = h('button', { type: 'submit', class: 'button button-primary' }, ['Run']);
  const csv = h('button', { type: 'button', class: 'button', disabled: true, title: 'Download the rows as CSV' }, ['CSV']);
  const hint = h('span', { class: 'muted console-hint' }, [
    h('kbd', {}, ['Ctrl']),
    '/',
    h('kbd', {}, ['⌘']),
    '+',
    h('kbd', {}, ['Enter']),
    ' run · ',
    h('kbd', {}, ['Esc']),
    ' ',
    h('kbd', {}, ['Tab']),
    ' leave',
  ]);
  hint.title = 'Ctrl or Cmd + Enter runs the query. Tab indents in the editor; press Escape, then Tab, to move on.';
  const form = h('form', { class: 'console-form' }, [
    h('div', { class: 'console-menus' }, [examples, history]),
    editorBox,
    paramsBox,
    h('div', { class: 'console-actions' }, [run, csv, hint]),
  ]);
  const output = h('div', { class: 'console-output', 'aria-live': 'polite' });
  const body = h('div', { id: 'console-body', class: 'console-body', hidden: true }, [form, output]);
  return { toggle, examples, history, editorBox, params, paramsBox, run, csv, form, output, body };
}

/** Fills the history menu with the queries run before, latest first. */
export function fillHistory(select: HTMLSelectElement, queries: readonly string[]): void {
  select.replaceChildren(
    h('option', { value: '' }, [queries.length === 0 ? 'History (empty)' : `History (${queries.length})…`]),
    ...queries.map((query) => h('option', { value: query, title: query }, [query.replaceAll(/\s+/g, ' ').slice(0, 70)])),
  );
  select.disabled = queries.length === 0;
}

/** Returns an inline error: its code in bold, the message in monospace. */
export function createConsoleError(code: string, message: string): HTMLElement {
  return h('p', { class: 'console-error', role: 'alert' }, [h('strong', {}, [code]), h('span', { class: 'console-error-message' }, [message])]);
}
