/** A point in model coordinates. */
interface Point {
  x: number;
  y: number;
}

/**
 * Returns the index of the drawn straight edge nearest to `point` within `tolerance` (model units), or
 * -1: the hit test of the edge layer (edge-layer.ts), whose edges are not Cytoscape elements. `xy`
 * holds node positions (x, y interleaved), `ends` both ends of each edge as node indexes (-1: no such
 * node), and `isShown` says whether an edge is drawn. One pass over the edges: a millisecond or two
 * for 50,000, once per click.
 * @example findNearestEdge(new Float64Array([0, 0, 100, 0]), new Int32Array([0, 1]), () => true, { x: 50, y: 3 }, 5) // 0
 */
export function findNearestEdge(xy: Float64Array, ends: Int32Array, isShown: (edge: number) => boolean, point: Point, tolerance: number): number {
  let nearest = -1;
  let best = tolerance * tolerance;
  const edges = ends.length / 2;
  for (let edge = 0; edge < edges; edge++) {
    const a = ends[edge * 2]!;
    const b = ends[edge * 2 + 1]!;
    if (a < 0 || b < 0) continue;
    const ax = xy[a * 2]!;
    const ay = xy[a * 2 + 1]!;
    const bx = xy[b * 2]!;
    const by = xy[b * 2 + 1]!;
    // outside the segment's box grown by the tolerance: cannot be near enough
    if (point.x < Math.min(ax, bx) - tolerance || point.x > Math.max(ax, bx) + tolerance) continue;
    if (point.y < Math.min(ay, by) - tolerance || point.y > Math.max(ay, by) + tolerance) continue;
    const distance = squaredDistanceToSegment(point, ax, ay, bx, by);
    if (distance <= best && isShown(edge)) {
      best = distance;
      nearest = edge;
    }
  }
  return nearest;
}

function squaredDistanceToSegment(point: Point, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  // where along the segment the point's foot falls, clamped to its ends
  const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - ax) * dx + (point.y - ay) * dy) / length));
  const x = ax + along * dx - point.x;
  const y = ay + along * dy - point.y;
  return x * x + y * y;
}
