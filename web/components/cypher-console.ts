import type { GraphElements } from '../../server/store/graph-store.ts';
import { ApiError } from '../api-client.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { createResultTable } from './result-table.ts';

const EXAMPLE_QUERY = 'MATCH (p:Person)-[r:SAID_ABOUT]->(o)\nRETURN p, r, o\nLIMIT 25';

/**
 * Wires the Cypher console: a read-only query box that runs on Ctrl/Cmd+Enter or the Run button,
 * shows the rows as a table, hands the graph part to `onGraph`, and shows errors inline.
 */
export function mountCypherConsole(
  root: HTMLElement,
  api: Pick<ApiClient, 'runCypher'>,
  onGraph: (graph: GraphElements) => void,
): void {
  const parts = createConsoleParts();
  root.replaceChildren(parts.toggle, parts.body);
  const { toggle, body, textarea, form, run, output } = parts;

  toggle.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    root.classList.toggle('is-open', open);
    if (open) textarea.focus();
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = textarea.value.trim();
    if (query === '') {
      output.replaceChildren(createError('EMPTY_QUERY', 'Type a query first, e.g. MATCH (n:Person) RETURN n LIMIT 10'));
      return;
    }
    run.disabled = true;
    output.replaceChildren(h('p', { class: 'muted' }, [h('span', { class: 'spinner' }), 'Running…']));
    void api
      .runCypher(query)
      .then((result) => {
        output.replaceChildren(createResultTable(result));
        if (result.graph.nodes.length > 0) onGraph(result.graph);
      })
      .catch((error: unknown) => {
        const code = error instanceof ApiError ? error.code : 'ERROR';
        output.replaceChildren(createError(code, error instanceof Error ? error.message : String(error)));
      })
      .finally(() => (run.disabled = false));
  });
}

function createConsoleParts() {
  const toggle = h('button', { type: 'button', class: 'console-toggle', 'aria-expanded': 'false', 'aria-controls': 'console-body' }, [
    h('span', { class: 'console-chevron', 'aria-hidden': 'true' }),
    'Cypher query',
    h('span', { class: 'muted' }, [' · read-only']),
  ]);
  const textarea = h('textarea', { class: 'console-input', spellcheck: 'false', 'aria-label': 'Cypher query', rows: 4 });
  textarea.value = EXAMPLE_QUERY;
  const run = h('button', { type: 'submit', class: 'button button-primary' }, ['Run']);
  const hint = h('span', { class: 'muted' }, [h('kbd', {}, ['Ctrl']), ' or ', h('kbd', {}, ['⌘']), ' + ', h('kbd', {}, ['Enter']), ' to run']);
  const form = h('form', { class: 'console-form' }, [textarea, h('div', { class: 'console-actions' }, [run, hint])]);
  const output = h('div', { class: 'console-output', 'aria-live': 'polite' });
  const body = h('div', { id: 'console-body', class: 'console-body', hidden: true }, [form, output]);
  return { toggle, textarea, run, form, output, body };
}

function createError(code: string, message: string): HTMLElement {
  return h('p', { class: 'console-error', role: 'alert' }, [h('strong', {}, [code]), h('span', { class: 'console-error-message' }, [message])]);
}
