import { describe, expect, it } from 'vitest';
import { spreadPiles } from '../../web/graph/spread-piles.ts';
import type { PlacedNode } from '../../web/graph/spread-piles.ts';

const closestPair = (places: Map<string, { x: number; y: number }>): number => {
  const points = [...places.values()];
  let closest = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  }
  return closest;
};

describe('spreadPiles', () => {
  it('leaves a drawing with room to spare as it is', () => {
    const nodes: PlacedNode[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 300, y: 0 },
      { id: 'c', x: 0, y: 300 },
    ];

    expect(Object.fromEntries(spreadPiles(nodes, 60))).toEqual({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 300 } });
  });

  it('opens the leaves piled on one spot into a spiral around it, no two closer than half the gap', () => {
    const leaves = Array.from({ length: 200 }, (_, index) => ({ id: `leaf-${index}`, x: 500, y: 500 }));
    const places = spreadPiles([...leaves, { id: 'far', x: 5000, y: 5000 }], 60);

    expect(closestPair(places)).toBeGreaterThanOrEqual(30);
    const leafPlaces = leaves.map((leaf) => places.get(leaf.id)!);
    const centre = { x: leafPlaces.reduce((sum, p) => sum + p.x, 0) / 200, y: leafPlaces.reduce((sum, p) => sum + p.y, 0) / 200 };
    expect(Math.hypot(centre.x - 500, centre.y - 500)).toBeLessThan(60);
  });

  it('scales a crowded drawing up so each node has about gap² of room', () => {
    const grid = Array.from({ length: 100 }, (_, index) => ({ id: `n${index}`, x: (index % 10) * 6, y: Math.floor(index / 10) * 6 }));
    const places = spreadPiles(grid, 60);

    expect(closestPair(places)).toBeGreaterThanOrEqual(30);
    expect(places.get('n99')!.x - places.get('n0')!.x).toBeGreaterThan(500);
  });

  it('pushes apart two nodes that sit in neighbouring cells, one each side of the border', () => {
    const places = spreadPiles(
      [
        { id: 'west', x: 59, y: 10 },
        { id: 'east', x: 61, y: 10 },
        { id: 'far', x: 5000, y: 5000 },
      ],
      60,
    );

    expect(Math.hypot(places.get('west')!.x - places.get('east')!.x, places.get('west')!.y - places.get('east')!.y)).toBeGreaterThanOrEqual(30 - 1e-9);
    expect(places.get('far')).toEqual({ x: 5000, y: 5000 });
  });
});
