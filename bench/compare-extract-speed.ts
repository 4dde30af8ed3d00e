/**
 * Extraction speed of this checkout against another one (an earlier commit checked out beside it), made
 * for shared machines whose load changes from one run to the next: each checkout runs in a process of its
 * own, and slices of 20 articles go to both in turn, the one going first alternating, so a busy minute weighs
 * on both alike. Two separate `bench:extract` runs on the same commit here have differed by nearly a tenth
 * (0.67× and 0.75×); interleaved, the ratio holds.
 * Prints each tree's total over all passes and the ratio of this checkout's time to the other's.
 * The other checkout needs its dependencies (`npm ci`, or a link to this checkout's node_modules).
 * @example git worktree add ../before HEAD~5 && ln -s "$PWD/node_modules" ../before/node_modules && npm run bench:compare-speed -- ../before
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { presentSets } from './extraction/evaluation-sets.ts';

const toCount = (text: string): number => {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError(`"${text}" is not a positive whole number.`);
  return count;
};
const command = new Command('bench:compare-speed')
  .argument('<other>', 'the other checkout, e.g. a git worktree of an earlier commit')
  .option('--passes <n>', 'timed passes over all the articles', toCount, 3)
  .parse();
const [otherRoot] = command.processedArgs as [string];
const { passes } = command.opts<{ passes: number }>();

if (!existsSync(resolve(otherRoot, 'ingest/extract-article.ts'))) command.error(`${otherRoot} holds no ingest/extract-article.ts: is it a checkout of this project?`);

// The dev sets beside the checkout, as bench:extract times; the samples where there are none.
const timed = presentSets().filter((set) => set.split === 'dev');
const folders = timed.length > 0 ? timed.map((set) => set.articles) : [fileURLToPath(new URL('../samples', import.meta.url))];
const SLICE = 20;

interface Tree { name: string; child: ChildProcess; ms: number }
type Reply = { ready: number } | { ms: number };
const TIMER = fileURLToPath(new URL('./extraction/extract-timer.ts', import.meta.url));
const reply = (child: ChildProcess) => new Promise<Reply>((done, fail) => {
  const stopped = (code: number | null) => fail(new Error(`an extraction process stopped (exit code ${code})`));
  child.once('exit', stopped);
  child.once('message', (message) => {
    child.off('exit', stopped);
    done(message as Reply);
  });
});
const startTree = (name: string, root: string): Tree => ({ name, child: fork(TIMER, [root, ...folders], { execArgv: ['--import', 'tsx'] }), ms: 0 });

const trees = [startTree('this checkout', fileURLToPath(new URL('..', import.meta.url))), startTree(resolve(otherRoot), resolve(otherRoot))];
try {
  const [count] = await Promise.all(trees.map(async (tree) => (await reply(tree.child) as { ready: number }).ready));
  for (let pass = 0; pass < passes; pass++) {
    for (let from = 0, slice = 0; from < count!; from += SLICE, slice++) {
      const order = (slice + pass) % 2 === 0 ? trees : [...trees].reverse();
      for (const tree of order) {
        const answer = reply(tree.child);
        tree.child.send({ from, to: from + SLICE });
        tree.ms += (await answer as { ms: number }).ms;
      }
    }
  }
  const [ours, theirs] = trees as [Tree, Tree];
  console.log(`bench:compare-speed — ${count} articles, ${passes} interleaved passes, each checkout in a process of its own`);
  for (const tree of trees) console.log(`  ${tree.name}: ${(tree.ms / passes / 1000).toFixed(2)} s a pass`);
  console.log(`  this checkout takes ${(ours.ms / theirs.ms).toFixed(3)}× the other's time (below 1 is faster)`);
} finally {
  for (const tree of trees) tree.child.kill();
}
