/**
 * The evaluation sets beside the checkout (../shared): where their articles are, which scorer reads
 * them, and the figures we track from each. Used by bench:extract and by the baseline test.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Figure name → value, e.g. "entities F1" → 0.91. */
export type Figures = Record<string, number>;

export interface EvaluationSet {
  name: string;
  /** Dev sets are what changes are checked on and what throughput is timed over; train sets are for developing rules. */
  split: 'dev' | 'train';
  /** The folder whose .txt files are extracted. */
  articles: string;
  /** Files that must exist for the set to be scored. */
  needs: string[];
  /** Runs the scorer over a folder of extraction JSON files and returns the tracked figures. */
  score(systemDir: string): Promise<Figures>;
}

interface Score {
  f1: number | null;
}
interface ScorerTotal {
  entities: Score;
  quotes: Score;
  speaker: { acc: number | null };
  attributed: Score;
  about: Score;
  relations: Score;
  events: Score;
  /** PolNeAR only: every attribution, direct or reported (score-external.mjs). */
  statements?: Score & { indirectRecall: number | null; attributed: Score };
}

async function scoreJson(scorer: string, goldDir: string, systemDir: string): Promise<ScorerTotal> {
  const { stdout } = await run(process.execPath, [join(SHARED_DIR, scorer), goldDir, systemDir, '--json'], { maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(stdout) as { total: ScorerTotal }).total;
}

const value = (figure: number | null) => figure ?? 0;

/** The CoNLL scorer prints a table only: "ALL  P  R  F1  tp/sys/gold" per type, in percent. */
export function parseConllTable(output: string): Figures {
  const figures: Figures = {};
  for (const line of output.split('\n')) {
    const match = /^(PER|ORG|LOC|ALL)\s+[\d.-]+\s+[\d.-]+\s+([\d.]+)\s/.exec(line);
    if (match) figures[`${match[1] === 'ALL' ? 'mention' : match[1]} F1`] = Number(match[2]) / 100;
  }
  if (!('mention F1' in figures)) throw new Error(`the CoNLL scorer printed no totals:\n${output}`);
  return figures;
}

/** A PolNeAR split: quotes found, and who said them; statements, direct or reported, and who made them. */
function createPolnearSet(name: string, folder: string, split: EvaluationSet['split']): EvaluationSet {
  const articles = join(SHARED_DIR, 'external', folder);
  return {
    name, split, articles,
    needs: [join(SHARED_DIR, 'score-external.mjs')],
    async score(systemDir) {
      const total = await scoreJson('score-external.mjs', articles, systemDir);
      return {
        'quotes F1': value(total.quotes.f1),
        'speaker accuracy': value(total.speaker.acc),
        'attributed-quote F1': value(total.attributed.f1),
        'statements F1': value(total.statements?.f1 ?? null),
        'indirect recall': value(total.statements?.indirectRecall ?? null),
        'attributed-statement F1': value(total.statements?.attributed.f1 ?? null),
      };
    },
  };
}

/** A GUM split: entities only. */
function createGumSet(name: string, folder: string, split: EvaluationSet['split']): EvaluationSet {
  const articles = join(SHARED_DIR, 'external', folder);
  return {
    name, split, articles,
    needs: [join(SHARED_DIR, 'score-external.mjs')],
    async score(systemDir) {
      const total = await scoreJson('score-external.mjs', articles, systemDir);
      return { 'entities F1': value(total.entities.f1) };
    },
  };
}

/** A CoNLL-2003 split, scored on exact mention spans from the .conll file beside its articles. */
function createConllSet(name: string, folder: string, conllFile: string, split: EvaluationSet['split'], figures?: string[]): EvaluationSet {
  const articles = join(SHARED_DIR, 'external', folder);
  const conll = join(articles, conllFile);
  return {
    name, split, articles,
    needs: [join(SHARED_DIR, 'conll-score.mjs'), conll],
    async score(systemDir) {
      const { stdout } = await run(process.execPath, [join(SHARED_DIR, 'conll-score.mjs'), 'score', conll, systemDir], { maxBuffer: 64 * 1024 * 1024 });
      const all = parseConllTable(stdout);
      return figures ? Object.fromEntries(figures.map((name) => [name, all[name] ?? 0])) : all;
    },
  };
}

export const EVALUATION_SETS: EvaluationSet[] = [
  {
    name: 'gold (our corpus)',
    split: 'dev',
    articles: join(SHARED_DIR, 'corpus'),
    needs: [join(SHARED_DIR, 'gold'), join(SHARED_DIR, 'score.mjs')],
    async score(systemDir) {
      const total = await scoreJson('score.mjs', join(SHARED_DIR, 'gold'), systemDir);
      return {
        'entities F1': value(total.entities.f1),
        'attributed-quote F1': value(total.attributed.f1),
        'about F1': value(total.about.f1),
        'relations F1': value(total.relations.f1),
        'events F1': value(total.events.f1),
      };
    },
  },
  {
    // Twelve news articles annotated in full (relations, subjects, events): the only gold for relations beyond our corpus.
    name: 'news gold (gold-news)',
    split: 'dev',
    articles: join(SHARED_DIR, 'gold-news'),
    needs: [join(SHARED_DIR, 'gold-news'), join(SHARED_DIR, 'score.mjs')],
    async score(systemDir) {
      const total = await scoreJson('score.mjs', join(SHARED_DIR, 'gold-news'), systemDir);
      return {
        'entities F1': value(total.entities.f1),
        'attributed-quote F1': value(total.attributed.f1),
        'about F1': value(total.about.f1),
        'relations F1': value(total.relations.f1),
        'events F1': value(total.events.f1),
      };
    },
  },
  createPolnearSet('PolNeAR dev', 'polnear-dev', 'dev'),
  createGumSet('GUM dev', 'gum-dev', 'dev'),
  createConllSet('CoNLL-2003 dev', 'conll-dev', 'conll_dev.conll', 'dev'),
  // Train splits: rules are developed on them, so their floors guard against a change that helps dev by luck.
  createPolnearSet('PolNeAR train', 'polnear-train', 'train'),
  createGumSet('GUM train', 'gum-train', 'train'),
  createConllSet('CoNLL-2003 train', 'conll-train', 'conll_train.conll', 'train', ['mention F1']),
];

/** The sets whose files are all there. */
export function presentSets(): EvaluationSet[] {
  return EVALUATION_SETS.filter((set) => existsSync(set.articles) && set.needs.every((path) => existsSync(path)));
}
