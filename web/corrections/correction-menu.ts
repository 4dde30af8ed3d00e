import type { CorrectionRequest } from '../../model/corrections.ts';
import type { QuoteView } from '../../contract/quotes.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../model/graph-model.ts';
import type { ApiClient } from '../api-client.ts';
import { openFormDialog } from '../components/form-dialog.ts';
import type { NodeMenuItem } from '../components/node-menu.ts';
import type { EdgeData, NodeData } from '../graph/to-elements.ts';

export interface CorrectionMenuParts {
  api: Pick<ApiClient, 'searchEntities' | 'getEntity'>;
  submit(request: CorrectionRequest): Promise<unknown>;
}

/**
 * The node menu's corrections for an entity: merge with a searched entity, split aliases off, rename,
 * retype, delete as not an entity. Each asks what it needs in a dialog, then submits.
 */
export function toCorrectionMenuItems(node: NodeData, parts: CorrectionMenuParts): NodeMenuItem[] {
  const ask = async (build: () => Promise<CorrectionRequest | null>) => {
    const request = await build();
    if (request) await parts.submit(request);
  };
  return [
    { label: 'Merge with…', run: () => void ask(() => askMerge(node, parts.api)) },
    { label: 'Split aliases…', run: () => void ask(() => askSplit(node, parts.api)) },
    { label: 'Rename…', run: () => void ask(() => askRename(node)) },
    { label: 'Retype…', run: () => void ask(() => askRetype(node)) },
    { label: 'Delete: not an entity', run: () => void ask(() => askDelete(node)) },
  ];
}

async function askMerge(node: NodeData, api: CorrectionMenuParts['api']): Promise<CorrectionRequest | null> {
  const answer = await openFormDialog({
    title: `Merge with ${node.name}`,
    text: `The entity you pick joins ${node.name}: its mentions, quotes, relations and names move here, and it is removed.`,
    fields: [{ kind: 'entity', name: 'other', label: 'The same entity, found under another name', api }],
    submitLabel: 'Merge',
  });
  const other = answer?.['other'];
  if (typeof other !== 'string' || other === node.id) return null;
  return { action: 'merge', into: node.id, entities: [other] };
}

async function askSplit(node: NodeData, api: CorrectionMenuParts['api']): Promise<CorrectionRequest | null> {
  const entity = await api.getEntity(node.id);
  const names = [...new Set([entity.name, ...entity.aliases])];
  const answer = await openFormDialog({
    title: `Split ${node.name}`,
    text: 'The names you tick go to a new entity, with the mentions, quotes and relations read from them.',
    fields: [
      { kind: 'checkboxes', name: 'aliases', label: 'Names that belong to another entity', options: names },
      { kind: 'text', name: 'name', label: "The new entity's name (the first name ticked if empty)", optional: true },
      { kind: 'select', name: 'type', label: 'Its type', options: ENTITY_TYPES, value: node.type },
    ],
    submitLabel: 'Split',
  });
  const aliases = answer?.['aliases'];
  if (!Array.isArray(aliases) || aliases.length === 0) return null;
  const name = answer?.['name'];
  return { action: 'split', entity: node.id, aliases, type: answer?.['type'] as EntityType, ...(typeof name === 'string' && name !== '' ? { name } : {}) };
}

async function askRename(node: NodeData): Promise<CorrectionRequest | null> {
  const answer = await openFormDialog({
    title: `Rename ${node.name}`,
    text: 'The old name stays an alias, so search still finds it.',
    fields: [{ kind: 'text', name: 'name', label: 'New name', value: node.name }],
    submitLabel: 'Rename',
  });
  const name = answer?.['name'];
  return typeof name === 'string' && name !== '' && name !== node.name ? { action: 'rename', entity: node.id, name } : null;
}

async function askRetype(node: NodeData): Promise<CorrectionRequest | null> {
  const answer = await openFormDialog({
    title: `Retype ${node.name}`,
    text: 'Its id changes with its type; the old id leads to the new one.',
    fields: [{ kind: 'select', name: 'type', label: 'Type', options: ENTITY_TYPES, value: node.type }],
    submitLabel: 'Retype',
  });
  const type = answer?.['type'];
  return typeof type === 'string' && type !== node.type ? { action: 'retype', entity: node.id, type: type as EntityType } : null;
}

async function askDelete(node: NodeData): Promise<CorrectionRequest | null> {
  const answer = await openFormDialog({
    title: `Delete ${node.name}`,
    text: 'Not an entity: it goes with its edges, and its names never become an entity again. The corrections log can undo it.',
    fields: [],
    submitLabel: 'Delete',
  });
  return answer ? { action: 'delete', entity: node.id } : null;
}

/** The edge menu's entry for a relation between two entities: reject it, now and from later articles. None for other edges. */
export function toRejectMenuItems(edge: EdgeData, parts: Pick<CorrectionMenuParts, 'submit'>): NodeMenuItem[] {
  if (!(RELATION_TYPES as readonly string[]).includes(edge.type)) return [];
  const run = async () => {
    const answer = await openFormDialog({
      title: `Reject "${edge.caption}"`,
      text: `${edge.source} ${edge.type} ${edge.target} goes, and later articles do not bring it back.`,
      fields: [],
      submitLabel: 'Reject',
    });
    if (answer) await parts.submit({ action: 'reject-relation', from: edge.source, type: edge.type as RelationType, to: edge.target });
  };
  return [{ label: 'Reject this relation…', run: () => void run() }];
}

/** Asks who said a quote (a searched entity) or to clear its speaker, then submits. */
export async function fixSpeaker(quote: QuoteView, parts: CorrectionMenuParts): Promise<void> {
  const answer = await openFormDialog({
    title: 'Wrong speaker',
    text: `"${quote.text.length > 120 ? `${quote.text.slice(0, 117)}…` : quote.text}" is now given to ${quote.speaker?.name ?? 'no one'}.`,
    fields: [{ kind: 'entity', name: 'speaker', label: 'Who said it', api: parts.api }],
    submitLabel: 'Give it to them',
    alternative: 'No one: clear the speaker',
  });
  if (!answer) return;
  const speaker = answer['speaker'];
  if (speaker === null || typeof speaker === 'string') await parts.submit({ action: 'set-speaker', quote: quote.id, speaker });
}
