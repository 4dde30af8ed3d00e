import { parseArgs } from 'node:util';
import { FUZZ_TARGETS } from './fuzz-targets.ts';
import { fuzzTarget, type FoundCase } from './run-target.ts';
import { ensureSampleTemplate } from './sample-template.ts';
import { ServerProcess } from './server-process.ts';

/** Each round gives one target this long before the next target's turn. */
const ROUND_MS = 60_000;

/**
 * `npm run fuzz -- --seconds N [--seed S] [--target cypher|api]`: generated queries, parameters and API
 * requests against a server process on the sample store, for N seconds. Prints the cases tried per
 * generator and each new class of finding with the smallest case that shows it.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' }, target: { type: 'string' } } });
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`--seconds must be a positive number, not "${values.seconds}"`);
  const targets = FUZZ_TARGETS.filter((target) => !values.target || target.name === values.target);
  if (targets.length === 0) throw new Error(`Unknown --target "${values.target}". Expected one of: ${FUZZ_TARGETS.map((t) => t.name).join(', ')}`);
  const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
  console.log(`Fuzzing ${targets.map((t) => t.name).join(' and ')} for ${seconds} s from seed ${seed} (building the sample store first if needed)…`);
  const server = new ServerProcess(ensureSampleTemplate());
  await server.start();
  const tried = new Map<string, number>();
  const found: FoundCase[] = [];
  const known = new Set<string>();
  const deadline = Date.now() + seconds * 1_000;
  try {
    for (let round = 0; Date.now() < deadline; round++) {
      const target = targets[round % targets.length]!;
      const timeLimitMs = Math.min(ROUND_MS, deadline - Date.now());
      const finding = await fuzzTarget(target, server, { seed: seed + round, timeLimitMs, known, tried });
      if (!finding) continue;
      known.add(finding.key);
      found.push(finding);
      console.log(`\nFOUND [${finding.key}] after ${finding.shrinks} shrinks:\n  ${finding.reproduction}\n  ${finding.detail}`);
    }
  } finally {
    await server.stop();
  }
  printSummary(tried, found, seed);
  process.exitCode = found.length > 0 ? 1 : 0;
}

function printSummary(tried: Map<string, number>, found: FoundCase[], seed: number): void {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`\nTried ${total} cases (seed ${seed}):`);
  for (const [key, count] of [...tried].sort()) console.log(`  ${key.padEnd(32)} ${count}`);
  console.log(found.length === 0 ? '\nFound nothing.' : `\nFound ${found.length} class(es):`);
  for (const each of found) {
    console.log(`  [${each.key}] (seed ${each.seed}, path ${each.path})\n    ${each.reproduction}\n    ${each.detail.replace(/\n/g, ' ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
