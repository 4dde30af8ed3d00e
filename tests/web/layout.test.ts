import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_NODES, chooseLayoutSettings, runLayout } from '../../web/graph/layout.ts';

describe('runLayout', () => {
  it('spreads the nodes out with fcose and resolves when the layout has stopped', async () => {
    const ids = ['person:a', 'person:b', 'agency:c', 'place:d'];
    const cy = cytoscape({
      headless: true,
      elements: [
        ...ids.map((id) => ({ data: { id } })),
        { data: { id: 'e1', source: 'person:a', target: 'agency:c' } },
        { data: { id: 'e2', source: 'person:b', target: 'agency:c' } },
      ],
    });
    const layoutNames: string[] = [];
    cy.on('layoutstart', (event) => layoutNames.push(String((event.layout as { options: { name: string } }).options.name)));

    await runLayout(cy.elements(), { animate: false });

    expect(layoutNames).toEqual(['fcose']);
    const positions = new Set(cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
    expect(positions.size).toBe(ids.length);
    cy.destroy();
  });

  it('lays a large graph out with the spectral draft and spreads the leaves it piles on their hub', async () => {
    const leaves = Array.from({ length: LARGE_GRAPH_NODES }, (_, index) => `person:leaf-${index}`);
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'agency:hub' } },
        ...leaves.map((id) => ({ data: { id } })),
        ...leaves.map((id, index) => ({ data: { id: `e${index}`, source: id, target: 'agency:hub' } })),
      ],
    });
    const qualities: string[] = [];
    cy.on('layoutstart', (event) => qualities.push(String((event.layout as { options: { quality: string } }).options.quality)));

    await runLayout(cy.elements());

    expect(qualities).toEqual(['draft']);
    const points = cy.nodes().map((node) => node.position());
    const closest = Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
    // no two closer than half the draft's gap of 60, those of neighbouring piles included
    expect(closest).toBeGreaterThan(29);
    cy.destroy();
  });

  it('does nothing for an empty graph', async () => {
    const cy = cytoscape({ headless: true });

    await expect(runLayout(cy.elements())).resolves.toBeUndefined();
    cy.destroy();
  });
});

describe('chooseLayoutSettings', () => {
  it('runs the full fcose on an ordinary graph, keeping positions after a merge and animating unless told not to', () => {
    expect(chooseLayoutSettings(60)).toEqual({ quality: 'default', randomize: true, animate: true, nodeDimensionsIncludeLabels: true });
    expect(chooseLayoutSettings(LARGE_GRAPH_NODES - 1, { keepPositions: true, animate: false })).toEqual({
      quality: 'default',
      randomize: false,
      animate: false,
      nodeDimensionsIncludeLabels: true,
    });
  });

  it('runs only the spectral draft on a large graph, from scratch, without animation or label sizes', () => {
    expect(chooseLayoutSettings(LARGE_GRAPH_NODES, { keepPositions: true, animate: true })).toEqual({
      quality: 'draft',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: false,
    });
  });
});
