import { isDeepStrictEqual } from 'node:util';
import type { Answer, ServerProcess } from './server-process.ts';

/** Something the server must never do: crash, hang, leak the engine's words, answer 5xx or wrongly. */
export interface Finding {
  /** The class: findings of one class are one bug. */
  kind: string;
  detail: string;
}

/** The engine's words, its build and host paths, stack frames: none may reach a client. */
const INTERNALS = /exception:|Assertion failed|KU_UNREACHABLE|\.cpp\b|\/home\/|\/work\/|\/tmp\/|node_modules|kuzu|std::|unordered_map|vector::|basic_string|\bat \S+ \(|\w+Error: /i;

/** What a server that answered nothing left behind: a crash, or the harness's kill for memory or time. */
export function toDeathFinding(server: ServerProcess): Finding {
  const end = server.end;
  if (end?.killedFor) return { kind: `killed: ${end.killedFor.replace(/\d+/g, 'N')}`, detail: `peak RSS ${Math.round(server.peakRssMb)} MB` };
  if (end) return { kind: `crash: ${end.signal ?? `exit ${end.code}`}`, detail: server.stderr.slice(-500) };
  return { kind: 'no answer', detail: 'the request failed while the process lives' };
}

/**
 * The checks every answer passes: a status of 2xx or 4xx, errors as JSON `{code, message}` in our words,
 * within `slowMs`. Null when it passes.
 */
export function checkAnswer(answer: Answer, slowMs: number): Finding | null {
  if (answer.status >= 500 || answer.status < 200 || (answer.status >= 300 && answer.status < 400)) {
    return { kind: `status ${answer.status} ${codeOf(answer.body)}`, detail: answer.text.slice(0, 300) };
  }
  if (answer.status >= 400) {
    const body = answer.body as { code?: unknown; message?: unknown } | undefined;
    if (typeof body?.code !== 'string' || typeof body.message !== 'string') return { kind: 'error not JSON {code, message}', detail: answer.text.slice(0, 300) };
    if (INTERNALS.test(body.message)) return { kind: `engine words in a ${body.code} answer`, detail: body.message.slice(0, 300) };
  } else if (answer.body === undefined) {
    return { kind: '2xx not JSON', detail: answer.text.slice(0, 300) };
  }
  if (answer.ms > slowMs) return { kind: `slow: over ${slowMs} ms`, detail: `${answer.ms} ms, status ${answer.status} ${codeOf(answer.body)}` };
  return null;
}

/** `RETURN $p AS v` answers the parameter as it was sent, or refuses it with CYPHER_BAD_PARAMS. */
export function checkRoundTrip(answer: Answer, sent: unknown): Finding | null {
  if (answer.status !== 200) return null;
  const rows = (answer.body as { rows?: { v?: unknown }[] }).rows;
  const expected = JSON.parse(JSON.stringify(sent)) as unknown;
  if (isDeepStrictEqual(rows?.[0]?.v, expected)) return null;
  return { kind: 'parameter answered wrongly', detail: `sent ${JSON.stringify(sent).slice(0, 150)}, answered ${JSON.stringify(rows?.[0]?.v).slice(0, 150)}` };
}

/** The process is alive and /api/health answers 200 within 5 s. */
export async function checkHealth(server: ServerProcess): Promise<Finding | null> {
  if (!server.alive) return toDeathFinding(server);
  const health = await server.request('GET', '/api/health', undefined, 5_000);
  if (!health) return toDeathFinding(server);
  return health.status === 200 ? null : { kind: `health answered ${health.status}`, detail: health.text.slice(0, 300) };
}

function codeOf(body: unknown): string {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
}
