import { allCypherVersions, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type EntityType } from '../../model/graph-model.ts';
import { EDGE_TYPES } from '../../model/graph-model.ts';
import { toGraphWrite } from '../../store/to-graph-write.ts';
import { type EdgeRow, type GraphWrite } from '../../model/graph-rows.ts';
import { NODE_TABLES, REL_TABLES, quoteName } from '../../model/graph-model.ts';
import { ENTITY_GROUPS, createReadQueries, type ReadQueries } from '../../store/cypher/read-queries.ts';
import { toDeleteStatements } from '../../store/cypher/delete-queries.ts';
import { toWriteStatements } from '../../store/cypher/write-queries.ts';
import { NEO4J_DIALECT, NEO4J_INTERNAL_QUERIES, toNeo4jSchema } from '../../store/neo4j/graph-store-neo4j.ts';
import { budgetArticle, floodArticle } from '../fixtures/extractions.fixtures.ts';

interface QueryCase {
  name: string;
  query: string;
  /** The parameters the adapter sends with it: any other `$name` in the query is an error. */
  params: Record<string, unknown>;
}

/** Everything graph-reads.ts and the adapter pass to the reads, with values of the right kind. */
const READ_PARAMS = { id: 'person:x', ids: ['x'], ring: ['x'], probes: ['x'], viaLabels: ['Person'], sources: ['x.txt'], source: 'news/x.txt', fileName: 'x.txt', slashFileName: '/x.txt', prefix: 'samples/', labels: ['Person'], limit: 10, needle: 'x', first: 'x', second: 'y', fromIds: ['x'], toIds: ['x'], skip: 0, speaker: 'person:x', about: 'agency:x', document: 'd', text: 'x', speakers: ['x'], subjects: ['x'], kind: 'direct', from: '2026-01-01', beforeDay: '2026-02-01' };

const queries = createReadQueries(NEO4J_DIALECT);

const perEntity = (name: string, build: (label: EntityType) => string): [string, string][] =>
  ENTITY_TYPES.map((label) => [`${name}(${label})`, build(label)]);

/** Every read query for every label and direction; keyed by query so a new one without a case fails to compile. */
const READ_CASES: Record<keyof ReadQueries, [string, string][]> = {
  countNodes: NODE_TABLES.map(({ label }) => [`countNodes(${label})`, queries.countNodes(label)]),
  countEdges: EDGE_TYPES.map((type) => [`countEdges(${type})`, queries.countEdges(type)]),
  documentExists: [['documentExists', queries.documentExists]],
  documentsBySource: [['documentsBySource', queries.documentsBySource]],
  countDocumentsUnder: [['countDocumentsUnder', queries.countDocumentsUnder]],
  searchEntities: [['searchEntities(all)', queries.searchEntities(ENTITY_TYPES)], ['searchEntities(Person)', queries.searchEntities(['Person'])]],
  searchCandidates: [['searchCandidates(all)', queries.searchCandidates(ENTITY_TYPES)], ['searchCandidates(Place)', queries.searchCandidates(['Place'])]],
  entitiesById: [['entitiesById(all)', queries.entitiesById(ENTITY_TYPES)]],
  topEntities: [['topEntities(all)', queries.topEntities(ENTITY_TYPES)]],
  entity: perEntity('entity', queries.entity),
  entityRoles: perEntity('entityRoles', queries.entityRoles),
  entityDocuments: perEntity('entityDocuments', queries.entityDocuments),
  entityQuoteCounts: perEntity('entityQuoteCounts', queries.entityQuoteCounts),
  neighbourEdges: ENTITY_GROUPS.flatMap((group) =>
    (['out', 'in'] as const).flatMap((direction) => perEntity(`neighbourEdges(${direction}, ${group})`, (label) => queries.neighbourEdges(label, direction, group))),
  ),
  edgesFrom: [
    ['edgesFrom(others)', queries.edgesFrom('others')],
    ['edgesFrom(events)', queries.edgesFrom('events')],
    ['edgesFrom(others, OPPOSES)', queries.edgesFrom('others', ['OPPOSES'])],
    ['edgesFrom(events, SAID_ABOUT)', queries.edgesFrom('events', ['SAID_ABOUT'])],
  ],
  neighboursAtTwo: ENTITY_GROUPS.flatMap((from) =>
    ENTITY_GROUPS.map((to): [string, string] => [`neighboursAtTwo(${from}, ${to})`, queries.neighboursAtTwo(from, to)]),
  ),
  quotesBySpeaker: perEntity('quotesBySpeaker', queries.quotesBySpeaker),
  quotesAbout: perEntity('quotesAbout', queries.quotesAbout),
  quoteDetails: [['quoteDetails', queries.quoteDetails]],
  quotePage: [
    ['quotePage()', queries.quotePage({})],
    ['quotePage(all filters)', queries.quotePage({ speaker: 'Person', about: 'Agency', document: true, q: true, kind: true, from: true, to: true })],
  ],
  documentInfo: [['documentInfo', queries.documentInfo]],
  documentMentions: [['documentMentions', queries.documentMentions]],
  documentQuotes: [['documentQuotes', queries.documentQuotes]],
  documentRelations: EDGE_TYPES.map((type) => [`documentRelations(${type})`, queries.documentRelations(type)]),
  timelineQuotes: [['timelineQuotes', queries.timelineQuotes]],
  timelineEntityQuotes: ENTITY_TYPES.flatMap((label) => (['said', 'about'] as const).map((way): [string, string] => [`timelineEntityQuotes(${label}, ${way})`, queries.timelineEntityQuotes(label, way)])),
  timelineEvents: [['timelineEvents()', queries.timelineEvents()], ...perEntity('timelineEvents', queries.timelineEvents)],
  saidAboutDated: [
    ['saidAboutDated(from)', queries.saidAboutDated({ speakers: false, subjects: false, from: true, to: false })],
    ['saidAboutDated(all)', queries.saidAboutDated({ speakers: true, subjects: true, from: true, to: true })],
  ],
  saidAbout: [
    ['saidAbout()', queries.saidAbout({ speakers: false, subjects: false })],
    ['saidAbout(both)', queries.saidAbout({ speakers: true, subjects: true })],
  ],
};

const meta = { source: 'test', ingestedAt: '2026-11-23T10:00:00.000Z', text: 'text' };

/** One batch per relationship type of the model, with and without a role: every edge statement shape. */
function toEveryEdgeWrite(): GraphWrite {
  const write = toGraphWrite(floodArticle, meta);
  const row = (role: string | null): EdgeRow => ({ from: 'a', to: 'b', document: 'd', startOffset: 1, endOffset: 2, role, rule: role === null ? null : 'role-title', confidence: role === null ? null : 0.8, via: 'v', count: 1, spans: [1, 2] });
  const edges = REL_TABLES.flatMap(({ type, pairs }) => {
    const [fromLabel, toLabel] = pairs[0]!; // every relationship type joins at least one pair of labels
    return [null, 'Governor'].map((role) => ({ type, fromLabel, toLabel, rows: [row(role)] }));
  });
  return { ...write, edges };
}

function toWriteCases(): QueryCase[] {
  const writes = [toGraphWrite(floodArticle, meta), toGraphWrite(budgetArticle, meta), toEveryEdgeWrite()];
  const statements = writes.flatMap((write) => toWriteStatements(write, new Map([['person:lena-marsh', ['Marsh']]])));
  const unique = new Map(statements.map((statement) => [statement.query, statement]));
  return [...unique.values()].map(({ query, params }) => ({ name: toWriteName(query), query, params }));
}

/** A short name for a write statement: what it merges, e.g. "write SAID Person->Quote +role". */
function toWriteName(query: string): string {
  const edge = /\(a:(\w+) .*\(b:(\w+) .*\[e:`?(\w+)/.exec(query);
  if (edge) return `write ${edge[3]} ${edge[1]}->${edge[2]}${query.includes('role: r.role') ? ' +role' : ''}`;
  const quote = /\(s:(\w+) .*CREATE \(s\)-\[:SAID/.exec(query);
  if (quote) return `write Quote said by ${quote[1]}`;
  return `write ${/(?:MERGE|CREATE) \(\w:(\w+)/.exec(query)?.[1] ?? query}`;
}

const cases: QueryCase[] = [
  ...toNeo4jSchema().map((query) => ({ name: `schema ${/(?:CONSTRAINT|INDEX) \w+/.exec(query)?.[0]}`, query, params: {} })),
  ...Object.entries(NEO4J_INTERNAL_QUERIES).map(([name, query]) => ({ name: `internal ${name}`, query, params: READ_PARAMS })),
  ...Object.values(READ_CASES).flatMap((pairs) => pairs.map(([name, query]) => ({ name: `read ${name}`, query, params: READ_PARAMS }))),
  ...toWriteCases(),
  ...toDeleteStatements(['d1'], ['person:lena-marsh']).map(({ query, params }) => ({ name: `delete ${query.slice(0, 40)}`, query, params })),
];

/** Error-level diagnostics (severity 1) in every Cypher version the parser knows; warnings about unknown labels are fine. */
function errorsOf(query: string, params: Record<string, unknown>): string[] {
  return allCypherVersions.flatMap((version) =>
    lintCypherQuery(query, { parameters: params, defaultLanguage: version })
      .diagnostics.filter((diagnostic) => diagnostic.severity === 1)
      .map((diagnostic) => `${version}: ${diagnostic.message}`),
  );
}

describe("Neo4j's own parser on every query the Neo4j adapter sends", () => {
  it('reports a malformed query and an undeclared parameter, so a clean answer means something', () => {
    expect(errorsOf('MATCH (n RETURN n', {})).not.toEqual([]);
    expect(errorsOf('MATCH (n {id: $id}) RETURN n', {})).not.toEqual([]);
  });

  it('covers every read query, every edge type and every label', () => {
    expect(Object.keys(READ_CASES).sort()).toEqual(Object.keys(queries).sort());
    const writes = toWriteCases().map((c) => c.query);
    for (const { type } of REL_TABLES) {
      expect(writes.some((query) => query.includes(`[e:${quoteName(type)}`) || query.includes(`[:${quoteName(type)} `)), type).toBe(true);
    }
    for (const { label } of NODE_TABLES) expect(writes.some((query) => query.includes(`:${label} {id:`)), label).toBe(true);
  });

  it.each(cases)('accepts $name', ({ query, params }) => {
    expect(errorsOf(query, params)).toEqual([]);
  });
});
