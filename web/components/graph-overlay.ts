import { h } from '../dom.ts';

/** What the graph area is showing: a message instead of the graph, or the graph itself. */
export type GraphState =
  | { kind: 'loading'; message: string }
  | { kind: 'empty'; message: string }
  | { kind: 'error'; message: string; retry?: () => void }
  | { kind: 'ready' };

/** The layer over the graph that shows loading, empty and error states, and short notices. */
export interface GraphOverlay {
  show(state: GraphState): void;
  /** Shows a message for a few seconds without hiding the graph. */
  notify(message: string, tone?: 'info' | 'error'): void;
}

/** Returns an overlay drawn into the given element (positioned over the graph by CSS). */
export function createGraphOverlay(root: HTMLElement): GraphOverlay {
  const panel = h('div', { class: 'overlay-panel', role: 'status', 'aria-live': 'polite' });
  const notice = h('div', { class: 'overlay-notice', role: 'status', 'aria-live': 'polite', hidden: true });
  root.append(panel, notice);
  let noticeTimer: number | undefined;

  return {
    show(state) {
      root.dataset['state'] = state.kind;
      panel.replaceChildren();
      if (state.kind === 'ready') return;
      if (state.kind === 'loading') panel.append(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
      panel.append(h('p', { class: 'overlay-message' }, [state.message]));
      if (state.kind === 'error' && state.retry) {
        const retry = h('button', { type: 'button', class: 'button' }, ['Try again']);
        retry.addEventListener('click', state.retry);
        panel.append(retry);
      }
    },
    notify(message, tone = 'info') {
      notice.textContent = message;
      notice.dataset['tone'] = tone;
      notice.hidden = false;
      window.clearTimeout(noticeTimer);
      noticeTimer = window.setTimeout(() => (notice.hidden = true), 4000);
    },
  };
}
