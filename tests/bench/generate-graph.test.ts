import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/synthetic/generate-graph.ts';

describe('generateGraph', () => {
  const graph = generateGraph({ nodes: 2000, edges: 5000, seed: 1 });

  it('makes exactly the nodes and edges asked for, with unique ids and no edge to a missing node', () => {
    const ids = new Set(graph.nodes.map((node) => node.id));

    expect(graph.nodes).toHaveLength(2000);
    expect(graph.edges).toHaveLength(5000);
    expect(ids.size).toBe(2000);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(5000);
    expect(graph.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)).toBe(true);
  });

  it('mixes the entity types, people the most', () => {
    const counts = new Map<string, number>();
    for (const node of graph.nodes) counts.set(node.label, (counts.get(node.label) ?? 0) + 1);

    expect([...counts.keys()].sort()).toEqual(['Agency', 'Event', 'Organization', 'Person', 'Place']);
    expect(Math.max(...counts.values())).toBe(counts.get('Person'));
  });

  it('skews the degrees: a few hubs with hundreds of edges, most nodes with one or two', () => {
    const degrees = new Map<string, number>();
    for (const edge of graph.edges) for (const end of [edge.source, edge.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
    const sorted = graph.nodes.map((node) => degrees.get(node.id) ?? 0).sort((a, b) => a - b);

    expect(sorted.at(-1)).toBeGreaterThan(100);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(3);
  });

  it('makes the same graph for the same seed and another for another seed', () => {
    expect(generateGraph({ nodes: 50, edges: 120, seed: 7 })).toEqual(generateGraph({ nodes: 50, edges: 120, seed: 7 }));
    expect(generateGraph({ nodes: 50, edges: 120, seed: 8 })).not.toEqual(generateGraph({ nodes: 50, edges: 120, seed: 7 }));
  });
});
