import { describe, expect, it } from 'vitest';
import { completeEvidence, planEvidence } from '../../web/graph/element-evidence.ts';
import type { EvidenceSubject } from '../../web/graph/element-evidence.ts';

const node = (id: string, type: string, properties: Record<string, unknown> = {}): EvidenceSubject => ({ group: 'nodes', id, type, properties });
const edge = (id: string, type: string, source: string, target: string, properties: Record<string, unknown> = {}): EvidenceSubject => ({
  group: 'edges',
  id,
  type,
  source,
  target,
  properties,
});
const types: Record<string, string> = { 'doc-1': 'Document', 'person:a': 'Person', 'agency:b': 'Agency' };
const typeOf = (id: string): string | undefined => types[id];

describe('planEvidence', () => {
  it('reads the article of documents, quotes, relations (one or all of an edge\'s) and edges from a document, and leaves entities and SAID_ABOUT to look up', () => {
    const plan = planEvidence(
      [
        node('doc-1', 'Document'),
        node('quote-1', 'Quote', { document: 'doc-2' }),
        node('person:a', 'Person'),
        edge('rel-1', 'AFFILIATED_WITH', 'person:a', 'agency:b', { document: 'doc-3', startOffset: 4 }),
        edge('mentions-1', 'MENTIONS', 'doc-1', 'person:a'),
        edge('said-1', 'SAID_ABOUT', 'person:a', 'agency:b', { count: 2 }),
        edge('odd-1', 'COOPERATES_WITH', 'person:a', 'agency:b'),
        edge('summary-1', 'OPPOSES', 'agency:b', 'person:a', { count: 3, documents: ['doc-3', 'doc-4'] }),
      ],
      typeOf,
    );

    expect(Object.fromEntries(plan.known)).toEqual({
      'doc-1': ['doc-1'],
      'quote-1': ['doc-2'],
      'rel-1': ['doc-3'],
      'mentions-1': ['doc-1'],
      'odd-1': [],
      'summary-1': ['doc-3', 'doc-4'],
    });
    expect(plan.mentionsOf).toEqual(['person:a']);
    expect(plan.quotesBetween).toEqual([{ id: 'said-1', source: 'person:a', target: 'agency:b' }]);
  });
});

describe('completeEvidence', () => {
  it('adds the articles found, each once, and gives what was looked up in vain no article', () => {
    const plan = planEvidence(
      [node('person:a', 'Person'), node('agency:b', 'Agency'), edge('said-1', 'SAID_ABOUT', 'person:a', 'agency:b'), edge('said-2', 'SAID_ABOUT', 'agency:b', 'person:a')],
      typeOf,
    );

    const evidence = completeEvidence(plan, {
      mentions: [
        { node: 'person:a', document: 'doc-1' },
        { node: 'person:a', document: 'doc-2' },
        { node: 'person:a', document: 'doc-1' },
        { node: 'person:not-asked', document: 'doc-9' },
      ],
      quotes: [{ speaker: 'person:a', subject: 'agency:b', document: 'doc-2' }],
    });

    expect(Object.fromEntries(evidence)).toEqual({ 'person:a': ['doc-1', 'doc-2'], 'agency:b': [], 'said-1': ['doc-2'], 'said-2': [] });
  });
});
