import type { ElementDefinition } from 'cytoscape';
import { NESTING_RELATION } from '../../model/graph-model.ts';
import type { GraphElements } from '../../contract/graph.ts';
import { toElements } from './to-elements.ts';

/**
 * Returns Cytoscape elements for the agency network with PART_OF drawn as compound nodes: each part
 * sits inside the first whole it is part of. A second whole, or a PART_OF that would make a loop of
 * nesting, stays an ordinary edge so nothing is lost.
 * @example cy.add(toAgencyElements(await api.getAgencyNetwork()))
 */
export function toAgencyElements(graph: GraphElements): ElementDefinition[] {
  const elements = toElements(graph);
  const nodeIds = new Set(elements.filter((element) => element.group === 'nodes').map((element) => String(element.data.id)));
  const parentOf = new Map<string, string>();
  const nested = new Set<string>();
  for (const element of elements) {
    if (element.group !== 'edges' || element.data['type'] !== NESTING_RELATION) continue;
    const part = String(element.data.source);
    const whole = String(element.data.target);
    if (parentOf.has(part) || !nodeIds.has(whole) || isInside(whole, part, parentOf)) continue;
    parentOf.set(part, whole);
    nested.add(String(element.data.id));
  }
  return elements
    .filter((element) => !nested.has(String(element.data.id)))
    .map((element) => {
      const parent = element.group === 'nodes' ? parentOf.get(String(element.data.id)) : undefined;
      return parent ? { ...element, data: { ...element.data, parent } } : element;
    });
}

// true when `inner` already sits, at any depth, inside `outer`
function isInside(inner: string, outer: string, parentOf: ReadonlyMap<string, string>): boolean {
  for (let at: string | undefined = inner; at !== undefined; at = parentOf.get(at)) {
    if (at === outer) return true;
  }
  return false;
}
