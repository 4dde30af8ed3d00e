import type { Correction } from '../../model/corrections.ts';
import type { ApiClient } from '../api-client.ts';
import { mountCorrectionsPanel, type CorrectionsPanel } from '../components/corrections-panel.ts';
import { openFormDialog } from '../components/form-dialog.ts';
import type { NodeMenuItem } from '../components/node-menu.ts';
import type { EdgeData, NodeData } from '../graph/to-elements.ts';
import type { QuoteView } from '../../contract/quotes.ts';
import { createCorrectionEditor, type CorrectionEditor } from './correction-editor.ts';
import { fixSpeaker, toCorrectionMenuItems, toRejectMenuItems } from './correction-menu.ts';
import { createCorrectionsClient } from './corrections-client.ts';
import { createEditToken } from './edit-token.ts';
import { EDITING_OFF_HINT, createEditingState } from './editing-state.ts';

export interface CorrectionsUi {
  editor: CorrectionEditor;
  panel: CorrectionsPanel;
  /** The node menu's correction entries for an entity. */
  menuItems(node: NodeData): NodeMenuItem[];
  /** The edge menu's entries: reject a relation. */
  edgeMenuItems(edge: EdgeData): NodeMenuItem[];
  /** Asks for a quote's right speaker, or none. */
  fixSpeaker(quote: QuoteView): void;
}

export interface CorrectionsUiParts {
  api: Pick<ApiClient, 'searchEntities' | 'getEntity'>;
  panelRoot: HTMLElement;
  /** The button that opens and closes the log. */
  button: HTMLButtonElement;
  notify(message: string, tone?: 'error'): void;
  /** Redraws what the correction changed, so it shows at once. */
  redraw(correction: Correction): void | Promise<void>;
}

/** Asks for the edit token in a dialog: once a tab, kept in sessionStorage only. */
async function askToken(): Promise<string | null> {
  const answer = await openFormDialog({
    title: 'Edit token',
    text: 'Corrections change the graph for everyone: give the EDIT_TOKEN the server was started with. It is kept for this tab only.',
    fields: [{ kind: 'text', name: 'token', label: 'Edit token', secret: true }],
    submitLabel: 'Use this token',
  });
  const token = answer?.['token'];
  return typeof token === 'string' ? token : null;
}

/** Wires the corrections: the token, the editor, the log panel and its button, and the node menu's entries. */
export function mountCorrections(parts: CorrectionsUiParts): CorrectionsUi {
  const client = createCorrectionsClient();
  const editing = createEditingState(document.documentElement);
  // the log says whether the server takes corrections: read once now, and again each time it is listed
  const list = async () => {
    const answer = await client.list();
    editing.set(answer.editing);
    return answer.corrections;
  };
  // a server that cannot answer leaves editing off; the status line already says the API is unavailable
  list().catch(() => undefined);
  let panel: CorrectionsPanel | undefined;
  const editor = createCorrectionEditor({
    client,
    token: createEditToken(askToken),
    notify: parts.notify,
    onChanged: async (correction) => {
      await parts.redraw(correction);
      await panel?.refresh();
    },
  });
  panel = mountCorrectionsPanel(parts.panelRoot, { list, undo: (id) => editor.undo(id), canEdit: () => editing.isOn(), offHint: EDITING_OFF_HINT });
  parts.button.addEventListener('click', () => {
    panel.toggle();
    parts.button.setAttribute('aria-expanded', String(!parts.panelRoot.hidden));
  });
  const menuParts = { api: parts.api, submit: (request: Parameters<CorrectionEditor['submit']>[0]) => editor.submit(request) };
  return {
    editor,
    panel,
    menuItems: (node) => (editing.isOn() ? toCorrectionMenuItems(node, menuParts) : [{ label: EDITING_OFF_HINT, note: true }]),
    edgeMenuItems: (edge) => {
      const items = toRejectMenuItems(edge, menuParts);
      return editing.isOn() || items.length === 0 ? items : [{ label: EDITING_OFF_HINT, note: true }];
    },
    fixSpeaker: (quote) => (editing.isOn() ? void fixSpeaker(quote, menuParts) : parts.notify(EDITING_OFF_HINT, 'error')),
  };
}

/** The entity to show after a correction while `current` was shown: where the change left it; null for the overview. */
export function toShownEntity(correction: Correction, current: string): string | null {
  const args = correction.arguments as Record<string, unknown>;
  if (correction.undone) return args['entity'] === current || args['into'] === current ? current : null;
  switch (correction.action) {
    case 'merge':
      return String(args['into']);
    case 'retype':
      return correction.facts.newId ?? null;
    case 'delete':
      return args['entity'] === current ? null : current;
    default:
      return current;
  }
}
