import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { NODE_TYPE_VISUALS } from '../../web/graph/node-types.ts';
import { createStylesheet, findNodeSize } from '../../web/graph/style.ts';

describe('the explorer stylesheet', () => {
  it('gives every entity type its own colour and its own shape, so types read without colour too', () => {
    const cy = cytoscape({
      headless: true,
      style: createStylesheet(),
      elements: ENTITY_TYPES.map((type) => ({ data: { id: type, type, name: type, mentions: 1 } })),
    });
    const drawn = ENTITY_TYPES.map((type) => cy.getElementById(type));

    expect(new Set(drawn.map((node) => node.style('background-color'))).size).toBe(ENTITY_TYPES.length);
    expect(new Set(drawn.map((node) => node.style('shape'))).size).toBe(ENTITY_TYPES.length);
    cy.destroy();
  });

  it('has a visual for every entity type the model knows', () => {
    const labels = NODE_TYPE_VISUALS.map((visual) => visual.label);

    expect(labels).toEqual(expect.arrayContaining([...ENTITY_TYPES, 'Document', 'Quote']));
  });

  it.each([
    [0, 22],
    [1, 29],
    [25, 57],
    [10_000, 70],
  ])('sizes a node mentioned %i times at %i px', (mentions, size) => {
    expect(findNodeSize(mentions)).toBe(size);
  });
});
