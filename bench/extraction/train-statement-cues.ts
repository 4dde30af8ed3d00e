/**
 * Learns which verbs introduce a reported statement in what follows them ("Brill praised the plan",
 * "Brill talked about immigration"), from PolNeAR's train split: for every verb (with the preposition
 * after it, if any), how often the clause after it is a statement the annotators marked. Writes
 * ingest/nlp/data/statement-cues.tsv, which find-reported-speech reads; the precision becomes the
 * statement's confidence. Deterministic: same split, same table.
 *
 *   npm run train:statement-cues
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagTerms } from '../../ingest/nlp/tag-terms.ts';
import { clauseAfter, cuesAt, findCueSubject, isCueVerb } from '../../ingest/stages/statement-cues.ts';
import type { Span } from '../../ingest/stages/statement-cues.ts';
import { SHARED_DIR } from './evaluation-sets.ts';
import { matches, overlap } from './spans.ts';

const TRAIN_DIR = join(SHARED_DIR, 'external', 'polnear-train');
const OUT_FILE = fileURLToPath(new URL('../../ingest/nlp/data/statement-cues.tsv', import.meta.url));
// A cue must be seen this often, and this often be right, to be kept: below it the figure is noise,
// and most clauses after any word overlap some statement (four in ten: the annotators mark much of the text).
const MIN_OCCURRENCES = 8;
const MIN_PRECISION = 0.7;
// Below this many statements with a named subject, whether the subject is the source is left unsaid ("-").
const MIN_NAMED = 4;


interface Statement extends Span { kind: string; speaker?: string | null }
interface Source { id: string; name: string; aliases?: string[] }
interface Count { seen: number; right: number; named: number; byName: number }

/** Whether a named subject ("Brill") is the statement's source as the annotators name it ("Ada Brill"). */
function isSource(subject: string, statement: Statement, sources: Map<string, Source>): boolean {
  const source = statement.speaker ? sources.get(statement.speaker) : undefined;
  const word = new RegExp(`(?<!\\p{L})${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
  return source !== undefined && [source.name, ...(source.aliases ?? [])].some((name) => word.test(name));
}

function main(): void {
  const counts = new Map<string, Count>();
  const files = readdirSync(TRAIN_DIR).filter((name) => name.endsWith('.json')).sort();
  for (const name of files) {
    const gold = JSON.parse(readFileSync(join(TRAIN_DIR, name), 'utf8')) as { statements: Statement[]; statement_entities?: Source[] };
    const sources = new Map((gold.statement_entities ?? []).map((source) => [source.id, source]));
    // Quotations are found by their marks, not by cues: a verb inside one reports nothing of its own.
    const quoted = gold.statements.filter((statement) => statement.kind === 'direct');
    const text = readFileSync(join(TRAIN_DIR, name.replace(/\.json$/, '.txt')), 'utf8');
    const terms = tagTerms(text);
    terms.forEach((term, k) => {
      const subject = isCueVerb(term) ? findCueSubject(terms, k) : null;
      if (!subject) return;
      for (const { cue, end } of cuesAt(terms, k)) {
        const clause = clauseAfter(text, end);
        if (!clause || quoted.some((quote) => overlap(quote, clause) > 0)) continue;
        const count = counts.get(cue) ?? { seen: 0, right: 0, named: 0, byName: 0 };
        count.seen += 1;
        const statement = gold.statements.find((candidate) => matches(clause, candidate));
        if (statement) count.right += 1;
        // Is the subject who said it ("Brill argued …") or only who it is said of ("Brill seemed to …")?
        if (statement && statement.speaker !== undefined && subject.tags.has('ProperNoun')) {
          count.named += 1;
          if (isSource(subject.text, statement, sources)) count.byName += 1;
        }
        counts.set(cue, count);
      }
    });
  }
  const kept = [...counts]
    .filter(([, c]) => c.seen >= MIN_OCCURRENCES && c.right / c.seen >= MIN_PRECISION)
    .sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    '# Verbs whose following clause PolNeAR train marks as a reported statement: cue, precision, occurrences, and',
    '# how often a named subject of the verb is the statement\'s source (low for "seemed", "is expected"; "-" when too few were seen).',
    `# Written by npm run train:statement-cues from ${files.length} articles; do not edit by hand.`,
    ...kept.map(([cue, c]) => `${cue}\t${(c.right / c.seen).toFixed(2)}\t${c.seen}\t${c.named >= MIN_NAMED ? (c.byName / c.named).toFixed(2) : '-'}`),
  ];
  writeFileSync(OUT_FILE, `${lines.join('\n')}\n`);
  console.log(`statement cues: ${kept.length} kept of ${counts.size} seen, written to ${OUT_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
