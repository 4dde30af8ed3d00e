import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../contract/graph.ts';
import { splitByRelation } from '../../web/graph/agency-focus.ts';
import { NESTED_AGENCY_NETWORK } from './agency-network.fixtures.ts';

const agency = (id: string): GraphNode => ({ id, label: 'Agency', name: id, properties: { mentions: 1 } });
const edge = (type: string, source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, properties: {} });

describe('splitByRelation', () => {
  it('keeps the agencies a relation touches and counts the others apart', () => {
    const { related, unrelated } = splitByRelation({
      nodes: [agency('a'), agency('b'), agency('lonely-1'), agency('lonely-2')],
      edges: [edge('ASSISTS', 'a', 'b')],
    });
    expect(related.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(unrelated.map((node) => node.id)).toEqual(['lonely-1', 'lonely-2']);
  });

  it('counts PART_OF as a relation, so a whole keeps its parts', () => {
    const { related } = splitByRelation(NESTED_AGENCY_NETWORK);
    expect(related.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['agency:dhs', 'agency:fwsa', 'agency:flood-office']));
  });

  it('does not count an edge to a node off the map, nor a loop', () => {
    const { related, unrelated } = splitByRelation({ nodes: [agency('a'), agency('b')], edges: [edge('ASSISTS', 'a', 'gone'), edge('OPPOSES', 'b', 'b')] });
    expect(related.nodes).toEqual([]);
    expect(unrelated).toHaveLength(2);
  });
});
