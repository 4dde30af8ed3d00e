import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../export/to-csv.ts';
import { toCytoscapeJson } from '../../export/to-cytoscape-json.ts';
import { toGraphMl } from '../../export/to-graphml.ts';
import type { GraphElements } from '../../store/graph-store.ts';

const graph: GraphElements = {
  nodes: [
    { id: 'person:ana-ruiz', label: 'Person', name: 'Ana "Nan" Ruiz', properties: { aliases: ['Ruiz', 'Ms. Ruiz'], mentions: 3 } },
    { id: 'agency:cro', label: 'Agency', name: 'Coastal <Resilience> & Co', properties: { aliases: ['CRO'], mentions: 1 } },
  ],
  edges: [
    { id: 'e1', type: 'AFFILIATED_WITH', source: 'person:ana-ruiz', target: 'agency:cro', properties: { role: 'Director, acting', startOffset: 4 } },
  ],
};

describe('graph exports', () => {
  it('writes CSV in neo4j-admin import format, quoting commas and quotes', () => {
    const csv = toCsv(graph);
    expect(csv.nodes.split('\n')[0]).toBe('id:ID,name,aliases:string[],mentions:long,:LABEL');
    expect(csv.nodes).toContain('person:ana-ruiz,"Ana ""Nan"" Ruiz",Ruiz|Ms. Ruiz,3,Person');
    expect(csv.relationships.split('\n')[1]).toBe('person:ana-ruiz,agency:cro,AFFILIATED_WITH,"Director, acting",4');
  });

  it('writes GraphML with escaped names and one key per property', () => {
    const xml = toGraphMl(graph);
    expect(xml).toContain('<node id="person:ana-ruiz">');
    expect(xml).toContain('Coastal &#60;Resilience&#62; &#38; Co');
    expect(xml).toContain('<edge id="e1" source="person:ana-ruiz" target="agency:cro">');
    expect(xml).toContain('attr.name="role"');
  });

  it('writes Cytoscape JSON that Cytoscape loads with every node and edge', () => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(toCytoscapeJson(graph)).elements });
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges()[0]?.data('type')).toBe('AFFILIATED_WITH');
  });
});
