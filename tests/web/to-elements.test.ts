import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphElements, GraphNode } from '../../store/graph-store.ts';
import { toElements } from '../../web/graph/to-elements.ts';

const person = (id: string, name: string, mentions = 1): GraphNode => ({ id, label: 'Person', name, properties: { mentions } });

const sample: GraphElements = {
  nodes: [person('person:imogen-halvorsen', 'Imogen Halvorsen', 14), person('person:theo-castellane', 'Theo Castellane')],
  edges: [
    { id: 'e1', type: 'SPOKESPERSON_FOR', source: 'person:theo-castellane', target: 'person:imogen-halvorsen', properties: {} },
    { id: 'e2', type: 'SAID_ABOUT', source: 'person:imogen-halvorsen', target: 'person:not-drawn', properties: {} },
    { id: 'e3', type: 'OPPOSES', source: 'agency:not-drawn', target: 'person:theo-castellane', properties: {} },
  ],
};

describe('toElements', () => {
  it('drops edges whose source or target is not among the nodes, so Cytoscape accepts the rest', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sample) });

    expect(cy.nodes().map((node) => node.id())).toEqual(['person:imogen-halvorsen', 'person:theo-castellane']);
    expect(cy.edges().map((edge) => edge.id())).toEqual(['e1']);
    cy.destroy();
  });

  it('keeps an edge to a node that is already drawn when merging', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sample) });
    const more: GraphElements = {
      nodes: [person('person:marisol-okafor', 'Marisol Okafor')],
      edges: [{ id: 'e4', type: 'SAID_ABOUT', source: 'person:marisol-okafor', target: 'person:imogen-halvorsen', properties: {} }],
    };

    cy.add(toElements(more, { isDrawn: (id) => cy.getElementById(id).nonempty() }));

    expect(cy.getElementById('e4').connectedNodes().map((node) => node.id())).toContain('person:imogen-halvorsen');
    cy.destroy();
  });

  it('keeps the first of repeated nodes and edges instead of letting Cytoscape throw on the duplicate', () => {
    const repeated: GraphElements = {
      nodes: [...sample.nodes, person('person:imogen-halvorsen', 'Gov. Halvorsen')],
      edges: [sample.edges[0]!, { ...sample.edges[0]!, type: 'OPPOSES' }],
    };
    const cy = cytoscape({ headless: true, elements: toElements(repeated) });

    expect(cy.nodes()).toHaveLength(2);
    expect(cy.getElementById('person:imogen-halvorsen').data('name')).toBe('Imogen Halvorsen');
    expect(cy.getElementById('e1').data('type')).toBe('SPOKESPERSON_FOR');
    cy.destroy();
  });

  it('carries type, mentions and a readable edge caption for the stylesheet', () => {
    const [node, , edge] = toElements(sample);

    expect(node?.data).toMatchObject({ type: 'Person', name: 'Imogen Halvorsen', mentions: 14 });
    expect(edge?.data).toMatchObject({ type: 'SPOKESPERSON_FOR', caption: 'spokesperson for' });
  });

  it('says in the caption how many edges one drawn edge stands for', () => {
    const summary = { id: 's1', type: 'OPPOSES', source: 'person:imogen-halvorsen', target: 'person:imogen-halvorsen', properties: { count: 3 } };
    const single = { ...summary, id: 's2', properties: { count: 1 } };
    const captions = toElements({ nodes: sample.nodes, edges: [summary, single] })
      .filter((element) => element.group === 'edges')
      .map((element) => element.data['caption']);
    expect(captions).toEqual(['opposes ×3', 'opposes']);
  });
});
