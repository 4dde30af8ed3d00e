import type { CompatCase } from './compat-case.ts';

const HA = 'Harbor Authority';

/** What Neo4j Browser users type while exploring, adapted to the Port Elwin fixture. */
export const BROWSER_CASES: CompatCase[] = [
  { query: 'MATCH (n:Person) RETURN n.name LIMIT 25', rows: ['Ilse Brandt', 'Mara Quist', 'Oskar Vale', 'Tobias Renn'].map((name) => ({ 'n.name': name })) },
  { query: "MATCH (n) WHERE n.id = 'person:tobias-renn' RETURN n", rows: [{ n: { id: 'person:tobias-renn', labels: ['Person'], properties: { name: 'Tobias Renn', mentions: 1 } } }] },
  { query: 'MATCH (n) RETURN labels(n)[0] AS label, count(*) AS c ORDER BY c DESC, label', ordered: true,
    rows: [{ label: 'Quote', c: 8 }, { label: 'Document', c: 5 }, { label: 'Person', c: 4 }, { label: 'Event', c: 3 }, { label: 'Organization', c: 3 }, { label: 'Place', c: 3 }, { label: 'Agency', c: 2 }] },
  { query: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY c DESC, t', ordered: true,
    rows: [
      { t: 'MENTIONS', c: 25 }, { t: 'ABOUT', c: 8 }, { t: 'IN', c: 8 }, { t: 'SAID', c: 7 }, { t: 'SAID_ABOUT', c: 7 }, { t: 'INVOLVES', c: 4 },
      { t: 'AFFILIATED_WITH', c: 3 }, { t: 'OCCURRED_IN', c: 3 }, { t: 'LOCATED_IN', c: 2 }, { t: 'ASSISTS', c: 1 }, { t: 'COOPERATES_WITH', c: 1 },
      { t: 'OPPOSES', c: 1 }, { t: 'PART_OF', c: 1 }, { t: 'REQUESTED', c: 1 }, { t: 'SPOKESPERSON_FOR', c: 1 }, { t: 'SUED', c: 1 },
    ] },
  { query: "MATCH (n:Person) WHERE n.name CONTAINS 'Quist' RETURN n.name AS name", rows: [{ name: 'Mara Quist' }] },
  { query: "MATCH (n:Person) WHERE toLower(n.name) STARTS WITH 'o' RETURN n.name AS name", rows: [{ name: 'Oskar Vale' }] },
  { query: 'MATCH (p:Person)-[:SAID]->(q:Quote) RETURN p.name AS speaker, count(q) AS quotes ORDER BY quotes DESC, speaker', ordered: true,
    rows: [{ speaker: 'Mara Quist', quotes: 2 }, { speaker: 'Oskar Vale', quotes: 1 }, { speaker: 'Tobias Renn', quotes: 1 }] },
  { query: 'MATCH (s)-[:SAID]->(q:Quote) RETURN s.name AS speaker, count(q) AS n, size(collect(DISTINCT q.document)) AS docs ORDER BY speaker', ordered: true,
    rows: [
      { speaker: 'Dockworkers Union', n: 1, docs: 1 }, { speaker: 'Green Tide', n: 1, docs: 1 }, { speaker: HA, n: 1, docs: 1 },
      { speaker: 'Mara Quist', n: 2, docs: 2 }, { speaker: 'Oskar Vale', n: 1, docs: 1 }, { speaker: 'Tobias Renn', n: 1, docs: 1 },
    ] },
  // the defect: a plain aggregate after a DISTINCT one beside a grouping key (the engine said 0)
  { query: 'MATCH (s)-[:SAID]->(q:Quote) RETURN s.name AS speaker, size(collect(DISTINCT q.document)) AS docs, count(q) AS n ORDER BY speaker', ordered: true,
    rows: [
      { speaker: 'Dockworkers Union', docs: 1, n: 1 }, { speaker: 'Green Tide', docs: 1, n: 1 }, { speaker: HA, docs: 1, n: 1 },
      { speaker: 'Mara Quist', docs: 2, n: 2 }, { speaker: 'Oskar Vale', docs: 1, n: 1 }, { speaker: 'Tobias Renn', docs: 1, n: 1 },
    ] },
  { query: 'MATCH (s)-[:SAID]->(q:Quote) WITH s, count(DISTINCT q.document) AS docs, count(q) AS n WHERE n > 1 RETURN s.name AS speaker, docs, n', rows: [{ speaker: 'Mara Quist', docs: 2, n: 2 }] },
  { query: 'MATCH (q:Quote) WHERE NOT (q)<-[:SAID]-() RETURN q.text AS text', rows: [{ text: 'Nobody believes that,' }] },
  { query: 'MATCH (d:Document) RETURN d.title AS title ORDER BY d.date DESC LIMIT 2', ordered: true,
    // Neo4j sorts null after every value ascending, so first descending
    rows: [{ title: 'Courier asks about the budget' }, { title: 'Coastal agency steps in' }] },
  { query: "MATCH (d:Document) WHERE d.date >= '2026-10-10' RETURN count(d) AS n", rows: [{ n: 2 }] },
  { query: 'MATCH (e:Event)-[:OCCURRED_IN]->(p:Place) RETURN e.name AS event, p.name AS place ORDER BY event', ordered: true,
    rows: [{ event: 'budget vote', place: 'Port Elwin' }, { event: 'pier collapse', place: 'Port Elwin' }, { event: 'union strike', place: 'North Bay' }] },
  { query: 'MATCH (e:Event)-[:INVOLVES]->(x) RETURN e.name AS event, size(collect(x.name)) AS who ORDER BY event', ordered: true,
    rows: [{ event: 'budget vote', who: 1 }, { event: 'pier collapse', who: 1 }, { event: 'union strike', who: 2 }] },
  { query: "MATCH (a {id: 'agency:harbor-authority'})<-[:ABOUT]-(q:Quote) RETURN count(q) AS n", rows: [{ n: 4 }] },
  { query: "MATCH (a:Agency {id: 'agency:harbor-authority'})-[r]-() RETURN count(DISTINCT type(r)) AS types", rows: [{ types: 10 }] },
  { query: 'MATCH (n:Place) RETURN n.name AS name, n.mentions AS mentions ORDER BY mentions DESC', ordered: true,
    rows: [{ name: 'Port Elwin', mentions: 5 }, { name: 'North Bay', mentions: 2 }, { name: 'Kessland', mentions: 1 }] },
  { query: 'MATCH (p:Person) WITH p ORDER BY p.mentions DESC LIMIT 1 RETURN p.name AS top', rows: [{ top: 'Mara Quist' }] },
  { query: 'MATCH (p:Person) RETURN p.name AS name, CASE WHEN p.mentions > 1 THEN "often" ELSE "once" END AS how ORDER BY name', ordered: true,
    rows: [{ name: 'Ilse Brandt', how: 'often' }, { name: 'Mara Quist', how: 'often' }, { name: 'Oskar Vale', how: 'once' }, { name: 'Tobias Renn', how: 'once' }] },
  { query: 'UNWIND range(1, 3) AS i RETURN i * i AS sq', rows: [{ sq: 1 }, { sq: 4 }, { sq: 9 }] },
  { query: "WITH 'Port Elwin' AS town RETURN toUpper(town) AS t, size(town) AS n", rows: [{ t: 'PORT ELWIN', n: 10 }] },
  { query: 'RETURN 1 + 2 AS three, 10 / 4 AS div, 10 / 4.0 AS fdiv', rows: [{ three: 3, div: 2, fdiv: 2.5 }] },
  { query: "MATCH (o:Organization) RETURN o.name AS name ORDER BY name DESC SKIP 1", ordered: true, rows: [{ name: 'Elwin Courier' }, { name: 'Dockworkers Union' }] },
  { query: 'MATCH (p:Person) RETURN DISTINCT p.mentions AS m ORDER BY m', ordered: true, rows: [{ m: 1 }, { m: 2 }, { m: 4 }] },
  { query: "MATCH (p:Place {id: 'place:north-bay'})-[:PART_OF]->(c)-[:LOCATED_IN]->(k) RETURN c.name AS city, k.name AS region", rows: [{ city: 'Port Elwin', region: 'Kessland' }] },
  { query: 'MATCH (n:Person|Agency) WHERE n:!Agency RETURN count(n) AS people', rows: [{ people: 4 }] },
  { query: 'RETURN reduce(acc = 1, x IN [1, 2, 3, 4] | acc * x) AS factorial', rows: [{ factorial: 24 }] },
  { query: 'MATCH (d:Document) RETURN date(d.date).month AS month, count(*) AS docs', rows: [{ month: 10, docs: 4 }, { month: null, docs: 1 }] },
  { query: "MATCH (p:Person) WHERE p.name STARTS WITH 'M' CALL (p) { MATCH (p)-[:SAID]->(q:Quote) RETURN count(q) AS n } RETURN p.name AS name, n", rows: [{ name: 'Mara Quist', n: 2 }] },
  { query: 'RETURN round(1.249, 1) AS r, round(0.5, 0) AS h', rows: [{ r: 1.2, h: 1 }] },
  { query: 'MATCH (p:Place) RETURN p.name AS place, size([(p)<-[:OCCURRED_IN]-(e:Event) | e.name]) AS events ORDER BY place', ordered: true,
    rows: [{ place: 'Kessland', events: 0 }, { place: 'North Bay', events: 1 }, { place: 'Port Elwin', events: 2 }] },
  { query: "MATCH (d:Document) RETURN d.source AS source, right(d.source, 3) AS ext ORDER BY source LIMIT 2", ordered: true,
    rows: [{ source: 'budget.txt', ext: 'txt' }, { source: 'coastal.html', ext: 'tml' }] },
];
