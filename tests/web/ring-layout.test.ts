import { describe, expect, it } from 'vitest';
import { makeRoom, placeInRings } from '../../web/graph/ring-layout.ts';

const SPACING = { startRadius: 140, ringGap: 80, arcGap: 110 };
const distance = (at: { x: number; y: number } | undefined) => Math.round(Math.hypot(at?.x ?? NaN, at?.y ?? NaN));

describe('placeInRings', () => {
  it('puts each type on a ring of its own, people innermost and events outermost', () => {
    const { positions } = placeInRings({ x: 0, y: 0 }, [
      { id: 'event:e', type: 'Event' },
      { id: 'person:a', type: 'Person' },
      { id: 'person:b', type: 'Person' },
      { id: 'place:p', type: 'Place' },
    ], SPACING);
    expect(distance(positions.get('person:a'))).toBe(140);
    expect(distance(positions.get('person:b'))).toBe(140);
    expect(distance(positions.get('place:p'))).toBe(220);
    expect(distance(positions.get('event:e'))).toBe(300);
  });

  it('spreads 18 neighbours of one type over rings with room for their names, not a knot', () => {
    const nodes = Array.from({ length: 18 }, (_, index) => ({ id: `person:${index}`, type: 'Person' }));
    const { positions, outerRadius } = placeInRings({ x: 0, y: 0 }, nodes, SPACING);
    const placed = [...positions.values()];
    for (const [index, a] of placed.entries()) {
      for (const b of placed.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(80);
    }
    expect(outerRadius).toBe(220);
  });
});

describe('makeRoom', () => {
  it('moves every drawn node straight out by the width of the rings, keeping their directions', () => {
    const moved = makeRoom({ x: 0, y: 0 }, [{ id: 'near', x: 50, y: 0 }, { id: 'far', x: 0, y: -500 }, { id: 'on', x: 0, y: 0 }], 300);
    expect(moved.get('near')).toEqual({ x: 350, y: 0 });
    expect(moved.get('far')).toEqual({ x: 0, y: -800 });
    expect(moved.get('on')).toEqual({ x: 0, y: -300 });
  });
});
