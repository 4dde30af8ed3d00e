import { ENTITY_TYPES } from '../../../ingest/model.ts';
import type { EdgeType, NodeLabel } from '../../../ingest/stages/08-to-graph.ts';

/** Property types, named as the embedded store names them. */
type PropertyType = 'STRING' | 'STRING[]' | 'INT64' | 'INT64[]';

export interface NodeTable {
  label: NodeLabel;
  properties: Record<string, PropertyType>;
}

export interface RelTable {
  type: EdgeType;
  pairs: [NodeLabel, NodeLabel][];
  properties: Record<string, PropertyType>;
}

const ENTITY_PROPERTIES: Record<string, PropertyType> = {
  id: 'STRING',
  name: 'STRING',
  aliases: 'STRING[]',
  kind: 'STRING',
  mentions: 'INT64',
  searchText: 'STRING',
  eventType: 'STRING',
  date: 'STRING',
};

const EVIDENCE: Record<string, PropertyType> = { document: 'STRING', startOffset: 'INT64', endOffset: 'INT64' };

/** The graph model: every node label with its properties. `id` is the primary key of each. */
export const NODE_TABLES: NodeTable[] = [
  {
    label: 'Document',
    properties: { id: 'STRING', title: 'STRING', date: 'STRING', source: 'STRING', ingestedAt: 'STRING', text: 'STRING' },
  },
  ...ENTITY_TYPES.map((label) => ({ label, properties: ENTITY_PROPERTIES })),
  {
    label: 'Quote',
    // the document's title and date are copied onto its quotes: a quote list is then one walk from the speaker
    properties: {
      id: 'STRING',
      text: 'STRING',
      context: 'STRING',
      startOffset: 'INT64',
      endOffset: 'INT64',
      via: 'STRING',
      document: 'STRING',
      documentTitle: 'STRING',
      documentDate: 'STRING',
    },
  },
];

const SPEAKERS: NodeLabel[] = ['Person', 'Agency', 'Organization', 'Place', 'Event'];

function pairsFrom(froms: readonly NodeLabel[], tos: readonly NodeLabel[]): [NodeLabel, NodeLabel][] {
  return froms.flatMap((from) => tos.map((to): [NodeLabel, NodeLabel] => [from, to]));
}

const ENTITY_PAIRS = pairsFrom(ENTITY_TYPES, ENTITY_TYPES);
const RELATION_TYPES = [
  'AFFILIATED_WITH',
  'SPOKESPERSON_FOR',
  'PART_OF',
  'LOCATED_IN',
  'COOPERATES_WITH',
  'ASSISTS',
  'OPPOSES',
  'REQUESTED',
  'SUED',
] as const satisfies readonly EdgeType[];

/** The graph model: every relationship type with the labels it joins and its properties. */
export const REL_TABLES: RelTable[] = [
  { type: 'MENTIONS', pairs: pairsFrom(['Document'], ENTITY_TYPES), properties: { count: 'INT64', spans: 'INT64[]' } },
  { type: 'SAID', pairs: pairsFrom(SPEAKERS, ['Quote']), properties: { ...EVIDENCE, via: 'STRING' } },
  { type: 'ABOUT', pairs: pairsFrom(['Quote'], ENTITY_TYPES), properties: EVIDENCE },
  { type: 'IN', pairs: [['Quote', 'Document']], properties: EVIDENCE },
  ...RELATION_TYPES.map((type) => ({ type, pairs: ENTITY_PAIRS, properties: { ...EVIDENCE, role: 'STRING' as const } })),
  { type: 'INVOLVES', pairs: pairsFrom(['Event'], ENTITY_TYPES), properties: EVIDENCE },
  { type: 'OCCURRED_IN', pairs: pairsFrom(['Event'], ['Place']), properties: EVIDENCE },
  { type: 'SAID_ABOUT', pairs: ENTITY_PAIRS, properties: { count: 'INT64' } },
];

/** The relationship types that the extraction's relations become, counted as "relations". */
export const RELATION_EDGE_TYPES: readonly EdgeType[] = RELATION_TYPES;

/** Relationship types that join two entities: the edges a neighbourhood walks along. */
export const ENTITY_EDGE_TYPES: readonly EdgeType[] = REL_TABLES.filter(({ pairs }) =>
  pairs.every(([from, to]) => (ENTITY_TYPES as readonly string[]).includes(from) && (ENTITY_TYPES as readonly string[]).includes(to)),
).map(({ type }) => type);

/** True when the model allows an edge of this type between these labels. */
export function isAllowedEdge(type: EdgeType, from: NodeLabel, to: NodeLabel): boolean {
  const table = REL_TABLES.find((candidate) => candidate.type === type);
  return table?.pairs.some(([a, b]) => a === from && b === to) ?? false;
}

/** Names that are keywords in one dialect or the other and so must be back-quoted in Cypher. */
export function quoteName(name: string): string {
  return name === 'IN' ? '`IN`' : name;
}
