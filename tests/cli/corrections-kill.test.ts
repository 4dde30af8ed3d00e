import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticles } from '../../ingest/index.ts';
import type { Article } from '../../ingest/article.ts';
import { createEmbeddedGraphStore } from '../../store/embedded/graph-store-embedded.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const CLI = join(process.cwd(), 'cli/corrections.ts');
const COPIES = 4;
/** Where in a full run's work, from its start line to its exit, each kill lands. */
// The first lands well before the commit on any machine; on a loaded one the last may come after the exit.
const FRACTIONS = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95];
const MERGE_ID = '00kill0000-merge';

let folder: string;

async function withStore<T>(dataDir: string, read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await createEmbeddedGraphStore({ path: dataDir });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

/** Every node with its names and counts, every edge, and the log: two stores with equal pictures hold the same graph. */
async function pictureOf(dataDir: string): Promise<string> {
  return withStore(dataDir, async (store) => {
    const rows = async (query: string) => (await store.runReadQuery(query, { rowLimit: 1_000_000 })).rows.map((row) => JSON.stringify(row)).sort();
    return JSON.stringify({
      nodes: await rows('MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.mentions AS mentions'),
      edges: await rows('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r.count AS count, r.spans AS spans, r.startOffset AS start'),
      log: (await store.listCorrections()).map((each) => [each.id, each.undone]),
    });
  });
}

/**
 * Runs the corrections CLI on `dataDir`. With `killAt`, SIGKILLs it that many ms after it prints the line
 * `startLine` matches (its work begins); otherwise measures how long the work took from that line to exit.
 */
function correctionsCli(dataDir: string, args: string[], startLine: RegExp, killAt?: number) {
  return new Promise<{ signal: string | null; code: number | null; workMs: number; finished: boolean }>((resolve) => {
    // node itself with tsx's loader, not the tsx binary: that one runs the CLI in a child process the kill would miss
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATA_DIR: dataDir } });
    let started = 0;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (started === 0 && startLine.test(output)) {
        started = Date.now();
        if (killAt !== undefined) setTimeout(() => child.kill('SIGKILL'), killAt);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, workMs: Date.now() - started, finished: /^(Imported|Undid) /m.test(output) }));
  });
}

/** Kills a run at each fraction of its full length, each on a fresh copy of `from`, and returns the picture each left. */
async function killedPictures(from: string, args: string[], startLine: RegExp, fullMs: number) {
  const left: { fraction: number; picture: string; finished: boolean }[] = [];
  for (const fraction of FRACTIONS) {
    const copy = join(folder, `killed-${args[0]}-${fraction}`);
    await cp(from, copy, { recursive: true });
    const run = await correctionsCli(copy, args, startLine, Math.round(fraction * fullMs));
    // a run that finished before its kill is a committed one, judged as such
    expect(run.signal === 'SIGKILL' || run.code === 0).toBe(true);
    left.push({ fraction, picture: await pictureOf(copy), finished: run.finished });
  }
  return left;
}

let base: string;
let mergeFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'corrections-kill-'));
  base = join(folder, 'base');
  const samples = (await readdir('samples')).filter((name) => /\.(txt|md)$/.test(name) && !/readme/i.test(name));
  const articles: Article[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const name of samples) articles.push({ source: `${copy}-${name}`, format: 'txt' as const, text: `Edition ${copy}\n${await readFile(join('samples', name), 'utf8')}` });
  }
  // the two most-mentioned people: a merge that moves hundreds of edges
  const [into, merged] = await withStore(base, async (store) => {
    expect((await ingestArticles(articles, { store })).failed).toEqual([]);
    return (await store.overview(50)).nodes.filter((node) => node.label === 'Person').map((node) => node.id);
  });
  mergeFile = join(folder, 'merge.json');
  const correction = { id: MERGE_ID, action: 'merge', arguments: { into, entities: [merged] }, facts: {}, time: '2026-12-06T03:00:00.000Z', editor: 'test', note: null, undone: false };
  await writeFile(mergeFile, JSON.stringify({ corrections: [correction] }));
}, 240_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The graph before and after a full run, and what each killed run left, for the two tests below to judge. */
interface KillRuns {
  before: string;
  after: string;
  kills: { fraction: number; picture: string; finished: boolean }[];
}

/** Applies the merge (corrections import) and undoes it (corrections undo), in full and killed at each fraction. */
async function runAll(): Promise<{ apply: KillRuns; undo: KillRuns }> {
  const before = await pictureOf(base);
  const merged = join(folder, 'merged');
  await cp(base, merged, { recursive: true });
  const apply = await correctionsCli(merged, ['import', mergeFile], /^Importing /m);
  expect(apply.code).toBe(0);
  const after = await pictureOf(merged);
  expect(after).not.toBe(before);
  const applyKills = await killedPictures(base, ['import', mergeFile], /^Importing /m, apply.workMs);

  const undone = join(folder, 'undone');
  await cp(merged, undone, { recursive: true });
  const undo = await correctionsCli(undone, ['undo', MERGE_ID], /^Extracted /m);
  expect(undo.code).toBe(0);
  const afterUndo = await pictureOf(undone);
  expect(afterUndo).not.toBe(after);
  const undoKills = await killedPictures(merged, ['undo', MERGE_ID], /^Extracted /m, undo.workMs);
  return { apply: { before, after, kills: applyKills }, undo: { before: after, after: afterUndo, kills: undoKills } };
}

/** What the log of a picture says of the merge: not there, in force, or undone. It is written in the correction's own transaction. */
const logOf = (picture: string) => JSON.stringify((JSON.parse(picture) as { log: unknown }).log);

let runs: Promise<{ apply: KillRuns; undo: KillRuns }>;

describe('a correction killed with SIGKILL half-way', () => {
  beforeAll(() => {
    runs = runAll();
  });

  it.each(['apply', 'undo'] as const)('half-applies nothing: a kill before the %s committed leaves the graph exactly as before', async (which) => {
    const { before, kills } = (await runs)[which];
    const uncommitted = kills.filter((kill) => logOf(kill.picture) === logOf(before));
    // the kills landed in the work: some stopped it before its commit
    expect(uncommitted.length).toBeGreaterThan(0);
    for (const kill of uncommitted) expect(kill.picture, `killed at ${kill.fraction}`).toBe(before);
    for (const kill of kills) expect([before, (await runs)[which].after].map(logOf)).toContain(logOf(kill.picture));
  }, 300_000);

  async function expectCommittedKept(which: 'apply' | 'undo') {
    const { after, kills } = (await runs)[which];
    const committed = kills.filter((kill) => logOf(kill.picture) === logOf(after));
    // some kills landed after the commit (or the run had finished): the check is not empty
    expect(committed.length).toBeGreaterThan(0);
    for (const kill of committed) expect(kill.picture, `killed at ${kill.fraction}`).toBe(after);
  }

  it('loses nothing: a kill after the undo committed leaves the graph exactly as a full run does', () => expectCommittedKept('undo'), 300_000);

  // kuzu 0.11.3, replaying the log of a merge committed just before the kill, has dropped a SAID_ABOUT edge
  // the merge never touched (rarely: not every kill lands in that window). The store opened here derives
  // those edges again from their quotes whenever it finds a log left by a killed process
  // (tests/store/embedded/recovery-after-kill.test.ts pins that repair without depending on timing).
  it('loses nothing: a kill after the merge committed leaves the graph exactly as a full run does', () => expectCommittedKept('apply'), 300_000);
});
