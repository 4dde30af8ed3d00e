/** A node's place, by id. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

// the golden angle: successive points of a sunflower spiral never line up
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Returns new places for nodes a spectral layout piled up: the whole drawing is first scaled so
 * that each node has about `gap`² of room on average, then the nodes sharing a `gap`-sized cell are
 * set on a sunflower spiral around the cell's centre, `gap` apart, and last any two nodes still
 * closer than half the gap (neighbours across a cell's border) are pushed apart. fcose's draft
 * quality gives the leaves of one hub the same spot; this undoes the pile in about linear time,
 * where a force layout of thousands of nodes takes tens of seconds.
 * @example cy.nodes().positions((node) => spreadPiles(placed, 60).get(node.id())!)
 */
export function spreadPiles(nodes: readonly PlacedNode[], gap: number): Map<string, { x: number; y: number }> {
  const scale = findRoomScale(nodes, gap);
  const cells = new Map<string, PlacedNode[]>();
  for (const node of nodes) {
    const scaled = { id: node.id, x: node.x * scale, y: node.y * scale };
    const key = `${Math.floor(scaled.x / gap)},${Math.floor(scaled.y / gap)}`;
    const pile = cells.get(key);
    if (pile) pile.push(scaled);
    else cells.set(key, [scaled]);
  }
  const spread: PlacedNode[] = [];
  for (const pile of cells.values()) {
    const centre = { x: mean(pile.map((node) => node.x)), y: mean(pile.map((node) => node.y)) };
    pile.forEach((node, index) => {
      if (pile.length === 1) return void spread.push(node);
      const radius = gap * Math.sqrt(index + 0.5);
      spread.push({ id: node.id, x: centre.x + radius * Math.cos(index * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(index * GOLDEN_ANGLE) });
    });
  }
  pushApart(spread, gap / 2);
  return new Map(spread.map(({ id, x, y }) => [id, { x, y }]));
}

/** Rounds of pushing apart; each usually settles most of what the one before left. */
const PUSH_ROUNDS = 12;

// moves each pair closer than `distance` apart, half the shortfall each, until none is or the rounds
// run out; a grid of `distance`-sized cells finds the pairs, so a round is linear in the nodes
function pushApart(nodes: PlacedNode[], distance: number): void {
  for (let round = 0; round < PUSH_ROUNDS; round++) {
    // numbers, not strings, as cell keys: a string per node and neighbour took most of a 10,000-node spread
    const grid = new Map<number, PlacedNode[]>();
    const cellOf = (node: PlacedNode) => [Math.floor(node.x / distance), Math.floor(node.y / distance)] as const;
    for (const node of nodes) {
      const [column, row] = cellOf(node);
      const key = cellKey(column, row);
      const cell = grid.get(key);
      if (cell) cell.push(node);
      else grid.set(key, [node]);
    }
    let moved = false;
    nodes.forEach((node, index) => {
      const [column, row] = cellOf(node);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(cellKey(column + dx, row + dy)) ?? []) {
            if (other === node || other.id < node.id) continue;
            const gapX = other.x - node.x;
            const gapY = other.y - node.y;
            const apart = Math.hypot(gapX, gapY);
            if (apart >= distance) continue;
            // two nodes on one spot have no direction between them: take one from the node's index
            const [unitX, unitY] = apart > 0 ? [gapX / apart, gapY / apart] : [Math.cos(index * GOLDEN_ANGLE), Math.sin(index * GOLDEN_ANGLE)];
            const shift = (distance - apart) / 2;
            node.x -= unitX * shift;
            node.y -= unitY * shift;
            other.x += unitX * shift;
            other.y += unitY * shift;
            moved = true;
          }
        }
      }
    });
    if (!moved) return;
  }
}

// one number per cell of a grid up to a million cells wide
const cellKey = (column: number, row: number): number => column * 1_000_003 + row;

// at least 1: a drawing with room to spare keeps its size
function findRoomScale(nodes: readonly PlacedNode[], gap: number): number {
  if (nodes.length < 2) return 1;
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const area = Math.max(1, (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)));
  return Math.max(1, Math.sqrt((nodes.length * gap * gap) / area));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
