/**
 * How much of PolNeAR train's reported speech the reader could find at best, and why the rest goes unfound.
 * Each gold indirect statement is counted once, in the first class that holds:
 *   found        the scorer pairs it with a statement the extractor (with its clause classifier) returns;
 *   shared       a returned statement matches it, but the scorer pairs that statement with another gold statement;
 *   rejected     a cue clause matching it was a candidate, but the classifier dropped it;
 *   rule-span    a statement of another rule (head, tail, according to, headline) overlaps it, but not by half;
 *   cue-span     a candidate clause overlaps it, but not by half;
 *   quoted       a quotation overlaps it;
 *   no-cue       nothing overlaps it.
 * The ceiling is found + rejected. With --samples N, N statements of each unfound class are printed with the words
 * before them, and the commonest words before the no-cue statements are counted.
 *
 *   npm run bench:statement-ceiling [-- --split polnear-train --samples 20]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { findQuotes } from '../../ingest/stages/05-find-quotes.ts';
import { collectClauseCandidates } from './collect-clause-candidates.ts';
import { SHARED_DIR } from './evaluation-sets.ts';
import { matches, overlap, type Span } from './spans.ts';

interface GoldStatement extends Span { kind: string }

const CLASSES = ['found', 'shared', 'rejected', 'rule-span', 'cue-span', 'quoted', 'no-cue'] as const;
type MissClass = typeof CLASSES[number];

/** The gold statements the scorer pairs with a system statement: one each, the largest overlaps first. */
function pairStatements(golds: Span[], systems: Span[]): Set<number> {
  const pairs = golds.flatMap((g, gi) => systems.flatMap((q, si) => (matches(g, q) ? [{ gi, si, o: overlap(g, q) }] : [])));
  pairs.sort((a, b) => b.o - a.o || a.gi - b.gi || a.si - b.si);
  const paired = new Set<number>();
  const taken = new Set<number>();
  for (const { gi, si } of pairs) {
    if (paired.has(gi) || taken.has(si)) continue;
    paired.add(gi);
    taken.add(si);
  }
  return paired;
}

function main(): void {
  const { split, samples } = new Command('statement-ceiling')
    .option('--split <name>', 'the PolNeAR split', 'polnear-train')
    .option('--samples <n>', 'statements of each unfound class to print', '0')
    .parse().opts<{ split: string; samples: string }>();
  const dir = join(SHARED_DIR, 'external', split);
  const counts = new Map<MissClass, number>(CLASSES.map((c) => [c, 0]));
  const shown = new Map<MissClass, string[]>(CLASSES.map((c) => [c, []]));
  const before = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { statements?: GoldStatement[] };
    const { clean, found, resolved, candidates, quotes: bare } = collectClauseCandidates(dir, name);
    const returned = findQuotes(clean, found, resolved);
    const kept = returned.filter((q) => q.kind === 'indirect');
    const paired = pairStatements(gold.statements ?? [], returned.map((q) => ({ start: q.start!, end: q.end! })));
    const rules = bare.filter((q) => q.kind === 'indirect');
    const quotes = bare.filter((q) => q.kind === 'direct');
    for (const [gi, g] of (gold.statements ?? []).entries()) {
      if (g.kind !== 'indirect') continue;
      total += 1;
      const span = (q: { start?: number; end?: number }) => ({ start: q.start!, end: q.end! });
      const kind: MissClass = paired.has(gi) ? 'found' : kept.some((q) => matches(g, span(q))) ? 'shared'
        : candidates.some((c) => matches(g, c)) ? 'rejected'
          : rules.some((q) => overlap(g, span(q)) > 0) ? 'rule-span'
            : candidates.some((c) => overlap(g, c) > 0) ? 'cue-span'
              : quotes.some((q) => overlap(g, span(q)) > 0) ? 'quoted' : 'no-cue';
      counts.set(kind, counts.get(kind)! + 1);
      const lead = clean.text.slice(Math.max(0, g.start - 60), g.start).replace(/\s+/g, ' ');
      if (kind === 'no-cue') {
        const words = lead.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
        const key = words.slice(-2).join(' ');
        before.set(key, (before.get(key) ?? 0) + 1);
      }
      if (shown.get(kind)!.length < Number(samples)) {
        shown.get(kind)!.push(`${name.slice(0, 30)} …${lead} [[${clean.text.slice(g.start, Math.min(g.end, g.start + 100)).replace(/\s+/g, ' ')}]]`);
      }
    }
  }
  for (const kind of CLASSES) console.log(`${kind.padEnd(10)} ${String(counts.get(kind)).padStart(6)}  ${(counts.get(kind)! / total).toFixed(3)}`);
  console.log(`ceiling (found + rejected): ${((counts.get('found')! + counts.get('rejected')!) / total).toFixed(3)} of ${total}`);
  for (const kind of CLASSES.slice(1)) {
    if (shown.get(kind)!.length) console.log(`\n== ${kind}\n${shown.get(kind)!.join('\n')}`);
  }
  if (Number(samples) > 0) {
    console.log('\n== words before no-cue statements');
    for (const [key, n] of [...before].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(`${String(n).padStart(5)} ${key}`);
  }
}

main();
