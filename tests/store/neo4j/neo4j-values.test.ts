import neo4j from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { Neo4jGraphCollector, toNeo4jParams, toPlainValue } from '../../../store/neo4j/neo4j-values.ts';

const { Node, Relationship, Path, PathSegment } = neo4j.types;

const person = new Node(neo4j.int(1), ['Person'], { id: 'person:lena-marsh', name: 'Lena Marsh', mentions: neo4j.int(3) }, '4:db:1');
const place = new Node(neo4j.int(2), ['Place'], { id: 'place:harborton', name: 'Harborton' }, '4:db:2');
const role = new Relationship(
  neo4j.int(7),
  neo4j.int(1),
  neo4j.int(2),
  'AFFILIATED_WITH',
  { role: 'Governor', document: 'a'.repeat(64), startOffset: neo4j.int(12) },
  '5:db:7',
  '4:db:1',
  '4:db:2',
);

describe('toNeo4jParams', () => {
  it('sends whole numbers as Integers, nested in rows too, and leaves fractions and text alone', () => {
    const params = toNeo4jParams({ limit: 10, ratio: 0.5, rows: [{ startOffset: 86, via: null }], id: 'x' });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(neo4j.isInt((params.rows as { startOffset: unknown }[])[0]?.startOffset)).toBe(true);
    expect(params.id).toBe('x');
  });

  it('sends undefined as null, which the driver would otherwise drop', () => {
    expect(toNeo4jParams({ date: undefined, rows: [{ kind: undefined }] })).toEqual({ date: null, rows: [{ kind: null }] });
  });
});

describe('toPlainValue', () => {
  it('turns Integers into numbers and dates into ISO text, inside lists and maps', () => {
    const date = new neo4j.types.Date(2026, 11, 2);
    expect(toPlainValue({ count: neo4j.int(2), days: [date], nested: { n: neo4j.int(-4) } })).toEqual({
      count: 2,
      days: ['2026-11-02'],
      nested: { n: -4 },
    });
  });
});

describe('Neo4jGraphCollector', () => {
  it('answers nodes and relationships in the shared shape, with ends as stable ids', async () => {
    const collector = new Neo4jGraphCollector();
    const row = { p: collector.convert(person), r: collector.convert(role) };
    const resolveEnds = vi.fn(async (ids: string[]) => new Map(ids.map((id): [string, string] => [id, 'place:harborton'])));
    await collector.finish(resolveEnds);
    expect(resolveEnds).toHaveBeenCalledWith(['4:db:2']);
    expect(row).toEqual({
      p: { id: 'person:lena-marsh', labels: ['Person'], properties: { id: 'person:lena-marsh', name: 'Lena Marsh', mentions: 3 } },
      r: {
        id: `AFFILIATED_WITH:person:lena-marsh->place:harborton@${'a'.repeat(12)}:12`,
        type: 'AFFILIATED_WITH',
        start: 'person:lena-marsh',
        end: 'place:harborton',
        properties: { role: 'Governor', document: 'a'.repeat(64), startOffset: 12 },
      },
    });
    expect([...collector.nodes.keys()]).toEqual(['person:lena-marsh']);
    expect(collector.edges.size).toBe(0); // the place is not among the rows, so the edge cannot be drawn
  });

  it('draws an edge whose ends are both in the rows, without asking the database', async () => {
    const collector = new Neo4jGraphCollector();
    const path = collector.convert(new Path(person, place, [new PathSegment(person, role, place)]));
    const resolveEnds = vi.fn(async () => new Map<string, string>());
    await collector.finish(resolveEnds);
    expect(resolveEnds).not.toHaveBeenCalled();
    expect(path).toMatchObject({
      nodes: [{ id: 'person:lena-marsh' }, { id: 'place:harborton' }],
      relationships: [{ start: 'person:lena-marsh', end: 'place:harborton' }],
    });
    expect([...collector.edges.values()]).toMatchObject([{ type: 'AFFILIATED_WITH', source: 'person:lena-marsh', target: 'place:harborton' }]);
  });
});
