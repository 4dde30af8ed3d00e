import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { runLayout } from '../../web/graph/layout.ts';

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

  it('does nothing for an empty graph', async () => {
    const cy = cytoscape({ headless: true });

    await expect(runLayout(cy.elements())).resolves.toBeUndefined();
    cy.destroy();
  });
});
