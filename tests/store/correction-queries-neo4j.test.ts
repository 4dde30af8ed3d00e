import { allCypherVersions, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/graph-model.ts';
import { CORRECTION_QUERIES } from '../../store/corrections/correction-log.ts';
import { toMoveEdgeStatements } from '../../store/corrections/move-edges.ts';

/** Error-level diagnostics in every Cypher version the parser knows. */
function errorsOf(query: string, params: Record<string, unknown>): string[] {
  return allCypherVersions.flatMap((version) =>
    lintCypherQuery(query, { parameters: params, defaultLanguage: version })
      .diagnostics.filter((diagnostic) => diagnostic.severity === 1)
      .map((diagnostic) => `${version}: ${diagnostic.message}`),
  );
}

// a retype across types that reaches every kind of edge, those only events and places have among them
const PAIRS: [EntityType, EntityType][] = [['Place', 'Event']];

/** The statements differ by label and type only past their shape: one of each shape keeps the parser's time down. */
function oneOfEachShape(queries: string[]): string[] {
  const shapes = new Map<string, string>();
  for (const query of queries) shapes.set(query.replace(/:`?[A-Z_]+`?/g, ':T'), query);
  return [...shapes.values()];
}

describe("Neo4j's parser on the corrections' queries", () => {
  it.each(PAIRS)('accepts every edge move from %s to %s', (from, to) => {
    const statements = toMoveEdgeStatements(from, to, { from: 'x', to: 'y' });
    expect(statements.length).toBeGreaterThan(5);
    const params = statements[0]!.params;
    for (const query of oneOfEachShape(statements.map((statement) => statement.query))) expect(errorsOf(query, params), query).toEqual([]);
  }, 90_000);

  it('accepts the log queries', () => {
    const params = { id: 'c', action: 'merge', arguments: '{}', facts: '{}', time: 't', editor: 'e', note: null, at: 't' };
    for (const query of Object.values(CORRECTION_QUERIES)) {
      const used = Object.fromEntries(Object.entries(params).filter(([name]) => query.includes(`$${name}`)));
      expect(errorsOf(query, used), query).toEqual([]);
    }
  });
});
