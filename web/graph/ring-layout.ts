/** A node to place, with the type that picks its ring. */
export interface RingNode {
  id: string;
  type: string;
}

/** How far apart rings and the nodes on one ring are, in model pixels. */
export interface RingSpacing {
  /** Radius of the first ring. */
  startRadius: number;
  /** Between two rings. */
  ringGap: number;
  /** Between two neighbours on a ring: about a label's width, so names side by side do not touch. */
  arcGap: number;
}

/** The order of the rings, inside out: people nearest, events outermost. */
export const RING_TYPE_ORDER: readonly string[] = ['Person', 'Agency', 'Organization', 'Place', 'Event'];

/** Where the rings put each node, and the radius of the outermost ring. */
export interface RingPlacement {
  positions: Map<string, { x: number; y: number }>;
  outerRadius: number;
}

/**
 * Returns places for a hub's new neighbours in rings around it, one type to a ring (people first,
 * then agencies, organizations, places, events; other types last), a ring growing, or a type taking
 * several rings, when its nodes would stand closer than `arcGap`. Successive rings are turned by
 * half a step so names on neighbouring rings do not line up.
 * @example placeInRings({ x: 0, y: 0 }, [{ id: 'p', type: 'Person' }], { startRadius: 140, ringGap: 80, arcGap: 110 })
 */
export function placeInRings(centre: { x: number; y: number }, nodes: readonly RingNode[], spacing: RingSpacing): RingPlacement {
  const positions = new Map<string, { x: number; y: number }>();
  const rank = (type: string): number => {
    const index = RING_TYPE_ORDER.indexOf(type);
    return index < 0 ? RING_TYPE_ORDER.length : index;
  };
  const groups = new Map<number, RingNode[]>();
  for (const node of nodes) groups.set(rank(node.type), [...(groups.get(rank(node.type)) ?? []), node]);
  let radius = spacing.startRadius;
  let ring = 0;
  let outerRadius = 0;
  for (const [, group] of [...groups.entries()].sort(([a], [b]) => a - b)) {
    for (let placed = 0; placed < group.length; ring++) {
      const fits = Math.max(1, Math.floor((2 * Math.PI * radius) / spacing.arcGap));
      const onRing = group.slice(placed, placed + fits);
      const step = (2 * Math.PI) / onRing.length;
      const turn = (ring % 2) * (step / 2) - Math.PI / 2;
      onRing.forEach((node, index) => {
        const angle = turn + index * step;
        positions.set(node.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      });
      placed += onRing.length;
      outerRadius = radius;
      radius += spacing.ringGap;
    }
  }
  return { positions, outerRadius };
}

/**
 * Returns new places for the nodes drawn before the rings: each moved straight out from the centre by
 * `shift`, the width the rings take. Moving all of them, not only those under the rings, keeps the rest
 * of the drawing as it was, only opened up around the hub, where pushing just the covered ones to the
 * rings' edge would pile them into a crown.
 */
export function makeRoom(
  centre: { x: number; y: number },
  others: readonly { id: string; x: number; y: number }[],
  shift: number,
): Map<string, { x: number; y: number }> {
  const moved = new Map<string, { x: number; y: number }>();
  for (const node of others) {
    const dx = node.x - centre.x;
    const dy = node.y - centre.y;
    const distance = Math.hypot(dx, dy);
    // a node on the centre itself goes straight up
    const [ux, uy] = distance === 0 ? [0, -1] : [dx / distance, dy / distance];
    moved.set(node.id, { x: centre.x + ux * (distance + shift), y: centre.y + uy * (distance + shift) });
  }
  return moved;
}
