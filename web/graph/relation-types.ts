/** How one relation between agencies is drawn: the agency map's stylesheet and legend read this table. */
export interface RelationVisual {
  type: string;
  caption: string;
  colour: string;
  /** A second cue besides colour, so the map reads without colour vision too. */
  line: 'solid' | 'dashed' | 'dotted';
}

/** Colour and line per relation type; PART_OF is drawn as nesting, and as a line only when nesting cannot show it. */
export const RELATION_VISUALS = [
  { type: 'COOPERATES_WITH', caption: 'cooperates with', colour: '#1f9e74', line: 'solid' },
  { type: 'ASSISTS', caption: 'assists', colour: '#2f6fd6', line: 'solid' },
  { type: 'OPPOSES', caption: 'opposes', colour: '#d9381e', line: 'dashed' },
  { type: 'SUED', caption: 'sued', colour: '#9b1c5a', line: 'dashed' },
  { type: 'REQUESTED', caption: 'requested', colour: '#c77700', line: 'dotted' },
  { type: 'PART_OF', caption: 'part of', colour: '#6b7280', line: 'dotted' },
  { type: 'AFFILIATED_WITH', caption: 'affiliated with', colour: '#8a5cd6', line: 'solid' },
  { type: 'SPOKESPERSON_FOR', caption: 'speaks for', colour: '#c2578f', line: 'solid' },
  { type: 'LOCATED_IN', caption: 'located in', colour: '#0e7490', line: 'dotted' },
] as const satisfies readonly RelationVisual[];

const FALLBACK: RelationVisual = { type: 'OTHER', caption: 'other relation', colour: '#9ca3af', line: 'solid' };

/** Returns how a relation type is drawn; unknown types get a grey line with their type as caption. */
export function findRelationVisual(type: string): RelationVisual {
  return RELATION_VISUALS.find((visual) => visual.type === type) ?? { ...FALLBACK, type, caption: type.toLowerCase().replaceAll('_', ' ') };
}
