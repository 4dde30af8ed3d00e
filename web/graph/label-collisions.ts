/** Where one label is drawn, in any one coordinate space, and how much it matters. */
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher keeps its label when two overlap: a selected node, then the most mentioned. */
  priority: number;
}

/**
 * Something drawn that a label must not cover, such as a node's body; `owner` is the node whose own
 * label may touch it. A label of higher priority may cover it: the hub's name matters more than a
 * glimpse of a minor node behind it.
 */
export interface Obstacle {
  owner: string;
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const CELL = 64;

/**
 * Returns the ids whose labels to hide so that no two drawn labels overlap, nor a label another node's
 * body: labels are placed from the highest priority down, and one that would touch a placed label or an
 * obstacle is hidden. Boxes are bucketed
 * in a grid, so thousands of labels take a few milliseconds rather than a comparison of every pair.
 * @example findCollidingLabels([{ id: 'a', x1: 0, y1: 0, x2: 50, y2: 10, priority: 2 }, { id: 'b', x1: 40, y1: 5, x2: 90, y2: 15, priority: 1 }]) // Set { 'b' }
 */
export function findCollidingLabels(boxes: readonly LabelBox[], obstacles: readonly Obstacle[] = [], gap = 2): Set<string> {
  const hidden = new Set<string>();
  const grid = new Map<string, (LabelBox | Obstacle)[]>();
  const place = (box: LabelBox | Obstacle, cells: string[]): void => {
    for (const cell of cells) {
      const bucket = grid.get(cell);
      if (bucket) bucket.push(box);
      else grid.set(cell, [box]);
    }
  };
  for (const obstacle of obstacles) place(obstacle, cellsOf(obstacle, 0));
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    const cells = cellsOf(box, gap);
    const blocks = (placed: LabelBox | Obstacle): boolean => !('owner' in placed) || (placed.owner !== box.id && placed.priority >= box.priority);
    const overlaps = cells.some((cell) => grid.get(cell)?.some((placed) => blocks(placed) && intersects(box, placed, gap)));
    if (overlaps) {
      hidden.add(box.id);
      continue;
    }
    place(box, cells);
  }
  return hidden;
}

function cellsOf(box: { x1: number; y1: number; x2: number; y2: number }, gap: number): string[] {
  const cells: string[] = [];
  for (let x = Math.floor((box.x1 - gap) / CELL); x <= Math.floor((box.x2 + gap) / CELL); x++) {
    for (let y = Math.floor((box.y1 - gap) / CELL); y <= Math.floor((box.y2 + gap) / CELL); y++) cells.push(`${x},${y}`);
  }
  return cells;
}

function intersects(a: LabelBox, b: { x1: number; y1: number; x2: number; y2: number }, gap: number): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}
