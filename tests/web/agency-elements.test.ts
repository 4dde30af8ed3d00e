import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphElements, GraphNode } from '../../store/graph-store.ts';
import { toAgencyElements } from '../../web/graph/agency-elements.ts';

const agency = (id: string): GraphNode => ({ id, label: 'Agency', name: id, properties: { mentions: 1 } });
const edge = (type: string, source: string, target: string): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, properties: {} });

const draw = (graph: GraphElements) => cytoscape({ headless: true, elements: toAgencyElements(graph) });

describe('toAgencyElements', () => {
  it('puts a part inside its whole and keeps the other relations as edges', () => {
    const cy = draw({
      nodes: [agency('dhs'), agency('fema'), agency('guard')],
      edges: [edge('PART_OF', 'fema', 'dhs'), edge('ASSISTS', 'guard', 'fema')],
    });

    expect(cy.getElementById('fema').parent().map((node) => node.id())).toEqual(['dhs']);
    expect(cy.getElementById('dhs').isParent()).toBe(true);
    expect(cy.edges().map((each) => each.data('type'))).toEqual(['ASSISTS']);
    cy.destroy();
  });

  it('nests parts of parts', () => {
    const cy = draw({ nodes: [agency('a'), agency('b'), agency('c')], edges: [edge('PART_OF', 'c', 'b'), edge('PART_OF', 'b', 'a')] });

    expect(cy.getElementById('c').ancestors().map((node) => node.id())).toEqual(['b', 'a']);
    cy.destroy();
  });

  it('keeps a second whole, and a PART_OF that would nest in a loop, as edges so nothing is lost', () => {
    const cy = draw({
      nodes: [agency('a'), agency('b'), agency('c')],
      edges: [edge('PART_OF', 'a', 'b'), edge('PART_OF', 'a', 'c'), edge('PART_OF', 'b', 'a')],
    });

    expect(cy.getElementById('a').parent().map((node) => node.id())).toEqual(['b']);
    expect(cy.edges().map((each) => each.id()).sort()).toEqual(['PART_OF:a->c', 'PART_OF:b->a']);
    cy.destroy();
  });

  it('leaves a part whose whole is not in the network at the top level', () => {
    const cy = draw({ nodes: [agency('a')], edges: [edge('PART_OF', 'a', 'missing')] });

    expect(cy.getElementById('a').isOrphan()).toBe(true);
    expect(cy.edges()).toHaveLength(0);
    cy.destroy();
  });
});
