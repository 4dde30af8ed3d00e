import fc from 'fast-check';
import type { Finding } from './check-answer.ts';
import type { FuzzTarget } from './fuzz-targets.ts';
import type { ServerProcess } from './server-process.ts';

/** A finding with the smallest case fast-check shrank it to, and how to replay the search. */
export interface FoundCase extends Finding {
  target: string;
  /** The class and the generator shape it came from: one bug may show in several shapes, two crashes look alike. */
  key: string;
  reproduction: string;
  shrinks: number;
  seed: number;
  path: string;
}

export interface FuzzOptions {
  seed: number;
  numRuns?: number;
  /** Stop drawing new cases after this long (shrinking a finding may go on past it). */
  timeLimitMs?: number;
  /** Keys of classes already found (`kind @ shape`): cases of these pass, so the search goes on for new ones. */
  known?: ReadonlySet<string>;
  /** Cases tried, by `target/shape`; incremented in place. */
  tried?: Map<string, number>;
}

/**
 * Drives one target against the server until a case fails (shrunk to the smallest that fails the same
 * way) or the runs or time are used up; null when nothing new was found.
 * @example await fuzzTarget(cypherTarget, server, { seed: 42, numRuns: 100 })
 */
export async function fuzzTarget<T extends { shape: string }>(target: FuzzTarget<T>, server: ServerProcess, options: FuzzOptions): Promise<FoundCase | null> {
  let last: (Finding & { key: string }) | null = null;
  const property = fc.asyncProperty(target.cases, async (input) => {
    const key = `${target.name}/${input.shape}`;
    options.tried?.set(key, (options.tried.get(key) ?? 0) + 1);
    const finding = await target.run(server, input);
    const found = finding && { ...finding, key: `${finding.kind} @ ${key}` };
    if (!found || options.known?.has(found.key)) return true;
    last = found;
    return false;
  });
  const result = await fc.check(property, {
    seed: options.seed,
    numRuns: options.numRuns ?? Number.MAX_SAFE_INTEGER,
    interruptAfterTimeLimit: options.timeLimitMs,
    markInterruptAsFailure: false,
  });
  if (!result.failed || !result.counterexample || !last) return null;
  const found: Finding & { key: string } = last;
  return {
    ...found,
    target: target.name,
    reproduction: target.describe(result.counterexample[0]),
    shrinks: result.numShrinks,
    seed: result.seed,
    path: result.counterexamplePath ?? '',
  };
}
