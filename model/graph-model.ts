/**
 * The graph model, written once: entity types and their id prefixes, relation types (with what they join
 * and how the explorer draws them), every node label and relationship type with its properties. The
 * extraction schema, the stores' tables and constraints, the Cypher schema procedures and the explorer's
 * styles and legends are all derived from this file.
 */

/** The node labels an entity can have in the graph. */
export const ENTITY_TYPES = ['Person', 'Agency', 'Organization', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The prefix of an entity's stable id, e.g. `person:jonah-corvin`. */
export const ENTITY_ID_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Agency: 'agency',
  Organization: 'org',
  Place: 'place',
  Event: 'event',
};

/** Prefixes that older stores wrote, still read as the type they stood for. */
const LEGACY_ID_PREFIX: Record<string, EntityType> = { organization: 'Organization' };

const TYPE_BY_PREFIX: Record<string, EntityType> = {
  ...LEGACY_ID_PREFIX,
  ...Object.fromEntries(ENTITY_TYPES.map((type) => [ENTITY_ID_PREFIX[type], type])),
};

/** The node label an entity id belongs to, from its `type:` prefix; null for an unknown prefix. */
export function labelForEntityId(id: string): EntityType | null {
  return TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))] ?? null;
}

/** How the explorer draws a relation: a colour and, so it reads without colour vision, a line style. */
export interface RelationLook {
  /** Place in the agency map's legend: interactions first, structure after. */
  legendRank: number;
  caption: string;
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
}

/** A relation between two entities that extraction reads from a sentence. */
export interface RelationDefinition {
  type: string;
  /** What the relation means, in one line (shown in the schema listing and the docs). */
  meaning: string;
  /** The entity types it may join, subject first. */
  joins: { from: readonly EntityType[]; to: readonly EntityType[] };
  look: RelationLook;
}

const ANY_ENTITY = { from: ENTITY_TYPES, to: ENTITY_TYPES } as const;

/** Relations between entities, as ../shared/EXTRACTION.md lists them. */
export const RELATIONS = [
  { type: 'AFFILIATED_WITH', meaning: 'holds a role in or belongs to', joins: ANY_ENTITY, look: { legendRank: 7, caption: 'affiliated with', colour: '#8a5cd6', line: 'solid' } },
  { type: 'SPOKESPERSON_FOR', meaning: 'speaks on behalf of', joins: ANY_ENTITY, look: { legendRank: 8, caption: 'speaks for', colour: '#c2578f', line: 'solid' } },
  { type: 'PART_OF', meaning: 'is a part or unit of', joins: ANY_ENTITY, look: { legendRank: 6, caption: 'part of', colour: '#6b7280', line: 'dotted' } },
  { type: 'LOCATED_IN', meaning: 'is located in', joins: ANY_ENTITY, look: { legendRank: 9, caption: 'located in', colour: '#0e7490', line: 'dotted' } },
  { type: 'COOPERATES_WITH', meaning: 'works together with', joins: ANY_ENTITY, look: { legendRank: 1, caption: 'cooperates with', colour: '#1f9e74', line: 'solid' } },
  { type: 'ASSISTS', meaning: 'gives help or resources to', joins: ANY_ENTITY, look: { legendRank: 2, caption: 'assists', colour: '#2f6fd6', line: 'solid' } },
  { type: 'OPPOSES', meaning: 'acts or speaks against', joins: ANY_ENTITY, look: { legendRank: 3, caption: 'opposes', colour: '#d9381e', line: 'dashed' } },
  { type: 'REQUESTED', meaning: 'asked something of', joins: ANY_ENTITY, look: { legendRank: 5, caption: 'requested', colour: '#c77700', line: 'dotted' } },
  { type: 'SUED', meaning: 'brought a lawsuit against', joins: ANY_ENTITY, look: { legendRank: 4, caption: 'sued', colour: '#9b1c5a', line: 'dashed' } },
] as const satisfies readonly RelationDefinition[];

export const RELATION_TYPES = RELATIONS.map((relation) => relation.type) as [RelationType, ...RelationType[]];
export type RelationType = (typeof RELATIONS)[number]['type'];

/** The relation the agency map draws as nesting: the part (its source) inside the whole (its target). */
export const NESTING_RELATION: RelationType = 'PART_OF';

/** Every relationship type the graph holds: the structural ones and the relations. */
export const EDGE_TYPES = ['MENTIONS', 'SAID', 'ABOUT', 'IN', ...RELATION_TYPES, 'INVOLVES', 'OCCURRED_IN', 'SAID_ABOUT'] as const;
export type EdgeType = 'MENTIONS' | 'SAID' | 'ABOUT' | 'IN' | RelationType | 'INVOLVES' | 'OCCURRED_IN' | 'SAID_ABOUT';
export type NodeLabel = EntityType | 'Document' | 'Quote';

/** Property types, named as the embedded store names them. */
export type PropertyType = 'STRING' | 'STRING[]' | 'INT64' | 'INT64[]' | 'DOUBLE';

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

/** Every node label with its properties. `id` is the primary key of each. */
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
      // "direct" (in quotation marks) or "indirect" (reported speech); null on quotes stored before it was kept, all direct
      kind: 'STRING',
      // the attribution: which cue decided the speaker and how often it is right. On the quote, not on SAID,
      // because a quote has one attribution even when it has no speaker (rule "none"); null on older stores
      rule: 'STRING',
      confidence: 'DOUBLE',
      document: 'STRING',
      documentTitle: 'STRING',
      documentDate: 'STRING',
    },
  },
];

function pairsFrom(froms: readonly NodeLabel[], tos: readonly NodeLabel[]): [NodeLabel, NodeLabel][] {
  return froms.flatMap((from) => tos.map((to): [NodeLabel, NodeLabel] => [from, to]));
}

type RelTableShape = Omit<RelTable, 'type'>;

// A mapped type over EdgeType: a relationship type without a table does not compile.
const STRUCTURAL_TABLES: Record<Exclude<EdgeType, RelationType>, RelTableShape> = {
  MENTIONS: { pairs: pairsFrom(['Document'], ENTITY_TYPES), properties: { count: 'INT64', spans: 'INT64[]' } },
  SAID: { pairs: pairsFrom(ENTITY_TYPES, ['Quote']), properties: { ...EVIDENCE, via: 'STRING' } },
  ABOUT: { pairs: pairsFrom(['Quote'], ENTITY_TYPES), properties: EVIDENCE },
  IN: { pairs: [['Quote', 'Document']], properties: EVIDENCE },
  INVOLVES: { pairs: pairsFrom(['Event'], ENTITY_TYPES), properties: EVIDENCE },
  OCCURRED_IN: { pairs: pairsFrom(['Event'], ['Place']), properties: EVIDENCE },
  // count = direct + indirect: quotes in quotation marks and reported statements; stores written before the
  // split gain both columns when they open, filled from their quotes
  SAID_ABOUT: { pairs: pairsFrom(ENTITY_TYPES, ENTITY_TYPES), properties: { count: 'INT64', direct: 'INT64', indirect: 'INT64' } },
};

const TABLE_BY_TYPE: Record<EdgeType, RelTableShape> = {
  ...STRUCTURAL_TABLES,
  ...(Object.fromEntries(
    RELATIONS.map((relation): [RelationType, RelTableShape] => [
      relation.type,
      // `rule` and `confidence`: which extraction rule read the relation and how often that rule is right.
      { pairs: pairsFrom(relation.joins.from, relation.joins.to), properties: { ...EVIDENCE, role: 'STRING', rule: 'STRING', confidence: 'DOUBLE' } },
    ]),
  ) as Record<RelationType, RelTableShape>),
};

/** Every relationship type with the labels it joins and its properties, in EDGE_TYPES order. */
export const REL_TABLES: RelTable[] = EDGE_TYPES.map((type) => ({ type, ...TABLE_BY_TYPE[type] }));

/** The relationship types that the extraction's relations become, counted as "relations". */
export const RELATION_EDGE_TYPES: readonly EdgeType[] = RELATION_TYPES;

const isEntityLabel = (label: NodeLabel) => (ENTITY_TYPES as readonly string[]).includes(label);

/** Relationship types that join two entities: the edges a neighbourhood walks along. */
export const ENTITY_EDGE_TYPES: readonly EdgeType[] = REL_TABLES.filter(({ pairs }) =>
  pairs.every(([from, to]) => isEntityLabel(from) && isEntityLabel(to)),
).map(({ type }) => type);

/** True when the model allows an edge of this type between these labels. */
export function isAllowedEdge(type: EdgeType, from: NodeLabel, to: NodeLabel): boolean {
  return TABLE_BY_TYPE[type]?.pairs.some(([a, b]) => a === from && b === to) ?? false;
}

/** Names that are keywords in one dialect or the other and so must be back-quoted in Cypher. */
export function quoteName(name: string): string {
  return name === 'IN' ? '`IN`' : name;
}

/**
 * The log of corrections made by hand (model/corrections.ts), kept in the store beside the graph but not
 * part of it: no edges, never drawn. `arguments` and `facts` hold JSON; `undoneAt` is null while it holds.
 */
export const CORRECTION_TABLE = {
  label: 'Correction',
  properties: {
    id: 'STRING',
    action: 'STRING',
    arguments: 'STRING',
    facts: 'STRING',
    time: 'STRING',
    editor: 'STRING',
    note: 'STRING',
    undoneAt: 'STRING',
  } satisfies Record<string, PropertyType>,
} as const;
