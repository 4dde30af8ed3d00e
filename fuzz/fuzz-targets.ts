import type fc from 'fast-check';
import { checkAnswer, checkHealth, checkRoundTrip, toDeathFinding, type Finding } from './check-answer.ts';
import { apiCases, type ApiCase } from './generators/api-requests.ts';
import { cypherCases, type CypherCase } from './generators/cypher-queries.ts';
import { FUZZ_SERVER } from './fuzz-settings.ts';
import type { ServerProcess } from './server-process.ts';

/** What the fuzzer drives: a generator of cases and how one case is sent and judged. */
export interface FuzzTarget<T extends { shape: string }> {
  name: string;
  cases: fc.Arbitrary<T>;
  run(server: ServerProcess, input: T): Promise<Finding | null>;
  /** A case as a reader can replay it. */
  describe(input: T): string;
}

/** A Cypher answer may take the time limit and a margin; preparing happens before the limit starts. */
const CYPHER_SLOW_MS = FUZZ_SERVER.cypherTimeoutMs + 3_000;
const API_SLOW_MS = 5_000;

/** Sends one request to a live server (restarted first if the last case killed it), then checks health. */
async function send(server: ServerProcess, method: 'GET' | 'POST', path: string, body: unknown, slowMs: number, extra?: (answer: NonNullable<Awaited<ReturnType<ServerProcess['request']>>>) => Finding | null) {
  if (!server.alive) await server.restart();
  const answer = await server.request(method, path, body, slowMs + 20_000);
  if (!answer) return toDeathFinding(server);
  return checkAnswer(answer, slowMs) ?? extra?.(answer) ?? (await checkHealth(server));
}

export const cypherTarget: FuzzTarget<CypherCase> = {
  name: 'cypher',
  cases: cypherCases,
  run: (server, input) =>
    send(server, 'POST', '/api/cypher', { query: input.query, params: input.params }, CYPHER_SLOW_MS, (answer) =>
      input.shape === 'return-parameter' ? checkRoundTrip(answer, input.params.p) : null,
    ),
  describe: (input) => `POST /api/cypher ${JSON.stringify({ query: input.query, params: input.params })}`,
};

export const apiTarget: FuzzTarget<ApiCase> = {
  name: 'api',
  cases: apiCases,
  run: (server, input) => send(server, input.method, input.path, input.body, input.path.startsWith('/api/cypher') ? CYPHER_SLOW_MS : API_SLOW_MS),
  describe: (input) => `${input.method} ${input.path}${input.body === undefined ? '' : ` ${typeof input.body === 'string' ? input.body : JSON.stringify(input.body)}`}`,
};

/** Every target, as the command line lists them. */
export const FUZZ_TARGETS: readonly FuzzTarget<{ shape: string }>[] = [cypherTarget, apiTarget];
