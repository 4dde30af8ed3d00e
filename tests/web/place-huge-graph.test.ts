import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/synthetic/generate-graph.ts';
import { HUGE_GRAPH_NODES, placeHugeGraph } from '../../web/graph/place-huge-graph.ts';
import { toElements } from '../../web/graph/to-elements.ts';

describe('placeHugeGraph', () => {
  it('leaves a graph below the huge size for the layout', () => {
    const elements = toElements(generateGraph({ nodes: 200, edges: 400, seed: 1 }));
    expect(placeHugeGraph(elements)).toBe(false);
    expect(elements.some((element) => element.position !== undefined)).toBe(false);
  });

  it('gives every node of a huge graph its own place before it is added, and no edge a position', () => {
    const elements = toElements(generateGraph({ nodes: HUGE_GRAPH_NODES, edges: HUGE_GRAPH_NODES * 3, seed: 2 }));
    expect(placeHugeGraph(elements)).toBe(true);
    const nodes = elements.filter((element) => element.group === 'nodes');
    const spots = new Set(nodes.map((node) => `${Math.round(node.position!.x / 6)},${Math.round(node.position!.y / 6)}`));
    expect(spots.size).toBeGreaterThan(nodes.length * 0.97);
    expect(elements.filter((element) => element.group === 'edges').every((edge) => edge.position === undefined)).toBe(true);
  });
});
