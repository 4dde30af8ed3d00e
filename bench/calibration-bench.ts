/**
 * Calibration of the confidence every attribution carries, on PolNeAR dev: for direct quotes, how often
 * the speaker is right in each confidence band (the confidence is that rule's accuracy on train); for
 * reported statements, how often the clause is one the annotators marked and how often its speaker is
 * right. A well-calibrated band's accuracy is close to its mean confidence; the expected calibration
 * error (ECE) is the gap, weighted by how many attributions each band holds.
 * @example npm run bench:calibration
 * @example npm run bench:calibration -- --set polnear-train
 */
import { Command } from 'commander';
import { readAttributionOutcomes } from './extraction/attribution-outcomes.ts';
import type { Outcome } from './extraction/attribution-outcomes.ts';

const { set } = new Command('bench:calibration')
  .option('--set <folder>', 'the PolNeAR folder under ../shared/external', 'polnear-dev')
  .parse()
  .opts<{ set: string }>();

const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

interface Band { from: number; to: number; count: number; meanConfidence: number; accuracy: number }

/** Outcomes grouped into confidence bands, each with its mean confidence and the share that `right` holds for. */
function toBands(outcomes: Outcome[], right: (o: Outcome) => boolean): Band[] {
  return BANDS.slice(0, -1).map((from, i) => {
    const to = BANDS[i + 1]!;
    const inBand = outcomes.filter((o) => o.confidence >= from && o.confidence < to);
    const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
    return { from, to, count: inBand.length, meanConfidence: mean(inBand.map((o) => o.confidence)), accuracy: mean(inBand.map((o) => (right(o) ? 1 : 0))) };
  });
}

const expectedCalibrationError = (bands: Band[]): number => {
  const total = bands.reduce((sum, band) => sum + band.count, 0);
  return bands.reduce((sum, band) => sum + (band.count / total) * Math.abs(band.accuracy - band.meanConfidence), 0);
};

function printTable(title: string, outcomes: Outcome[], right: (o: Outcome) => boolean): void {
  const bands = toBands(outcomes, right);
  console.log(`\n${title} (${outcomes.length})`);
  console.log('  confidence      n   mean conf   accuracy');
  for (const band of bands.filter((b) => b.count > 0)) {
    const range = `${band.from.toFixed(2)}–${Math.min(band.to, 1).toFixed(2)}`;
    console.log(`  ${range.padEnd(11)} ${String(band.count).padStart(6)}   ${band.meanConfidence.toFixed(3).padStart(9)}   ${band.accuracy.toFixed(3).padStart(8)}`);
  }
  console.log(`  expected calibration error ${expectedCalibrationError(bands).toFixed(3)}`);
}

function printRules(outcomes: Outcome[]): void {
  const rules = new Map<string, Outcome[]>();
  for (const outcome of outcomes) rules.set(outcome.rule, [...(rules.get(outcome.rule) ?? []), outcome]);
  console.log('  by rule:            n   confidence   accuracy');
  for (const [rule, group] of [...rules].sort((a, b) => b[1].length - a[1].length)) {
    const accuracy = group.filter((o) => o.speakerRight).length / group.length;
    console.log(`    ${rule.padEnd(26)} ${String(group.length).padStart(5)}   ${group[0]!.confidence.toFixed(2).padStart(10)}   ${accuracy.toFixed(3).padStart(8)}`);
  }
}

const outcomes = await readAttributionOutcomes(set);
const quotes = outcomes.filter((o) => o.kind === 'direct' && o.speakerRight !== undefined);
console.log(`bench:calibration — ${set}: ${outcomes.length} attributions extracted`);
printTable('Direct quotes: speaker right, by the confidence of the rule that chose it', quotes, (o) => o.speakerRight === true);
printRules(quotes);
const statements = outcomes.filter((o) => o.kind === 'indirect');
printTable('Reported statements: the clause is an attribution the annotators marked', statements, (o) => o.matched);
printTable('Reported statements found, with a known source: speaker right', statements.filter((o) => o.speakerRight !== undefined), (o) => o.speakerRight === true);
