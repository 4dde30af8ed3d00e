import type { GraphEdge, GraphElements, GraphNode } from '../../store/graph-store.ts';

const node = (id: string, label: 'Agency' | 'Organization', name: string, mentions: number): GraphNode => ({ id, label, name, properties: { mentions } });
const edge = (type: string, source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, properties: {} });

/** An agency network with every kind of relation and two levels of PART_OF, which the samples do not have. */
export const NESTED_AGENCY_NETWORK: GraphElements = {
  nodes: [
    node('agency:dhs', 'Agency', 'Department of Homeland Safety', 12),
    node('agency:fwsa', 'Agency', 'Federal Water Safety Administration', 16),
    node('agency:flood-office', 'Agency', 'Office of Flood Response', 3),
    node('agency:coast-guard', 'Agency', 'Coast Guard', 6),
    node('agency:semo', 'Agency', 'State Emergency Management Office', 22),
    node('agency:national-guard', 'Agency', 'National Guard', 20),
    node('org:port-alder', 'Organization', 'City of Port Alder', 8),
    node('agency:police', 'Agency', 'Port Alder Police Department', 4),
    node('org:tenants-union', 'Organization', 'Westmarch Tenants Union', 3),
    node('org:bellwether', 'Organization', 'Bellwether Dredging Co', 5),
  ],
  edges: [
    edge('PART_OF', 'agency:fwsa', 'agency:dhs'),
    edge('PART_OF', 'agency:flood-office', 'agency:fwsa'),
    edge('PART_OF', 'agency:coast-guard', 'agency:dhs'),
    edge('PART_OF', 'agency:police', 'org:port-alder'),
    edge('ASSISTS', 'agency:national-guard', 'agency:semo'),
    edge('COOPERATES_WITH', 'agency:semo', 'agency:fwsa'),
    edge('REQUESTED', 'agency:semo', 'agency:flood-office'),
    edge('OPPOSES', 'org:tenants-union', 'org:bellwether'),
    edge('SUED', 'org:tenants-union', 'org:port-alder'),
    edge('ASSISTS', 'agency:coast-guard', 'agency:police'),
  ],
};
