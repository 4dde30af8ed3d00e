import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/synthetic/generate-graph.ts';
import { LABEL_HIDDEN_CLASS } from '../../web/graph/avoid-label-collisions.ts';
import { NAMED_CLASS } from '../../web/graph/name-nodes-in-view.ts';
import { LEVEL_OF_DETAIL_ELEMENTS, addWithLevelOfDetail, chooseStylesheet, needsLevelOfDetail } from '../../web/graph/level-of-detail.ts';
import { placeHugeGraph } from '../../web/graph/place-huge-graph.ts';
import { createStylesheet } from '../../web/graph/style.ts';
import { toElements } from '../../web/graph/to-elements.ts';

describe('chooseStylesheet', () => {
  it('keeps the explorer’s style below the level-of-detail size', () => {
    expect(needsLevelOfDetail(LEVEL_OF_DETAIL_ELEMENTS - 1)).toBe(false);
    expect(JSON.stringify(chooseStylesheet(100))).not.toContain('haystack');
  });

  it('draws a very large graph with straight unlabelled edges and fixed-size names shown only on named nodes and when zoomed in', () => {
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
    // out of view: no name to style (name-nodes-in-view.ts names those in view)
    expect(node.style('label')).toBe('');
    node.addClass(NAMED_CLASS);
    expect(node.style('label')).toBe('DHS');
    expect(node.style('min-zoomed-font-size')).toBe('10px');
    node.addClass(LABEL_HIDDEN_CLASS);
    expect(node.style('label')).toBe('');
    node.select();
    expect(node.style('label')).toBe('Department of Homeland Security');
    cy.destroy();
  });
});

describe('the large-graph switch (addWithLevelOfDetail, placeHugeGraph)', () => {
  // a graph of the usual size and one past the threshold, with fewer nodes than HUGE_GRAPH_NODES
  const small = toElements(generateGraph({ nodes: 120, edges: 300, seed: 4 }));
  const large = toElements(generateGraph({ nodes: 1500, edges: LEVEL_OF_DETAIL_ELEMENTS - 1000, seed: 4 }));
  const newCore = () => cytoscape({ headless: true, styleEnabled: true, style: createStylesheet() });

  it('adds a graph of the usual size whole, with the explorer’s bezier edges, and leaves its layout to fcose', () => {
    expect(small.length).toBeLessThan(LEVEL_OF_DETAIL_ELEMENTS);
    const cy = newCore();
    const added = addWithLevelOfDetail(cy, small, false);
    expect(added).toEqual({ large: false, layerEdges: [] });
    expect(cy.edges().length).toBe(small.filter((element) => element.group === 'edges').length);
    expect(cy.edges().first().style('curve-style')).toBe('bezier');
    expect(cy.edges().first().style('target-arrow-shape')).toBe('triangle');
    expect(placeHugeGraph([...small])).toBe(false);
    cy.destroy();
  });

  it('leaves a large graph’s edges to the edge layer, draws its nodes with the level-of-detail rules and places it with the fast layout', () => {
    expect(large.length).toBeGreaterThanOrEqual(LEVEL_OF_DETAIL_ELEMENTS);
    const cy = newCore();
    const added = addWithLevelOfDetail(cy, large, false);
    const edges = large.filter((element) => element.group === 'edges');
    expect(added.large).toBe(true);
    expect(added.layerEdges.map((edge) => edge.id)).toEqual(edges.map((edge) => edge.data.id));
    expect(cy.edges().length).toBe(0);
    expect(cy.nodes().length).toBe(1500);
    expect(cy.nodes().first().style('label')).toBe('');
    // fcose would not see the layer's edges: the fast layout, which takes them, places the graph
    expect(placeHugeGraph([...large])).toBe(true);
    cy.destroy();
  });
});
