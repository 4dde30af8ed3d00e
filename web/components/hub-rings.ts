import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';
import type { GraphElements } from '../../contract/graph.ts';
import { MORE_TYPE, capExpansion } from '../graph/cap-expansion.ts';
import { makeRoom, placeInRings } from '../graph/ring-layout.ts';
import { toElements } from '../graph/to-elements.ts';

const SPACING = { startRadius: 150, ringGap: 85, arcGap: 120 };

/** Lays a hub's expansions out in rings around it, capped, with a "more" node for the rest. */
export interface HubRings {
  /** Adds the next capped batch of a hub's neighbours on rings outside those it already has; returns what was added. */
  expand(hubId: string, graph: GraphElements): CollectionReturnValue;
  /** Forgets every hub's rings: call when the graph is replaced. */
  reset(): void;
}

/** The id of a hub's "more" node. */
export const moreNodeId = (hubId: string): string => `more:${hubId}`;

/** Returns the ring expansion of a graph view's core. */
export function createHubRings(cy: Core): HubRings {
  /** The outermost ring drawn around each hub, so the next batch goes outside it. */
  const outer = new Map<string, number>();

  function updateMore(hub: NodeSingular, more: number, at: { x: number; y: number }): CollectionReturnValue {
    const existing = cy.getElementById(moreNodeId(hub.id()));
    if (more === 0) {
      existing.remove();
      return cy.collection();
    }
    const name = `+${more} more`;
    if (existing.nonempty()) {
      existing.data('name', name).data('short', name).position(at);
      return cy.collection();
    }
    return cy.add([
      { group: 'nodes', data: { id: moreNodeId(hub.id()), name, short: name, type: MORE_TYPE, hub: hub.id(), mentions: 0, properties: {} }, position: at },
      { group: 'edges', data: { id: `${moreNodeId(hub.id())}:edge`, source: hub.id(), target: moreNodeId(hub.id()), type: MORE_TYPE, caption: '', properties: {} } },
    ]);
  }

  return {
    expand(hubId, graph) {
      const hub = cy.getElementById(hubId);
      const { graph: capped, more } = capExpansion(graph, hubId, (id) => cy.getElementById(id).nonempty());
      const fresh = toElements(capped, { isDrawn: (id) => cy.getElementById(id).nonempty() }).filter(
        (element) => element.data.id === undefined || cy.getElementById(element.data.id).empty(),
      );
      const added = cy.add(fresh);
      const centre = hub.position();
      const previous = outer.get(hubId);
      const startRadius = previous === undefined ? SPACING.startRadius : previous + SPACING.ringGap;
      const ringNodes = added.nodes().map((node) => ({ id: node.id(), type: String(node.data('type')) }));
      const { positions, outerRadius } = placeInRings(centre, ringNodes, { ...SPACING, startRadius });
      added.nodes().positions((node) => positions.get(node.id()) ?? centre);
      const moreAt = { x: centre.x + outerRadius + SPACING.ringGap, y: centre.y };
      const moreAdded = updateMore(hub, more, moreAt);
      outer.set(hubId, Math.max(outerRadius, previous ?? 0));
      // what was drawn before moves out by the rings' width; this hub's earlier rings stay where they are
      const inner = previous === undefined ? 0 : startRadius - SPACING.ringGap / 2;
      const others = cy.nodes().difference(added.union(moreAdded).union(hub)).nodes().filter((node) => !node.isParent() && node.data('type') !== MORE_TYPE);
      const placed = others.map((node) => ({ id: node.id(), ...(node as NodeSingular).position() })).filter((node) => Math.hypot(node.x - centre.x, node.y - centre.y) >= inner);
      const moved = makeRoom(centre, placed, outerRadius + SPACING.ringGap - inner);
      others.filter((node) => moved.has(node.id())).positions((node) => moved.get(node.id()) ?? (node as NodeSingular).position());
      return added.union(moreAdded);
    },
    reset: () => outer.clear(),
  };
}
