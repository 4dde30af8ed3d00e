import type { Entity, Extraction } from '../../../model/extraction.ts';

/**
 * Five articles about one harbour town, written by hand so every answer of the compatibility
 * suite can be worked out on paper: 15 entities of all five types, 8 quotes, 10 relations, 3 events.
 */
const person = (slug: string, name: string, spans: number, aliases: string[] = []): Entity => entity('Person', slug, name, spans, aliases);
const agency = (slug: string, name: string, spans: number, aliases: string[] = []): Entity => entity('Agency', slug, name, spans, aliases);
const organization = (slug: string, name: string, spans: number): Entity => entity('Organization', slug, name, spans, []);
const place = (slug: string, name: string, spans: number): Entity => entity('Place', slug, name, spans, []);

function entity(type: Entity['type'], slug: string, name: string, spans: number, aliases: string[]): Entity {
  const id = `${type.toLowerCase()}:${slug}`;
  return { id, type, name, aliases, mentions: Array.from({ length: spans }, (_, i) => ({ start: i * 10, end: i * 10 + 5 })) };
}

const quote = (text: string, start: number, speaker: string | null, about: string[], via: string | null = null) => ({
  text,
  start,
  end: start + text.length,
  speaker,
  via,
  about,
});

const evidence = { start: 0, end: 40 };

/** The id of the n-th fixture document: 64 hex digits, as the store's SHA-256 ids are. */
export const docId = (n: number): string => String(n).repeat(64);

export const PORT_ELWIN: Extraction[] = [
  {
    document: { id: docId(1), title: 'Pier collapses in Port Elwin', date: '2026-10-01', source: 'pier.txt' },
    entities: [person('mara-quist', 'Mara Quist', 2, ['Mayor Quist']), agency('harbor-authority', 'Harbor Authority', 1, ['HA']), place('port-elwin', 'Port Elwin', 2), place('north-bay', 'North Bay', 1)],
    quotes: [quote('We need answers from the Harbor Authority,', 100, 'person:mara-quist', ['agency:harbor-authority'])],
    relations: [
      { subject: 'person:mara-quist', predicate: 'AFFILIATED_WITH', object: 'place:port-elwin', role: 'Mayor', evidence },
      { subject: 'place:north-bay', predicate: 'PART_OF', object: 'place:port-elwin', role: null, evidence },
    ],
    events: [{ id: 'event:pier-collapse', type: 'Accident', name: 'pier collapse', date: '2026-10-01', places: ['place:port-elwin'], participants: ['agency:harbor-authority'], evidence }],
  },
  {
    document: { id: docId(2), title: 'Harbor Authority answers the mayor', date: '2026-10-03', source: 'harbor.md' },
    entities: [person('tobias-renn', 'Tobias Renn', 1), agency('harbor-authority', 'Harbor Authority', 2), person('mara-quist', 'Mara Quist', 1), place('port-elwin', 'Port Elwin', 1)],
    quotes: [
      quote('The pier was inspected in spring,', 50, 'agency:harbor-authority', ['person:mara-quist'], 'spokesperson'),
      quote('Repairs start next week,', 120, 'person:tobias-renn', ['agency:harbor-authority', 'place:port-elwin']),
    ],
    relations: [
      { subject: 'person:tobias-renn', predicate: 'SPOKESPERSON_FOR', object: 'agency:harbor-authority', role: null, evidence },
      { subject: 'agency:harbor-authority', predicate: 'LOCATED_IN', object: 'place:port-elwin', role: null, evidence },
    ],
    events: [],
  },
  {
    document: { id: docId(3), title: 'Dockworkers walk out', date: '2026-10-12', source: 'strike.txt' },
    entities: [organization('dockworkers-union', 'Dockworkers Union', 2), agency('harbor-authority', 'Harbor Authority', 1), organization('green-tide', 'Green Tide', 1), place('north-bay', 'North Bay', 1), person('ilse-brandt', 'Ilse Brandt', 1)],
    quotes: [
      quote('Safety comes before profit,', 30, 'organization:dockworkers-union', ['agency:harbor-authority']),
      quote('We stand with the workers,', 200, 'organization:green-tide', ['organization:dockworkers-union']),
    ],
    relations: [
      { subject: 'organization:dockworkers-union', predicate: 'OPPOSES', object: 'agency:harbor-authority', role: null, evidence },
      { subject: 'organization:green-tide', predicate: 'ASSISTS', object: 'organization:dockworkers-union', role: null, evidence },
    ],
    events: [{ id: 'event:union-strike', type: 'Strike', name: 'union strike', date: '2026-10-12', places: ['place:north-bay'], participants: ['organization:dockworkers-union', 'agency:harbor-authority'], evidence }],
  },
  {
    document: { id: docId(4), title: 'Coastal agency steps in', date: '2026-10-20', source: 'coastal.html' },
    entities: [agency('coastal-agency', 'Coastal Protection Agency', 2, ['CPA']), person('oskar-vale', 'Oskar Vale', 1), agency('harbor-authority', 'Harbor Authority', 1), place('kessland', 'Kessland', 1), place('port-elwin', 'Port Elwin', 1)],
    quotes: [quote('The agency will fund the new pier,', 10, 'person:oskar-vale', ['agency:harbor-authority'])],
    relations: [
      { subject: 'person:oskar-vale', predicate: 'AFFILIATED_WITH', object: 'agency:coastal-agency', role: 'Director', evidence },
      { subject: 'agency:coastal-agency', predicate: 'COOPERATES_WITH', object: 'agency:harbor-authority', role: null, evidence },
      { subject: 'agency:harbor-authority', predicate: 'REQUESTED', object: 'agency:coastal-agency', role: null, evidence },
      { subject: 'place:port-elwin', predicate: 'LOCATED_IN', object: 'place:kessland', role: null, evidence },
    ],
    events: [],
  },
  {
    document: { id: docId(5), title: 'Courier asks about the budget', date: null, source: 'budget.txt' },
    entities: [person('ilse-brandt', 'Ilse Brandt', 1), organization('elwin-courier', 'Elwin Courier', 1), person('mara-quist', 'Mara Quist', 1), place('port-elwin', 'Port Elwin', 1)],
    quotes: [quote('The budget is balanced,', 60, 'person:mara-quist', []), quote('Nobody believes that,', 90, null, ['person:mara-quist'])],
    relations: [
      { subject: 'person:ilse-brandt', predicate: 'AFFILIATED_WITH', object: 'organization:elwin-courier', role: 'Reporter', evidence },
      { subject: 'organization:elwin-courier', predicate: 'SUED', object: 'place:port-elwin', role: null, evidence },
    ],
    events: [{ id: 'event:budget-vote', type: 'Vote', name: 'budget vote', date: null, places: ['place:port-elwin'], participants: ['person:mara-quist'], evidence }],
  },
];

/** What the store needs beside each extraction: a text long enough for every span. */
export const metaOf = (extraction: Extraction) => ({
  source: extraction.document.source ?? 'fixture',
  ingestedAt: '2026-11-01T09:00:00.000Z',
  text: `${extraction.document.title}. `.padEnd(400, '.'),
});
