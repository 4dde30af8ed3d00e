import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { StreamLanguage, bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';

/** The query box of the Cypher console: a CodeMirror editor with Cypher highlighting. */
export interface CypherEditor {
  readonly view: EditorView;
  /** The query as typed, untrimmed. */
  getQuery(): string;
  /** Replaces the whole query, as picking an example or a history entry does; undo brings the old one back. */
  setQuery(query: string): void;
  focus(): void;
}

/** What the editor needs from the console around it. */
export interface CypherEditorOptions {
  initialQuery: string;
  /** The accessible name of the editable area. */
  label: string;
  /** Ctrl/Cmd+Enter: run the query. */
  onRun(): void;
  /** More behaviour, such as the check-as-you-type linter. */
  extensions?: readonly Extension[];
}

/**
 * Returns a Cypher editor drawn into `parent`. Tab indents; Escape then Tab moves focus on, as
 * CodeMirror does for every editor that binds Tab, so the keyboard is never trapped.
 * @example const editor = createCypherEditor(box, { initialQuery: 'MATCH (n) RETURN n', label: 'Cypher query', onRun: run });
 */
export function createCypherEditor(parent: HTMLElement, options: CypherEditorOptions): CypherEditor {
  const run = (): boolean => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.initialQuery,
      extensions: [
        // before the default keymap, where Mod-Enter inserts a blank line
        keymap.of([
          { key: 'Mod-Enter', run },
          { key: 'Ctrl-Enter', run },
        ]),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        bracketMatching(),
        EditorView.lineWrapping,
        placeholder('MATCH (p:Person) RETURN p LIMIT 10'),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', spellcheck: 'false' }),
        ...(options.extensions ?? []),
      ],
    }),
  });
  return {
    view,
    getQuery: () => view.state.doc.toString(),
    setQuery(query) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: query }, selection: { anchor: query.length } });
    },
    focus: () => view.focus(),
  };
}
