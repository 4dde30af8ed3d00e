/** The key under which the embedded store returns the node or relationship of `n {.*, k: v}`; no property of the model has it. */
export const MAP_STAR_KEY = 'neo4j_all_properties';

/** `{neo4j_all_properties: {…n}, k: v}` → n's properties that hold a value, with k: v over them; null when n is null. */
export function toMapStarValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !(MAP_STAR_KEY in value)) return value;
  const { [MAP_STAR_KEY]: all, ...rest } = value as Record<string, unknown>;
  if (typeof all !== 'object' || all === null) return null;
  const own = Object.entries(all).filter(([key, inner]) => inner !== null && inner !== undefined && !key.startsWith('_'));
  return { ...Object.fromEntries(own), ...rest };
}
