/** How a large graph is laid out without a force layout's cost. */
export interface FastLayoutOptions {
  /** The room each node should have, in model pixels. */
  gap: number;
  /** Rounds of pulling along edges and pushing apart; each costs O(nodes + edges). */
  rounds?: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SETTLE_ROUNDS = 8;
// weak: the spiral already spaces nodes evenly, and a strong pull would bunch the leaves of each hub again
const PULL = 0.05;

/**
 * Returns positions (x, y interleaved, in the order of `degreeOrder`'s input) for a graph too large
 * for fcose (its spectral draft alone takes ~45 s at 10,000 nodes and 50,000 edges in headless
 * Chromium): nodes start on a sunflower spiral, the most connected in the middle, then a few rounds
 * pull each edge's ends towards an ideal length and push apart nodes closer than `gap`, finding
 * neighbours in a grid instead of comparing every pair. Connected nodes end up near each other and
 * nothing piles up; it reads as clusters, not as a grid.
 * @example layoutLargeGraph(10_000, edges, { gap: 60 }) // Float64Array(20000)
 */
export function layoutLargeGraph(nodeCount: number, edges: readonly (readonly [number, number])[], options: FastLayoutOptions): Float64Array {
  const { gap } = options;
  const rounds = options.rounds ?? 30;
  const degree = new Uint32Array(nodeCount);
  for (const [a, b] of edges) {
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const order = Array.from({ length: nodeCount }, (_, index) => index).sort((a, b) => degree[b]! - degree[a]!);
  const xy = new Float64Array(nodeCount * 2);
  order.forEach((node, rank) => {
    const radius = gap * Math.sqrt(rank + 0.5);
    xy[node * 2] = radius * Math.cos(rank * GOLDEN_ANGLE);
    xy[node * 2 + 1] = radius * Math.sin(rank * GOLDEN_ANGLE);
  });
  const ideal = gap * 2;
  for (let round = 0; round < rounds; round++) {
    // cooling: early rounds move far, late ones settle
    const step = 1 - round / rounds;
    pullAlongEdges(xy, edges, degree, ideal, PULL * step);
    pushApart(xy, nodeCount, gap, 0.5);
  }
  // the last pulls leave a hub's leaves bunched: a few rounds of pushing alone open the bunches
  for (let round = 0; round < SETTLE_ROUNDS; round++) pushApart(xy, nodeCount, gap, 1);
  return xy;
}

// each end moves towards the other by a share of the excess length, less for hubs, which many edges pull
function pullAlongEdges(xy: Float64Array, edges: readonly (readonly [number, number])[], degree: Uint32Array, ideal: number, strength: number): void {
  for (const [a, b] of edges) {
    if (a === b) continue;
    const dx = xy[b * 2]! - xy[a * 2]!;
    const dy = xy[b * 2 + 1]! - xy[a * 2 + 1]!;
    const distance = Math.hypot(dx, dy) || 1;
    if (distance <= ideal) continue;
    const move = (strength * (distance - ideal)) / distance;
    const shareA = move / Math.sqrt(degree[a]!);
    const shareB = move / Math.sqrt(degree[b]!);
    xy[a * 2]! += dx * shareA;
    xy[a * 2 + 1]! += dy * shareA;
    xy[b * 2]! -= dx * shareB;
    xy[b * 2 + 1]! -= dy * shareB;
  }
}

// nodes closer than `gap` move apart, each pair half the overlap; neighbours come from a grid of gap-sized
// cells, built by counting sort into typed arrays (a Map of arrays per call took most of a 10,000-node layout)
function pushApart(xy: Float64Array, nodeCount: number, gap: number, strength: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let node = 0; node < nodeCount; node++) {
    minX = Math.min(minX, xy[node * 2]!);
    maxX = Math.max(maxX, xy[node * 2]!);
    minY = Math.min(minY, xy[node * 2 + 1]!);
    maxY = Math.max(maxY, xy[node * 2 + 1]!);
  }
  if (nodeCount === 0) return;
  const columns = Math.floor((maxX - minX) / gap) + 1;
  const rows = Math.floor((maxY - minY) / gap) + 1;
  const cellOf = new Int32Array(nodeCount);
  const starts = new Int32Array(columns * rows + 1);
  for (let node = 0; node < nodeCount; node++) {
    const cell = Math.floor((xy[node * 2 + 1]! - minY) / gap) * columns + Math.floor((xy[node * 2]! - minX) / gap);
    cellOf[node] = cell;
    starts[cell + 1]! += 1;
  }
  for (let cell = 0; cell < columns * rows; cell++) starts[cell + 1]! += starts[cell]!;
  const members = new Int32Array(nodeCount);
  const filled = starts.slice(0, columns * rows);
  for (let node = 0; node < nodeCount; node++) members[filled[cellOf[node]!]!++] = node;
  for (let node = 0; node < nodeCount; node++) {
    // the cell as it was when the grid was built, as the neighbours' are
    const column = cellOf[node]! % columns;
    const row = (cellOf[node]! - column) / columns;
    for (let oy = -1; oy <= 1; oy++) {
      if (row + oy < 0 || row + oy >= rows) continue;
      for (let ox = -1; ox <= 1; ox++) {
        if (column + ox < 0 || column + ox >= columns) continue;
        const cell = (row + oy) * columns + column + ox;
        for (let at = starts[cell]!; at < starts[cell + 1]!; at++) {
          const other = members[at]!;
          if (other <= node) continue;
          const dx = xy[other * 2]! - xy[node * 2]!;
          const dy = xy[other * 2 + 1]! - xy[node * 2 + 1]!;
          const distance = Math.hypot(dx, dy);
          if (distance >= gap) continue;
          // two nodes on one spot part along a direction of their own
          const ux = distance > 0 ? dx / distance : Math.cos(node);
          const uy = distance > 0 ? dy / distance : Math.sin(node);
          const push = ((gap - distance) / 2) * strength;
          xy[node * 2]! -= ux * push;
          xy[node * 2 + 1]! -= uy * push;
          xy[other * 2]! += ux * push;
          xy[other * 2 + 1]! += uy * push;
        }
      }
    }
  }
}
