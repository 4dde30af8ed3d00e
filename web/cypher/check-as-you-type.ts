import { h } from '../dom.ts';

/** What the server's parse says of a query: fine, or the problem with its line and column. */
export type QueryCheck = { ok: true } | { ok: false; code: string; message: string };

/**
 * Shows the server's parse of the query under the box as the user types (after a pause), with the
 * same parse `/api/cypher` uses, so what is flagged here is what running it would say.
 * @returns the line element, already placed after the textarea
 */
export function attachCheckAsYouType(
  textarea: HTMLTextAreaElement,
  check: (query: string) => Promise<QueryCheck>,
  pauseMs = 350,
): HTMLElement {
  const line = h('p', { class: 'cypher-check muted', role: 'status', 'aria-live': 'polite' }, []);
  textarea.after(line);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const show = (text: string, state: 'ok' | 'problem' | 'idle') => {
    line.textContent = text;
    line.dataset.state = state;
    line.classList.toggle('error', state === 'problem');
  };
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    const query = textarea.value.trim();
    if (query === '') return show('', 'idle');
    timer = setTimeout(() => {
      const asked = ++latest;
      check(query)
        .then((result) => {
          if (asked !== latest) return; // a newer keystroke has its own check on the way
          show(result.ok ? '✓ Valid read-only query' : `${result.code}: ${result.message}`, result.ok ? 'ok' : 'problem');
        })
        .catch(() => asked === latest && show('', 'idle'));
    }, pauseMs);
  });
  return line;
}
