import type { QueryResult } from '../../contract/cypher.ts';
import type { GraphElements } from '../../contract/graph.ts';
import { ApiError } from '../api-client.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { EXAMPLE_QUERIES } from '../cypher/example-queries.ts';
import { parseParams } from '../cypher/parse-params.ts';
import { createCheckAsYouType } from '../cypher/check-as-you-type.ts';
import { createCypherEditor } from '../cypher/cypher-editor.ts';
import { createQueryHistory } from '../cypher/query-history.ts';
import { downloadText } from '../export/download.ts';
import { toCsv } from '../export/to-csv.ts';
import { createConsoleError, createConsoleParts, fillHistory } from './cypher-console-parts.ts';
import { createResultTable } from './result-table.ts';

const FIRST_QUERY = EXAMPLE_QUERIES[1]?.query ?? 'MATCH (n) RETURN n LIMIT 25';

/** What the console reports: the graph part of an answer to draw, and each query run, for the URL. */
export interface CypherConsoleHandlers {
  onGraph(graph: GraphElements): void;
  onRun(query: string): void;
}

/** The Cypher console; `run` lets a shared link replay its query. */
export interface CypherConsole {
  /** Opens the console, puts the query in the editor and runs it. */
  run(query: string): void;
}

/**
 * Wires the Cypher console: a read-only query editor with Cypher highlighting and the server's check
 * as you type, examples, a history kept in localStorage and optional JSON parameters; runs on
 * Ctrl/Cmd+Enter or Run, shows the rows as a table (downloadable as CSV), hands the graph part to
 * `onGraph`, and shows errors inline.
 */
export function mountCypherConsole(root: HTMLElement, api: Pick<ApiClient, 'runCypher' | 'checkCypher'>, handlers: CypherConsoleHandlers): CypherConsole {
  const parts = createConsoleParts();
  root.replaceChildren(parts.toggle, parts.body);
  const { toggle, body, editorBox, params, paramsBox, form, run, csv, output, examples, history: historyMenu } = parts;
  const history = createQueryHistory(readLocalStorage());
  let lastResult: QueryResult | undefined;
  fillHistory(historyMenu, history.list());
  const checker = createCheckAsYouType((query) => api.checkCypher(query));
  const editor = createCypherEditor(editorBox, {
    initialQuery: FIRST_QUERY,
    label: 'Cypher query',
    onRun: () => form.requestSubmit(),
    extensions: [checker.extension],
  });
  editorBox.after(checker.line);

  const setOpen = (open: boolean): void => {
    body.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    root.classList.toggle('is-open', open);
  };
  toggle.addEventListener('click', () => {
    setOpen(body.hidden);
    if (!body.hidden) editor.focus();
  });
  examples.addEventListener('change', () => {
    const example = EXAMPLE_QUERIES[Number(examples.value)];
    examples.value = '';
    if (!example) return;
    editor.setQuery(example.query);
    params.value = example.params ? JSON.stringify(example.params, null, 1) : '';
    paramsBox.open = Boolean(example.params);
    editor.focus();
  });
  historyMenu.addEventListener('change', () => {
    if (historyMenu.value !== '') editor.setQuery(historyMenu.value);
    historyMenu.value = '';
    editor.focus();
  });
  csv.addEventListener('click', () => {
    if (lastResult) downloadText('cypher-result.csv', toCsv(lastResult), 'text/csv');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = editor.getQuery().trim();
    const parsed = parseParams(params.value);
    if (query === '') return void output.replaceChildren(createConsoleError('EMPTY_QUERY', 'Type a query first, e.g. MATCH (n:Person) RETURN n LIMIT 10'));
    if (!parsed.ok) return void output.replaceChildren(createConsoleError('BAD_PARAMS', parsed.message));
    run.disabled = true;
    csv.disabled = true;
    output.replaceChildren(h('p', { class: 'muted' }, [h('span', { class: 'spinner' }), 'Running…']));
    void api
      .runCypher(query, parsed.value)
      .then((result) => {
        lastResult = result;
        csv.disabled = result.rows.length === 0;
        output.replaceChildren(createResultTable(result));
        fillHistory(historyMenu, history.add(query));
        handlers.onRun(query);
        if (result.graph.nodes.length > 0) handlers.onGraph(result.graph);
      })
      .catch((error: unknown) => {
        const code = error instanceof ApiError ? error.code : 'ERROR';
        output.replaceChildren(createConsoleError(code, error instanceof Error ? error.message : String(error)));
      })
      .finally(() => (run.disabled = false));
  });

  return {
    run(query) {
      setOpen(true);
      editor.setQuery(query);
      form.requestSubmit();
    },
  };
}

// reading localStorage throws where storage is blocked (some privacy settings, sandboxed frames)
function readLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch (error) {
    console.warn('localStorage is not available; the Cypher history lasts for this page only.', error);
    return undefined;
  }
}
