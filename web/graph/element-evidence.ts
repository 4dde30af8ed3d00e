/** A drawn element, as far as finding the articles behind it goes. */
export type EvidenceSubject =
  | { group: 'nodes'; id: string; type: string; properties: Record<string, unknown> }
  | { group: 'edges'; id: string; type: string; source: string; target: string; properties: Record<string, unknown> };

/** Which articles mention which entities, and which articles hold a speaker's quotes about a subject. */
export interface EvidenceLookups {
  mentions: readonly { node: string; document: string }[];
  quotes: readonly { speaker: string; subject: string; document: string }[];
}

/** The evidence the elements' own data gives, and what has to be looked up for the rest. */
export interface EvidencePlan {
  known: Map<string, string[]>;
  /** Entities: the articles that mention them. */
  mentionsOf: string[];
  /** SAID_ABOUT edges, which carry a count of quotes but not their articles. */
  quotesBetween: { id: string; source: string; target: string }[];
}

/**
 * Returns what each element's own data says of the articles behind it: a document node is its own
 * article, a quote and a relation in a query's answer carry theirs as `properties.document`, a
 * neighbourhood's relation (all its evidence in one edge) as `properties.documents`, an edge from a document
 * (MENTIONS in a query's answer) has it as an end. Entities and SAID_ABOUT edges are left to look up.
 * `typeOf` gives the type of a drawn node by id.
 */
export function planEvidence(subjects: readonly EvidenceSubject[], typeOf: (id: string) => string | undefined): EvidencePlan {
  const plan: EvidencePlan = { known: new Map(), mentionsOf: [], quotesBetween: [] };
  for (const subject of subjects) {
    const own = subject.properties['document'];
    const documents = subject.properties['documents'];
    if (Array.isArray(documents) && documents.length > 0) plan.known.set(subject.id, documents.map(String));
    else if (typeof own === 'string' && own !== '') plan.known.set(subject.id, [own]);
    else if (subject.group === 'nodes') {
      if (subject.type === 'Document') plan.known.set(subject.id, [subject.id]);
      else plan.mentionsOf.push(subject.id);
    } else if (subject.type === 'SAID_ABOUT') {
      plan.quotesBetween.push({ id: subject.id, source: subject.source, target: subject.target });
    } else {
      const documentEnd = [subject.source, subject.target].find((end) => typeOf(end) === 'Document');
      plan.known.set(subject.id, documentEnd ? [documentEnd] : []);
    }
  }
  return plan;
}

/** Returns the plan's known evidence completed with what was looked up: element id → article ids. */
export function completeEvidence(plan: EvidencePlan, lookups: EvidenceLookups): Map<string, string[]> {
  const evidence = new Map(plan.known);
  const add = (id: string, document: string): void => {
    const documents = evidence.get(id);
    if (!documents) evidence.set(id, [document]);
    else if (!documents.includes(document)) documents.push(document);
  };
  for (const id of plan.mentionsOf) evidence.set(id, []);
  for (const { id } of plan.quotesBetween) evidence.set(id, []);
  const asked = new Set(plan.mentionsOf);
  for (const { node, document } of lookups.mentions) if (asked.has(node)) add(node, document);
  const edgesByPair = new Map<string, string[]>();
  for (const edge of plan.quotesBetween) {
    const key = pairKey(edge.source, edge.target);
    edgesByPair.set(key, [...(edgesByPair.get(key) ?? []), edge.id]);
  }
  for (const { speaker, subject, document } of lookups.quotes) {
    for (const id of edgesByPair.get(pairKey(speaker, subject)) ?? []) add(id, document);
  }
  return evidence;
}

const pairKey = (source: string, target: string): string => `${source}\u0000${target}`;
