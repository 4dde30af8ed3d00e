import type { ElementDefinition } from 'cytoscape';
import type { SaidAboutCell } from '../../contract/said-about.ts';

/** The data of a node in the who-said-what graph. */
export interface SaidAboutNodeData {
  id: string;
  name: string;
  type: string;
  /** Quotes it said, and quotes said about it, among the cells drawn. */
  said: number;
  heard: number;
  /** Drives the node size: everything it took part in. */
  mentions: number;
}

/** The data of a speaker → subject edge. */
export interface SaidAboutEdgeData {
  id: string;
  source: string;
  target: string;
  count: number;
  caption: string;
}

/**
 * Returns Cytoscape elements for speaker → subject cells: one node per entity, whichever side it is
 * on, and one edge per cell carrying its count. Someone quoted about themselves gets a loop.
 * @example cy.add(toSaidAboutElements(await api.getSaidAbout({ speakers: ['person:x'] })))
 */
export function toSaidAboutElements(cells: readonly SaidAboutCell[]): ElementDefinition[] {
  const nodes = new Map<string, SaidAboutNodeData>();
  const nodeOf = (entity: SaidAboutCell['speaker']): SaidAboutNodeData => {
    let node = nodes.get(entity.id);
    if (!node) {
      node = { id: entity.id, name: entity.name || entity.id, type: entity.type, said: 0, heard: 0, mentions: 0 };
      nodes.set(entity.id, node);
    }
    return node;
  };
  const edges = new Map<string, SaidAboutEdgeData>();
  for (const cell of cells) {
    const speaker = nodeOf(cell.speaker);
    const subject = nodeOf(cell.subject);
    speaker.said += cell.count;
    subject.heard += cell.count;
    const id = toSaidAboutEdgeId(cell.speaker.id, cell.subject.id);
    const edge = edges.get(id);
    if (edge) edge.count += cell.count;
    else edges.set(id, { id, source: cell.speaker.id, target: cell.subject.id, count: cell.count, caption: '' });
  }
  for (const node of nodes.values()) node.mentions = node.said + node.heard;
  for (const edge of edges.values()) edge.caption = `${edge.count} quote${edge.count === 1 ? '' : 's'}`;
  return [
    ...[...nodes.values()].map((data): ElementDefinition => ({ group: 'nodes', data: { ...data } })),
    ...[...edges.values()].map((data): ElementDefinition => ({ group: 'edges', data: { ...data } })),
  ];
}

/** Returns the id of the edge from a speaker to a subject. */
export function toSaidAboutEdgeId(speakerId: string, subjectId: string): string {
  return `said:${speakerId}->${subjectId}`;
}
