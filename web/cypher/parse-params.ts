/** The params box read: an object to send, or what is wrong with the text. */
export type ParsedParams = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string };

/**
 * Returns the query parameters typed as JSON; blank text means none. Only a JSON object is accepted,
 * since Cypher parameters are named.
 * @example parseParams('{"name": "Hollis Brandvold"}') // { ok: true, value: { name: 'Hollis Brandvold' } }
 */
export function parseParams(text: string): ParsedParams {
  if (text.trim() === '') return { ok: true, value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: 'The parameters must be a JSON object of names to values, e.g. {"name": "Hollis Brandvold"}' };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}
