import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { SaidAboutCell } from '../../store/graph-store.ts';
import { toSaidAboutElements } from '../../web/graph/said-about-elements.ts';
import { findEdgeWidth } from '../../web/graph/said-about-style.ts';

const person = (id: string, name: string) => ({ id, name, type: 'Person' as const });
const halvorsen = person('person:imogen-halvorsen', 'Imogen Halvorsen');
const brandvold = person('person:hollis-brandvold', 'Hollis Brandvold');
const castellane = person('person:theo-castellane', 'Theo Castellane');

const cells: SaidAboutCell[] = [
  { speaker: halvorsen, subject: brandvold, count: 3, direct: 3, indirect: 0 },
  { speaker: castellane, subject: brandvold, count: 1, direct: 1, indirect: 0 },
  { speaker: brandvold, subject: halvorsen, count: 2, direct: 2, indirect: 0 },
];

describe('toSaidAboutElements', () => {
  it('draws each entity once, whichever side it is on, and an edge per speaker → subject pair', () => {
    const cy = cytoscape({ headless: true, elements: toSaidAboutElements(cells) });

    expect(cy.nodes().map((node) => node.id()).sort()).toEqual([brandvold.id, halvorsen.id, castellane.id].sort());
    expect(cy.edges()).toHaveLength(3);
    expect(cy.getElementById(`said:${halvorsen.id}->${brandvold.id}`).data('count')).toBe(3);
    cy.destroy();
  });

  it('counts what each entity said and heard among the cells', () => {
    const cy = cytoscape({ headless: true, elements: toSaidAboutElements(cells) });

    expect(cy.getElementById(brandvold.id).data()).toMatchObject({ said: 2, heard: 4, mentions: 6 });
    cy.destroy();
  });

  it('adds up a pair given twice instead of letting Cytoscape throw on the repeated edge id', () => {
    const elements = toSaidAboutElements([cells[0]!, { ...cells[0]!, count: 2, direct: 2, indirect: 0 }]);

    expect(elements.filter((element) => element.group === 'edges')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ count: 5, caption: '5 quotes' }) }),
    ]);
  });

  it('draws a quote about oneself as a loop', () => {
    const cy = cytoscape({ headless: true, elements: toSaidAboutElements([{ speaker: halvorsen, subject: halvorsen, count: 1, direct: 1, indirect: 0 }]) });

    expect(cy.edges().first().isLoop()).toBe(true);
    cy.destroy();
  });
});

describe('findEdgeWidth', () => {
  it('grows with the count but stays readable at both ends', () => {
    expect(findEdgeWidth(1)).toBe(1.5);
    expect(findEdgeWidth(4)).toBeGreaterThan(findEdgeWidth(2));
    expect(findEdgeWidth(10_000)).toBe(12);
  });
});
