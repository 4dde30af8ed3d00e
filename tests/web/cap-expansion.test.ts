import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../contract/graph.ts';
import { capExpansion } from '../../web/graph/cap-expansion.ts';

const person = (id: string): GraphNode => ({ id, label: 'Person', name: id, properties: { mentions: 1 } });

describe('capExpansion', () => {
  it('keeps the hub, the drawn neighbours and the first new ones up to the cap, and counts the rest', () => {
    const nodes = ['hub', 'drawn', 'n1', 'n2', 'n3', 'n4'].map(person);
    const { graph, more } = capExpansion({ nodes, edges: [] }, 'hub', (id) => id === 'drawn' || id === 'hub', 2);
    expect(graph.nodes.map((node) => node.id)).toEqual(['hub', 'drawn', 'n1', 'n2']);
    expect(more).toBe(2);
  });

  it('leaves nothing for later when the new neighbours fit', () => {
    expect(capExpansion({ nodes: ['hub', 'n1'].map(person), edges: [] }, 'hub', () => false, 2).more).toBe(0);
  });
});
