/** A ready-made query for the console's examples menu. */
export interface ExampleQuery {
  title: string;
  query: string;
  /** Parameters as the JSON the params box shows. */
  params?: Record<string, unknown>;
}

/** The console's examples. `IN` is back-quoted: it is a keyword on the embedded store. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Who said what about someone',
    query:
      'MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(x), (q)-[:`IN`]->(d:Document)\n' +
      'WHERE x.name = $name\n' +
      'RETURN s.name AS speaker, q.text AS quote, d.title AS article\nLIMIT 25',
    params: { name: 'Hollis Brandvold' },
  },
  {
    title: 'Speakers and whom they spoke about (graph)',
    query: 'MATCH (p)-[r:SAID_ABOUT]->(o)\nRETURN p, r, o\nLIMIT 40',
  },
  {
    title: 'Agencies and their relations',
    query: 'MATCH (a:Agency)-[r:COOPERATES_WITH|ASSISTS|OPPOSES|REQUESTED|SUED|PART_OF]->(b)\nRETURN a, r, b\nLIMIT 50',
  },
  {
    title: 'People and their roles',
    query: 'MATCH (p:Person)-[r:AFFILIATED_WITH]->(o)\nRETURN p.name AS person, r.role AS role, o.name AS organization\nLIMIT 50',
  },
  {
    title: 'Quotes per article',
    query: 'MATCH (q:Quote)-[:`IN`]->(d:Document)\nRETURN d.title AS article, count(q) AS quotes\nORDER BY quotes DESC',
  },
  {
    title: 'Most-mentioned people',
    query: 'MATCH (p:Person)\nRETURN p.name AS name, p.mentions AS mentions\nORDER BY mentions DESC\nLIMIT 20',
  },
];
