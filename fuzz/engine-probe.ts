import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import kuzu from 'kuzu';

/**
 * `tsx fuzz/engine-probe.ts '<query>' ['<params as JSON>']`: runs one query on the bare engine (no
 * check, no rewrite: Kuzu's own dialect) in a child process, on an in-memory table P(id, n) of 2,000
 * rows, with a 256 MB buffer pool and a 5 s time limit; prints what it answered or how it died, its
 * peak memory and time. The child is killed past 4 GB or 60 s. How docs/engine-crashes.md was measured.
 */
const MAX_RSS_MB = 4_096;

async function runInChild(query: string, params: Record<string, unknown>): Promise<void> {
  const database = new kuzu.Database(':memory:', 256 * 1024 * 1024);
  const connection = new kuzu.Connection(database);
  connection.setQueryTimeout(5_000);
  await connection.query('CREATE NODE TABLE P(id STRING, n INT64, PRIMARY KEY(id))');
  await connection.query("UNWIND range(1, 2000) AS i CREATE (:P {id: 'p' + cast(i AS STRING), n: i})");
  const started = Date.now();
  try {
    const prepared = await connection.prepare(query);
    if (!prepared.isSuccess()) {
      console.log(`refused while preparing: ${prepared.getErrorMessage()}`);
      return;
    }
    const result = await connection.execute(prepared, params as Record<string, kuzu.KuzuValue>);
    const rows = (Array.isArray(result) ? result[result.length - 1]! : result).getAllSync();
    const shown = JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    console.log(`answered in ${Date.now() - started} ms: ${shown.slice(0, 300)}`);
  } catch (error) {
    console.log(`error after ${Date.now() - started} ms: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function watchChild(query: string, paramsJson: string): void {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', query, paramsJson], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let peak = 0;
  let killed = '';
  const started = Date.now();
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const timer = setInterval(() => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      peak = Math.max(peak, rss);
      if (rss > MAX_RSS_MB) killed = `killed past ${MAX_RSS_MB} MB`;
    } catch {
      // the child has exited between two reads
    }
    if (Date.now() - started > 60_000) killed = 'killed after 60 s';
    if (killed) child.kill('SIGKILL');
  }, 50);
  child.on('exit', (code, signal) => {
    clearInterval(timer);
    const end = killed || (signal ? `died of ${signal}` : `exit ${code}`);
    console.log(`${out.trim().split('\n').pop() ?? ''}\n  ${end}; peak ${Math.round(peak)} MB; ${Date.now() - started} ms`);
  });
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--child') {
  await runInChild(rest[0] ?? 'RETURN 1', JSON.parse(rest[1] ?? '{}') as Record<string, unknown>);
} else {
  watchChild(first ?? 'RETURN 1', rest[0] ?? '{}');
}
