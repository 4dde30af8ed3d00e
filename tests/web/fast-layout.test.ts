import { describe, expect, it } from 'vitest';
import { layoutLargeGraph } from '../../web/graph/fast-layout.ts';
import { spreadPiles } from '../../web/graph/spread-piles.ts';

/** A graph of `nodes` nodes and `edges` edges, the same every run. */
function makeGraph(nodes: number, edges: number): [number, number][] {
  let seed = 7;
  const next = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  // a few hubs take most edges, as entities in news do
  return Array.from({ length: edges }, (): [number, number] => [Math.floor(next() ** 3 * nodes), Math.floor(next() * nodes)]);
}

const distance = (xy: Float64Array, a: number, b: number): number => Math.hypot(xy[a * 2]! - xy[b * 2]!, xy[a * 2 + 1]! - xy[b * 2 + 1]!);

describe('layoutLargeGraph', () => {
  it('lays out 10,000 nodes and 50,000 edges in well under the 5 s the explorer allows for a first paint', () => {
    const edges = makeGraph(10_000, 50_000);
    const start = performance.now();
    const xy = layoutLargeGraph(10_000, edges, { gap: 60 });
    expect(performance.now() - start).toBeLessThan(3000);
    expect(xy.every(Number.isFinite)).toBe(true);
  });

  it('keeps connected nodes nearer each other than unconnected ones', () => {
    const edges = makeGraph(2000, 6000);
    const xy = layoutLargeGraph(2000, edges, { gap: 60 });
    const linked = edges.slice(0, 500).reduce((sum, [a, b]) => sum + distance(xy, a, b), 0) / 500;
    const random = makeGraph(2000, 500).reduce((sum, [, b], index) => sum + distance(xy, index, b), 0) / 500;
    expect(linked).toBeLessThan(random);
  });

  it('leaves almost no node on top of another once spreadPiles has opened the bunches, as runLayout does', () => {
    const laid = layoutLargeGraph(3000, makeGraph(3000, 12_000), { gap: 60 });
    const places = spreadPiles(Array.from({ length: 3000 }, (_, index) => ({ id: String(index), x: laid[index * 2]!, y: laid[index * 2 + 1]! })), 60);
    const xy = new Float64Array(6000);
    for (const [id, at] of places) [xy[Number(id) * 2], xy[Number(id) * 2 + 1]] = [at.x, at.y];
    let crowded = 0;
    for (let a = 0; a < 3000; a += 7) {
      for (let b = 0; b < 3000; b++) {
        if (b !== a && distance(xy, a, b) < 20) {
          crowded++;
          break;
        }
      }
    }
    // of the 429 nodes checked, almost all have room of their own
    expect(crowded / 429).toBeLessThan(0.1);
  });
});
