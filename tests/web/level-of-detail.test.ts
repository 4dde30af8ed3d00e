import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LEVEL_OF_DETAIL_ELEMENTS, chooseStylesheet, needsLevelOfDetail } from '../../web/graph/level-of-detail.ts';

describe('chooseStylesheet', () => {
  it('keeps the explorer’s style below the level-of-detail size', () => {
    expect(needsLevelOfDetail(LEVEL_OF_DETAIL_ELEMENTS - 1)).toBe(false);
    expect(JSON.stringify(chooseStylesheet(100))).not.toContain('haystack');
  });

  it('draws a very large graph with straight unlabelled edges and fixed-size labels shown only when zoomed in', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: chooseStylesheet(LEVEL_OF_DETAIL_ELEMENTS),
      elements: [
        { data: { id: 'a', name: 'Department of Homeland Security', short: 'DHS', mentions: 40 } },
        { data: { id: 'b', name: 'b', short: 'b', mentions: 1 } },
        { data: { id: 'e', source: 'a', target: 'b', caption: 'opposes' } },
      ],
    });
    const edge = cy.getElementById('e');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('label')).toBe('');
    expect(edge.style('target-arrow-shape')).toBe('none');
    const node = cy.getElementById('a');
    expect(node.style('label')).toBe('DHS');
    expect(node.style('min-zoomed-font-size')).toBe('10px');
    node.select();
    expect(node.style('label')).toBe('Department of Homeland Security');
    cy.destroy();
  });
});
