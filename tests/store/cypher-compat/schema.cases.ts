import type { CompatCase } from './compat-case.ts';

const LABELS = ['Agency', 'Document', 'Event', 'Organization', 'Person', 'Place', 'Quote'];
const TYPES = ['ABOUT', 'AFFILIATED_WITH', 'ASSISTS', 'COOPERATES_WITH', 'IN', 'INVOLVES', 'LOCATED_IN', 'MENTIONS', 'OCCURRED_IN', 'OPPOSES', 'PART_OF', 'REQUESTED', 'SAID', 'SAID_ABOUT', 'SPOKESPERSON_FOR', 'SUED'];

/** What a Neo4j Browser user types first: the schema procedures and SHOW commands. */
export const SCHEMA_CASES: CompatCase[] = [
  { query: 'CALL db.labels()', rows: LABELS.map((label) => ({ label })) },
  { query: 'CALL db.labels() YIELD label RETURN label ORDER BY label', ordered: true, rows: LABELS.map((label) => ({ label })) },
  { query: "CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'P' RETURN l ORDER BY l", ordered: true, rows: [{ l: 'Person' }, { l: 'Place' }] },
  { query: 'CALL db.labels() YIELD label RETURN count(label) AS n', rows: [{ n: 7 }] },
  { query: 'CALL db.labels() YIELD *', rows: LABELS.map((label) => ({ label })) },
  { query: "CALL db.labels() YIELD label WHERE label = 'Quote'", rows: [{ label: 'Quote' }] },
  { query: 'CALL db.relationshipTypes()', rows: TYPES.map((relationshipType) => ({ relationshipType })) },
  { query: 'CALL db.relationshipTypes() YIELD relationshipType RETURN count(*) AS n', rows: [{ n: 16 }] },
  { query: "CALL db.relationshipTypes() YIELD relationshipType WHERE relationshipType STARTS WITH 'SAID' RETURN relationshipType ORDER BY relationshipType", ordered: true,
    rows: [{ relationshipType: 'SAID' }, { relationshipType: 'SAID_ABOUT' }] },
  { query: "CALL db.propertyKeys() YIELD propertyKey WHERE propertyKey IN ['name', 'title', 'via'] RETURN propertyKey ORDER BY propertyKey", ordered: true,
    rows: [{ propertyKey: 'name' }, { propertyKey: 'title' }, { propertyKey: 'via' }] },
  { query: "CALL db.labels() YIELD label UNWIND ['x'] AS x RETURN label + x AS lx ORDER BY lx LIMIT 1", ordered: true, rows: [{ lx: 'Agencyx' }] },
  { query: "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE 'Person' IN labelsOrTypes",
    rows: [{ name: 'Person_id', type: 'UNIQUENESS', labelsOrTypes: ['Person'], properties: ['id'] }] },
  { query: 'SHOW CONSTRAINTS YIELD name RETURN count(*) AS n', rows: [{ n: 7 }] },
  { query: "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex, propertyType WHERE name = 'Place_id'",
    rows: [{ name: 'Place_id', type: 'UNIQUENESS', entityType: 'NODE', labelsOrTypes: ['Place'], properties: ['id'], ownedIndex: 'Place_id', propertyType: null }] },
  { query: "SHOW UNIQUENESS CONSTRAINTS YIELD name WHERE name = 'Event_id'", rows: [{ name: 'Event_id' }] },
  { query: 'SHOW EXISTENCE CONSTRAINTS YIELD name', rows: [] },
  { query: "SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint = 'Quote_id' RETURN name", rows: [{ name: 'Quote_id' }] },
  { query: 'SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NOT NULL RETURN count(*) AS n', rows: [{ n: 7 }] },
  { query: "SHOW RANGE INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'Document_id'", rows: [{ name: 'Document_id', labelsOrTypes: ['Document'], properties: ['id'] }] },
  { query: "SHOW PROCEDURES YIELD name WHERE name = 'db.labels'", rows: [{ name: 'db.labels' }] },
  { query: "SHOW FUNCTIONS YIELD name WHERE name IN ['toLower', 'coalesce'] RETURN name ORDER BY name", ordered: true, rows: [{ name: 'coalesce' }, { name: 'toLower' }] },
  { query: "SHOW FUNCTIONS YIELD name, category WHERE name = 'replace'", rows: [{ name: 'replace', category: 'String' }] },
  // after other clauses, every row meets every label
  { query: 'MATCH (n:Place) CALL db.labels() YIELD label RETURN n.name, label', rows: ['Kessland', 'North Bay', 'Port Elwin'].flatMap((name) => LABELS.map((label) => ({ 'n.name': name, label }))) },
  { query: "MATCH (n:Place {id: 'place:kessland'}) CALL db.labels() YIELD label WHERE label STARTS WITH 'P' RETURN n.name AS place, label ORDER BY label", ordered: true,
    rows: [{ place: 'Kessland', label: 'Person' }, { place: 'Kessland', label: 'Place' }] },
  { query: 'CALL db.schema.visualization() YIELD nodes RETURN size(nodes) AS n', refused: 'db.schema.visualization() inside a longer query' },
];
