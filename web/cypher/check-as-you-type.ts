import { linter } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { CypherCheck } from '../../contract/cypher.ts';
import { h } from '../dom.ts';
import { findProblemRange } from './problem-range.ts';

/** The editor extension that checks the query, and the line under the editor that states the verdict. */
export interface CheckAsYouType {
  extension: Extension;
  /** Place it after the editor; screen readers hear it through aria-live. */
  line: HTMLElement;
}

/**
 * Returns a linter that asks the server's parse about the query after a pause in typing, with the
 * same parse `/api/cypher` uses, so what is flagged is what running it would say. A problem is
 * underlined where the server places it and stated in full on the line under the editor.
 */
export function createCheckAsYouType(check: (query: string) => Promise<CypherCheck>, pauseMs = 350): CheckAsYouType {
  const line = h('p', { class: 'cypher-check muted', role: 'status', 'aria-live': 'polite' }, []);
  const show = (text: string, state: 'ok' | 'problem' | 'idle'): void => {
    line.textContent = text;
    line.title = text;
    line.dataset['state'] = state;
    line.classList.toggle('error', state === 'problem');
  };
  const extension = linter(
    async (view): Promise<Diagnostic[]> => {
      const text = view.state.doc.toString();
      const query = text.trim();
      if (query === '') return (show('', 'idle'), []);
      let result: CypherCheck;
      try {
        result = await check(query);
      } catch (error) {
        // the check is a help, not a gate: running the query still reports the problem
        console.warn('The Cypher check could not reach the server.', error);
        if (view.state.doc.toString() === text) show('', 'idle');
        return [];
      }
      // a newer keystroke has its own check on the way; the linter drops these diagnostics too
      if (view.state.doc.toString() !== text) return [];
      if (result.ok) return (show('✓ Valid read-only query', 'ok'), []);
      const message = `${result.code}: ${result.message}`;
      show(message, 'problem');
      return [{ ...findProblemRange(result.message, text), severity: 'error', source: 'server check', message }];
    },
    { delay: pauseMs },
  );
  return { extension, line };
}
