import type { ListedCorrection } from '../../model/corrections.ts';
import { h } from '../dom.ts';

export interface CorrectionsPanel {
  /** Lists the log again from the server. */
  refresh(): Promise<void>;
  toggle(open?: boolean): void;
}

export interface CorrectionsPanelParts {
  list(): Promise<ListedCorrection[]>;
  undo(id: string): Promise<boolean>;
  /** Whether the server takes corrections: without, no Undo buttons, and `offHint` says how to turn it on. */
  canEdit(): boolean;
  offHint: string;
}

/** One line saying what a correction did, from its arguments: `merge agency:dol into agency:fema`. */
export function describeCorrection(correction: ListedCorrection): string {
  const args = correction.arguments as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
  switch (correction.action) {
    case 'merge':
      return `merge ${list(args['entities'])} into ${String(args['into'])}`;
    case 'split':
      return `split ${list(args['aliases'])} off ${String(args['entity'])}${correction.facts.newId ? ` into ${correction.facts.newId}` : ''}`;
    case 'rename':
      return `rename ${String(args['entity'])} to "${String(args['name'])}"`;
    case 'retype':
      return `retype ${String(args['entity'])} as ${String(args['type'])}`;
    case 'delete':
      return `delete ${String(args['entity'])}: not an entity`;
    case 'set-speaker':
      return args['speaker'] === null ? `clear the speaker of ${String(args['quote'])}` : `give ${String(args['quote'])} to ${String(args['speaker'])}`;
    case 'reject-relation':
      return `reject ${String(args['from'])} ${String(args['type'])} ${String(args['to'])}`;
  }
}

/** Returns the corrections log in `root`: newest first, stale and undone ones marked, each in force with an Undo button. */
export function mountCorrectionsPanel(root: HTMLElement, parts: CorrectionsPanelParts): CorrectionsPanel {
  const list = h('ol', { class: 'corrections-list' });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const offHint = h('p', { class: 'editing-hint', hidden: true }, [parts.offHint]);
  const close = h('button', { type: 'button', class: 'button corrections-close' }, ['Close']);
  root.replaceChildren(h('div', { class: 'corrections-head' }, [h('h2', { class: 'entity-name' }, ['Corrections']), close]), offHint, status, list);
  close.addEventListener('click', () => toggle(false));

  const toItem = (correction: ListedCorrection): HTMLLIElement => {
    const tags = [
      correction.stale ? h('span', { class: 'tag tag-stale', title: 'An entity or quote it keeps is no longer in the graph; it applies again if articles bring it back' }, ['stale']) : null,
      correction.undone ? h('span', { class: 'tag tag-undone' }, ['undone']) : null,
    ];
    const undo = correction.undone || !parts.canEdit() ? null : h('button', { type: 'button', class: 'button corrections-undo' }, ['Undo']);
    undo?.addEventListener('click', async () => {
      undo.disabled = true;
      if (!(await parts.undo(correction.id))) undo.disabled = false;
    });
    return h('li', { class: 'correction', 'data-correction-id': correction.id, 'data-action': correction.action }, [
      h('p', { class: 'correction-what' }, [describeCorrection(correction), ...tags]),
      h('p', { class: 'muted' }, [`${new Date(correction.time).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC · ${correction.editor}`, correction.note ? ` · ${correction.note}` : '']),
      undo,
    ]);
  };

  const refresh = async (): Promise<void> => {
    try {
      const corrections = await parts.list();
      offHint.hidden = parts.canEdit();
      const empty = parts.canEdit() ? 'No corrections yet: right-click a node, a quote or an edge to correct it.' : 'No corrections yet.';
      status.textContent = corrections.length === 0 ? empty : '';
      list.replaceChildren(...corrections.map(toItem));
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const toggle = (open = root.hidden): void => {
    root.hidden = !open;
    if (open) void refresh();
  };
  return { refresh, toggle };
}
