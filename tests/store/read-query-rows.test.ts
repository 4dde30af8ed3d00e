import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_TYPES, ENTITY_TYPES, NODE_TABLES, RELATION_EDGE_TYPES, type EntityType } from '../../model/graph-model.ts';
import { StoreRowError } from '../../model/errors.ts';
import { ENTITY_GROUPS, createReadQueries, decodeRows, type EntityGroup, type ReadQueries } from '../../store/cypher/read-queries.ts';
import { MENTIONED_BY_DOCUMENTS, decodeMentionedByDocuments } from '../../store/cypher/delete-queries.ts';
import {
  DOCUMENTS_BY_ID,
  DOCUMENTS_BY_SOURCE,
  decodeAliasLookup,
  decodeDocumentsById,
  decodeDocumentsBySource,
  decodeExistingAliases,
  toAliasLookupQuery,
  toExistingAliasesQuery,
} from '../../store/cypher/write-queries.ts';
import { SHOW_TABLES, decodeNodeAtOffset, decodeShowTables, decodeTableColumns, toNodeAtOffsetQuery, toTableColumnsQuery } from '../../store/embedded/catalog-queries.ts';
import { EMBEDDED_DIALECT, createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { Row, RunRead } from '../../store/graph-reads.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { budgetArticle, floodArticle } from '../fixtures/extractions.fixtures.ts';

const FLOOD = floodArticle.document.id;
const BUDGET = budgetArticle.document.id;
/** One entity of each type in the two fixture articles. */
const ENTITY_OF: Record<EntityType, string> = {
  Person: 'person:lena-marsh',
  Agency: 'agency:cro',
  Organization: 'organization:harborton-ledger',
  Place: 'place:harborton',
  Event: 'event:seawall-rebuild',
};
const ALL_IDS = Object.values(ENTITY_OF);
const RING: Record<EntityGroup, string[]> = { others: ['agency:cro', 'place:harborton'], events: ['event:seawall-rebuild'] };

const queries = createReadQueries(EMBEDDED_DIALECT);

interface QueryRun {
  query: string;
  params: Record<string, unknown>;
}

const perEntity = (build: (label: EntityType) => string, params: (id: string) => Record<string, unknown> = (id) => ({ id })): QueryRun[] =>
  ENTITY_TYPES.map((label) => ({ query: build(label), params: params(ENTITY_OF[label]) }));

/** Every read query, for every label, direction and group, with parameters that find something in the fixtures. */
const READ_RUNS = (quoteIds: string[]): Record<keyof ReadQueries, QueryRun[]> => ({
  countNodes: NODE_TABLES.map(({ label }) => ({ query: queries.countNodes(label), params: {} })),
  countEdges: EDGE_TYPES.map((type) => ({ query: queries.countEdges(type), params: {} })),
  documentExists: [{ query: queries.documentExists, params: { id: FLOOD } }],
  documentsBySource: [{ query: queries.documentsBySource, params: { source: 'flood.txt', fileName: 'flood.txt', slashFileName: '/flood.txt' } }],
  countDocumentsUnder: [{ query: queries.countDocumentsUnder, params: { prefix: 'flood' } }],
  searchEntities: [{ query: queries.searchEntities(ENTITY_TYPES), params: { needle: 'marsh', limit: 10 } }],
  searchCandidates: [{ query: queries.searchCandidates(ENTITY_TYPES), params: { first: 'mars', second: 'arsh', limit: 10 } }],
  entitiesById: [{ query: queries.entitiesById(ENTITY_TYPES), params: { ids: ALL_IDS } }],
  topEntities: [{ query: queries.topEntities(ENTITY_TYPES), params: { limit: 10 } }],
  entity: perEntity(queries.entity),
  entityRoles: perEntity(queries.entityRoles),
  entityDocuments: perEntity(queries.entityDocuments, (id) => ({ id, limit: 10 })),
  entityQuoteCounts: perEntity(queries.entityQuoteCounts),
  neighbourEdges: ENTITY_GROUPS.flatMap((group) =>
    (['out', 'in'] as const).flatMap((direction) =>
      perEntity((label) => queries.neighbourEdges(label, direction, group), (id) => ({ id, labels: [...ENTITY_TYPES], limit: 10 })),
    ),
  ),
  neighboursAtTwo: ENTITY_GROUPS.flatMap((from) =>
    ENTITY_GROUPS.map((to) => ({
      query: queries.neighboursAtTwo(from, to),
      params: { id: ENTITY_OF.Person, ring: RING[from], labels: [...ENTITY_TYPES], limit: 10 },
    })),
  ),
  edgesFrom: ENTITY_GROUPS.flatMap((group) =>
    [undefined, ['OPPOSES', 'SAID_ABOUT']].map((types) => ({
      query: queries.edgesFrom(group, types),
      params: { fromIds: [...RING[group], ENTITY_OF.Person], toIds: ALL_IDS, limit: 10 },
    })),
  ),
  quotesBySpeaker: perEntity(queries.quotesBySpeaker, (id) => ({ id, limit: 10 })),
  quotesAbout: perEntity(queries.quotesAbout, (id) => ({ id, limit: 10 })),
  quoteDetails: [{ query: queries.quoteDetails, params: { ids: quoteIds } }],
  quotePage: [
    { query: queries.quotePage({}), params: { limit: 10 } },
    {
      query: queries.quotePage({ speaker: 'Person', about: 'Agency', document: true, q: true, kind: true, from: true, to: true }),
      params: { speaker: ENTITY_OF.Person, about: ENTITY_OF.Agency, document: FLOOD, text: 'seawall', kind: 'direct', from: '2026-11-01', beforeDay: '2026-11-03', limit: 10 },
    },
  ],
  documentInfo: [{ query: queries.documentInfo, params: { id: FLOOD } }],
  documentMentions: [{ query: queries.documentMentions, params: { id: FLOOD } }],
  documentQuotes: [FLOOD, BUDGET].map((id) => ({ query: queries.documentQuotes, params: { id } })),
  documentRelations: RELATION_EDGE_TYPES.flatMap((type) => [FLOOD, BUDGET].map((id) => ({ query: queries.documentRelations(type), params: { id } }))),
  timelineQuotes: [{ query: queries.timelineQuotes, params: {} }],
  timelineEntityQuotes: [...perEntity((label) => queries.timelineEntityQuotes(label, 'said')), ...perEntity((label) => queries.timelineEntityQuotes(label, 'about'))],
  timelineEvents: [{ query: queries.timelineEvents(), params: {} }, ...perEntity(queries.timelineEvents)],
  saidAboutDated: [
    { query: queries.saidAboutDated({ speakers: false, subjects: false, from: true, to: true }), params: { from: '2000-01-01', beforeDay: '2100-01-01', limit: 10 } },
    {
      query: queries.saidAboutDated({ speakers: true, subjects: true, from: false, to: true }),
      params: { speakers: [ENTITY_OF.Person], subjects: [ENTITY_OF.Agency], beforeDay: '2100-01-01', limit: 10 },
    },
  ],
  saidAbout: [
    { query: queries.saidAbout({ speakers: false, subjects: false }), params: { limit: 10 } },
    { query: queries.saidAbout({ speakers: true, subjects: true }), params: { speakers: [ENTITY_OF.Person], subjects: [ENTITY_OF.Agency], limit: 10 } },
  ],
});

/** The other queries whose rows the store reads: what writes plan with, what a delete reads first, the embedded store's catalogue. */
const OTHER_RUNS: { name: string; decode: (rows: Row[]) => unknown[]; runs: QueryRun[] }[] = [
  { name: 'existingAliases', decode: decodeExistingAliases, runs: perEntity(toExistingAliasesQuery, (id) => ({ ids: [id] })) },
  { name: 'documentsById', decode: decodeDocumentsById, runs: [{ query: DOCUMENTS_BY_ID, params: { ids: [FLOOD, BUDGET] } }] },
  { name: 'documentsBySource', decode: decodeDocumentsBySource, runs: [{ query: DOCUMENTS_BY_SOURCE, params: { sources: ['flood.txt'] } }] },
  { name: 'aliasLookup', decode: decodeAliasLookup, runs: perEntity(toAliasLookupQuery, () => ({ probes: ['harborton', 'marsh', 'coastal'] })) },
  { name: 'mentionedByDocuments', decode: decodeMentionedByDocuments, runs: [{ query: MENTIONED_BY_DOCUMENTS, params: { ids: [FLOOD] } }] },
  { name: 'tableColumns', decode: decodeTableColumns, runs: [{ query: toTableColumnsQuery('Quote'), params: {} }] },
  { name: 'showTables', decode: decodeShowTables, runs: [{ query: SHOW_TABLES, params: {} }] },
  { name: 'nodeAtOffset', decode: decodeNodeAtOffset, runs: [{ query: toNodeAtOffsetQuery('Person'), params: { offset: 0 } }] },
];

/** Every row decoded, and no column of the query left out of its decoder. */
function expectEveryColumnRead(rows: Row[], decoded: unknown[]): void {
  expect(decoded).toHaveLength(rows.length);
  expect(Object.keys(decoded[0] as Row).sort(), 'columns decoded').toEqual(Object.keys(rows[0]!).sort());
}

describe('the rows of every read query, decoded', () => {
  let store: GraphStore;
  let run: RunRead;
  let runs: Record<keyof ReadQueries, QueryRun[]>;

  beforeAll(async () => {
    store = await createEmbeddedGraphStore({ path: ':memory:' });
    const meta = { ingestedAt: '2026-11-23T10:00:00.000Z', text: 'text' };
    await store.writeExtractions([
      { extraction: floodArticle, meta: { ...meta, source: 'flood.txt' } },
      { extraction: budgetArticle, meta: { ...meta, source: 'budget.md' } },
    ]);
    // the adapter's own way of running the app's queries: the rows the reads decode
    const adapter = store as unknown as { runRead: RunRead };
    run = (query, params) => adapter.runRead.call(store, query, params);
    const quoteIds = decodeRows.quotePage(await run(queries.quotePage({}), { limit: 10 })).map((row) => row.id);
    runs = READ_RUNS(quoteIds);
  });

  afterAll(async () => {
    await store.close();
  });

  it('has a decoder for every read query', () => {
    expect(Object.keys(decodeRows).sort()).toEqual(Object.keys(queries).sort());
  });

  it.each(Object.keys(queries) as (keyof ReadQueries)[])('reads every column %s returns, with values of their kinds', async (name) => {
    const rows = (await Promise.all(runs[name].map(({ query, params }) => run(query, params)))).flat();
    expect(rows.length, 'rows to decode').toBeGreaterThan(0);
    expectEveryColumnRead(rows, decodeRows[name](rows));
  });

  it.each(OTHER_RUNS)('reads every column the query $name returns, with values of their kinds', async ({ decode, runs: queryRuns }) => {
    const rows = (await Promise.all(queryRuns.map(({ query, params }) => run(query, params)))).flat();
    expect(rows.length, 'rows to decode').toBeGreaterThan(0);
    expectEveryColumnRead(rows, decode(rows));
  });

  it('names the query and the column when a query renames one', async () => {
    const renamed = queries.entity('Person').replace('AS name', 'AS fullName');
    const rows = await run(renamed, { id: ENTITY_OF.Person });
    expect(() => decodeRows.entity(rows)).toThrow(StoreRowError);
    expect(() => decodeRows.entity(rows)).toThrow(
      'The query "entity" returned a row without the column "name" (it has: id, fullName, aliases, mentions, kind).',
    );
  });

  it('names the query, the column and the value when a column holds another kind of value', async () => {
    const rows = (await run(queries.entity('Person'), { id: ENTITY_OF.Person })).map((row) => ({ ...row, mentions: String(row.mentions) }));
    expect(() => decodeRows.entity(rows)).toThrow('The query "entity" returned "3" in the column "mentions": Invalid input: expected number, received string.');
  });

  it('reports a row it cannot read as a fault of the store, with a stable code', () => {
    const error = (() => {
      try {
        decodeRows.countNodes([{ total: 3 }]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'STORE_ROW_INVALID', status: 500 });
  });
});
