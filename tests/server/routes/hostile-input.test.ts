import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleTemplate } from '../../../fuzz/sample-template.ts';
import { ServerProcess } from '../../../fuzz/server-process.ts';

/**
 * The attacks of issue #19 against the API in a server process of its own (a crash in the engine
 * kills the process, which an in-process app could not report): each is answered with a 2xx or a 400
 * in our words, and the process stays up and healthy.
 */
let server: ServerProcess;

beforeAll(async () => {
  server = new ServerProcess(ensureSampleTemplate());
  await server.start();
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

async function expectAlive(): Promise<void> {
  expect(server.alive).toBe(true);
  expect((await server.request('GET', '/api/health'))?.status).toBe(200);
}

/** The engine's words, build and host paths. */
const INTERNALS = /exception|Assertion|\.cpp|\/home\/|\/work\/|kuzu|std::|KU_/i;

describe('the API under the inputs that crashed its engine', () => {
  // 5000: past the samples' quotes and reported statements (81 was one past their quotes before #15)
  it.each(['1000000', '100000', '5000'])('answers /api/quotes?cursor=%s with an empty last page', async (cursor) => {
    const answer = await server.request('GET', `/api/quotes?cursor=${cursor}`);
    expect(answer).toMatchObject({ status: 200, body: { quotes: [], nextCursor: null } });
    await expectAlive();
  });

  it.each(['9007199254740991', '1e300', '-1'])('refuses /api/quotes?cursor=%s (past the contract limit of 1,000,000) with 400 INVALID_INPUT', async (cursor) => {
    expect(await server.request('GET', `/api/quotes?cursor=${cursor}`)).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
    await expectAlive();
  });

  it('pages /api/quotes to the end and no further', async () => {
    let cursor = 0;
    let last: Awaited<ReturnType<typeof server.request>>;
    for (let pages = 0; ; pages += 1) {
      last = await server.request('GET', `/api/quotes?limit=50&cursor=${cursor}`);
      const next = (last?.body as { nextCursor: number | null }).nextCursor;
      if (next === null || pages > 100) break;
      cursor = next;
    }
    expect(cursor).toBeGreaterThan(0);
    expect(last).toMatchObject({ status: 200, body: { nextCursor: null } });
    expect((last?.body as { quotes: unknown[] }).quotes.length).toBeGreaterThan(0);
    const indirect = await server.request('GET', '/api/quotes?kind=indirect&limit=200');
    const kinds = (indirect?.body as { quotes: { kind: string }[] }).quotes.map((quote) => quote.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['indirect']));
  });

  it.each([
    ['ORDER BY … SKIP 100000', { query: 'MATCH (q:Quote) RETURN q.id ORDER BY q.id SKIP 100000 LIMIT 5' }, 'CYPHER_TOO_LARGE', /at most|allowed/],
    ['a range of two billion', { query: 'UNWIND range(1, 2000000000) AS x RETURN count(x)' }, 'CYPHER_TOO_LARGE', /at most 100,000/],
    ['a map then a number in a list parameter', { query: 'RETURN $p AS v', params: { p: [{ a: 1 }, 5] } }, 'CYPHER_BAD_PARAMS', /"p\[1\]"/],
    ['a number then a string in a list parameter', { query: 'RETURN $p AS v', params: { p: [1, 'two', null, { a: 1 }] } }, 'CYPHER_BAD_PARAMS', /lists hold values of one type/],
    ['an empty list inside a map parameter', { query: 'RETURN $p AS v', params: { p: { a: [] } } }, 'CYPHER_BAD_PARAMS', /"p.a"/],
    ['an unknown variable', { query: 'RETURN nope AS v' }, 'CYPHER_INVALID', /./],
    ['an unknown property type mix', { query: "MATCH (p:Person) RETURN p.name + 1 AS v" }, 'CYPHER_INVALID', /./],
  ])('answers %s with 400 %s in our words', async (_name, body, code, words) => {
    const answer = await server.request('POST', '/api/cypher', body);
    expect(answer).toMatchObject({ status: 400, body: { code } });
    const message = (answer?.body as { message: string }).message;
    expect(message).toMatch(words);
    expect(message).not.toMatch(INTERNALS);
    await expectAlive();
  });

  it('answers a list mixing whole numbers and fractions as it was sent', async () => {
    const answer = await server.request('POST', '/api/cypher', { query: 'RETURN $p AS v', params: { p: [1, 2.5] } });
    expect(answer).toMatchObject({ status: 200, body: { rows: [{ v: [1, 2.5] }] } });
  });
});
