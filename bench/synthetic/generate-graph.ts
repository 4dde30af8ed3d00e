import type { GraphEdge, GraphElements, GraphNode } from '../../store/graph-store.ts';
import { createRandom, createZipf } from './generate-articles.ts';

/** The size and seed of a synthetic explorer graph. */
export interface GraphShape {
  nodes: number;
  edges: number;
  seed: number;
}

/** Entity types in the proportions a news graph has them: mostly people, few events. */
const TYPE_SHARES = [
  ['Person', 0.42],
  ['Agency', 0.14],
  ['Organization', 0.16],
  ['Place', 0.18],
  ['Event', 0.1],
] as const;

/** The relation a source of one type most often has with a target of another; SAID_ABOUT otherwise. */
const RELATION_BY_TYPES: Record<string, string> = {
  'Person>Agency': 'AFFILIATED_WITH',
  'Person>Organization': 'AFFILIATED_WITH',
  'Agency>Agency': 'COOPERATES_WITH',
  'Agency>Organization': 'OPPOSES',
  'Organization>Agency': 'SUED',
  'Organization>Organization': 'PART_OF',
  'Agency>Place': 'LOCATED_IN',
  'Organization>Place': 'LOCATED_IN',
  'Place>Place': 'LOCATED_IN',
  'Event>Place': 'OCCURRED_IN',
};

const ISOLATED_SHARE = 0.04;
/** Edges between one pair at most: one per article that states the relation, rarely more than a few. */
const MAX_PARALLEL = 3;
const DOCUMENTS = 300;

/**
 * Returns a graph shaped like the explorer's: entity nodes of mixed types, and edges whose ends are
 * drawn with weights falling as 1/rank, so a few hubs hold many edges and most nodes one or two,
 * and at most three edges between the same two nodes.
 * Every node but a few isolated ones is first attached to an earlier node, so the graph is one big
 * component with some strays, as neighbourhoods merged together look. The same for the same seed.
 * @example const graph = generateGraph({ nodes: 2000, edges: 5000, seed: 1 });
 */
export function generateGraph(shape: GraphShape): GraphElements {
  const random = createRandom(shape.seed);
  const nodes = createNodes(shape.nodes, random);
  // index k drawn with weight 1 / (k + 1), so a few nodes are hubs
  const pickWeighted = createZipf(shape.nodes, 1);
  const edges: GraphEdge[] = [];
  const perPair = new Map<string, number>();
  const addEdge = (source: GraphNode, target: GraphNode): void => {
    const pair = `${source.id}>${target.id}`;
    if ((perPair.get(pair) ?? 0) >= MAX_PARALLEL) return;
    perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
    const type = source.label === 'Person' && random() < 0.5 ? 'SAID_ABOUT' : (RELATION_BY_TYPES[`${source.label}>${target.label}`] ?? 'SAID_ABOUT');
    const properties: Record<string, unknown> =
      type === 'SAID_ABOUT'
        ? { count: 1 + Math.floor(random() * 4) }
        : { document: `doc-${Math.floor(random() * DOCUMENTS)}`, startOffset: Math.floor(random() * 5000), endOffset: 0 };
    edges.push({ id: `${type}:${source.id}->${target.id}#${edges.length}`, type, source: source.id, target: target.id, properties });
  };

  for (let index = 1; index < nodes.length && edges.length < shape.edges; index++) {
    if (random() < ISOLATED_SHARE) continue;
    const earlier = nodes[pickWeighted(random) % index]!;
    addEdge(nodes[index]!, earlier);
  }
  while (edges.length < shape.edges) {
    const source = nodes[pickWeighted(random)]!;
    const target = nodes[pickWeighted(random)]!;
    if (source !== target) addEdge(source, target);
  }
  return { nodes, edges };
}

function createNodes(count: number, random: () => number): GraphNode[] {
  return Array.from({ length: count }, (_, rank) => {
    const label = pickType(random());
    // the hubs (low ranks) are also the most mentioned, as in the overview
    const mentions = Math.max(1, Math.round(200 / (rank + 1) + random() * 3));
    const id = `${label.toLowerCase()}:synthetic-${rank}`;
    return { id, label, name: `${label} ${rank} ${NAME_PARTS[rank % NAME_PARTS.length]}`, properties: { aliases: [], mentions } };
  });
}

function pickType(roll: number): string {
  let sum = 0;
  for (const [type, share] of TYPE_SHARES) if (roll < (sum += share)) return type;
  return 'Person';
}

// labels of realistic length, so label sizes weigh in the layout as real names do
const NAME_PARTS = ['Halvorsen', 'Castellane', 'Port Alder Housing Authority', 'Tamsin', 'Westmarch Department', 'Brandvold', 'Eastwick Flats'];
