import { RELATIONS, type RelationLook } from '../../model/graph-model.ts';

/** How one relation between agencies is drawn: the agency map's stylesheet and legend read this list. */
export interface RelationVisual extends Omit<RelationLook, 'legendRank'> {
  type: string;
}

/** Colour and line per relation type, in legend order; PART_OF is drawn as nesting, and as a line only when nesting cannot show it. */
export const RELATION_VISUALS: readonly RelationVisual[] = [...RELATIONS]
  .sort((a, b) => a.look.legendRank - b.look.legendRank)
  .map(({ type, look: { caption, colour, line } }) => ({ type, caption, colour, line }));

const FALLBACK: RelationVisual = { type: 'OTHER', caption: 'other relation', colour: '#9ca3af', line: 'solid' };

/** Returns how a relation type is drawn; unknown types get a grey line with their type as caption. */
export function findRelationVisual(type: string): RelationVisual {
  return RELATION_VISUALS.find((visual) => visual.type === type) ?? { ...FALLBACK, type, caption: type.toLowerCase().replaceAll('_', ' ') };
}
