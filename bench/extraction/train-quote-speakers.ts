/**
 * Learns how often each rule that decides a quotation's speaker is right, from PolNeAR's train split:
 * the extractor runs over its 840 articles and every direct quote whose speaker the annotators name
 * counts for the rule that gave it ("clause-after", "clause-after-resolved", "quote-before", …). Writes
 * ingest/nlp/data/quote-speaker-cues.tsv, which the quote finder reads as each quote's confidence.
 * The table changes no speaker, so training on the extractor's own output is not circular.
 * Deterministic: same split, same extractor, same table.
 *
 *   npm run train:quote-speakers
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAttributionOutcomes } from './attribution-outcomes.ts';

const OUT_FILE = fileURLToPath(new URL('../../ingest/nlp/data/quote-speaker-cues.tsv', import.meta.url));
// Below this many scored quotes a rule's figure is noise: the pooled rows ("*", "*-resolved") stand in.
const MIN_SCORED = 5;
const RESOLVED = '-resolved';

async function main(): Promise<void> {
  const outcomes = (await readAttributionOutcomes('polnear-train')).filter((o) => o.kind === 'direct' && o.speakerRight !== undefined);
  const byRule = new Map<string, { scored: number; right: number }>();
  for (const outcome of outcomes) {
    const count = byRule.get(outcome.rule) ?? { scored: 0, right: 0 };
    count.scored += 1;
    if (outcome.speakerRight) count.right += 1;
    byRule.set(outcome.rule, count);
  }
  // A rule train scores too seldom takes the figure of all the rules that reach the speaker the same way.
  const pooled = (resolved: boolean) => [...byRule].filter(([rule]) => rule.endsWith(RESOLVED) === resolved)
    .reduce((sum, [, c]) => ({ scored: sum.scored + c.scored, right: sum.right + c.right }), { scored: 0, right: 0 });
  const kept = [...byRule].filter(([, c]) => c.scored >= MIN_SCORED).sort(([a], [b]) => a.localeCompare(b));
  kept.push([`*${RESOLVED}`, pooled(true)], ['*', pooled(false)]);
  const lines = [
    '# How often each rule that decides a quotation\'s speaker is right on PolNeAR train: rule, (right + 1) / (scored + 2), scored quotes.',
    '# Train names no speaker for pronoun sources, so "-resolved" rules are scored on the few titles and descriptions it does name.',
    '# "*-resolved" and "*" pool every rule of each reach, for the rules seen too seldom to have a row.',
    `# Written by npm run train:quote-speakers from ${outcomes.length} scored quotes; do not edit by hand.`,
    ...kept.map(([rule, c]) => `${rule}\t${((c.right + 1) / (c.scored + 2)).toFixed(2)}\t${c.scored}`),
  ];
  writeFileSync(OUT_FILE, `${lines.join('\n')}\n`);
  console.log(`quote speaker rules: ${kept.length} of ${byRule.size} kept, from ${outcomes.length} scored quotes; written to ${OUT_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
