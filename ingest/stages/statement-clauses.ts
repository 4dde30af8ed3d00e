import { existsSync } from 'node:fs';
import { readTable } from '../nlp/data-files.ts';

/**
 * The clause classifier of reported speech: a logistic regression over a few features of a clause that a
 * cue introduces (the cue's own record on PolNeAR train, how the cue reaches its speaker, who that speaker
 * is, the clause's shape), learned by `npm run train:statement-clauses` from polnear-train only.
 * Its probability that the clause is a statement the annotators marked is the statement's confidence.
 */

/**
 * What introduces the clause: a verb ("criticized"), a verb and its preposition ("called for"), a noun and its
 * preposition ("criticism of") or an adjective and its preposition ("critical of").
 */
export type Anchor = 'verb' | 'verb-prep' | 'noun' | 'adjective';

/** How the cue reaches its speaker. */
export type Frame =
  | 'subject-name' | 'subject-pronoun' | 'subject-noun' // "Brill criticized", "she criticized", "officials criticized"
  | 'participle' // "…, criticizing"
  | 'coordinated' // "… and criticized"
  | 'infinitive' // "… declined to discuss"
  | 'preposition' // "… by criticizing", "after attacking"
  | 'possessive' // "his criticism of", "Brill's attacks on"
  | 'object' // "Brill voiced support for"
  | 'other';

/** Named features and their values: binary features are 1. */
export type Features = Map<string, number>;

/** A cue's record over the clauses it introduced in train: how many, and how many were statements. */
export interface CueCount { seen: number; right: number }

const CUES_TABLE = 'statement-clause-cues.tsv';
const WEIGHTS_TABLE = 'statement-clauses.tsv';

/** The key a cue is counted under: "noun criticism of", "verb criticized", "verb-prep called for". */
export const cueKey = (anchor: Anchor, cue: string): string => `${anchor} ${cue}`;

// The pseudo-counts that pull a rarely seen cue's figure toward its anchor's: a cue seen twice says little.
const PRIOR_WEIGHT = 4;

/**
 * The stem a cue's first word shares with its other forms: "criticized", "criticizes", "criticizing" and
 * "criticism" all read "critic", so a form seen rarely borrows the record of the others.
 */
export function cueStem(cue: string): string {
  const word = cue.split(' ')[0]!;
  const bare = word.replace(/(?:izations?|isations?|ations?|itions?|ions?|ments?|ings?|isms?|ists?|ized|izes|izing|ize|ies|ied|ed|es|s|ly|al|ive|ous)$/u, '');
  return (bare.length >= 3 ? bare : word).replace(/(?:e|y|i)$/u, '').replace(/(\p{L})\1$/u, '$1');
}

/** The smoothed log-odds of a record, pulled toward a prior's figure. */
function logOdds(count: CueCount | undefined, prior: CueCount): number {
  const base = (prior.right + 1) / (prior.seen + 2);
  const p = ((count?.right ?? 0) + PRIOR_WEIGHT * base) / ((count?.seen ?? 0) + PRIOR_WEIGHT);
  return Math.log(p / (1 - p));
}

/**
 * The cue features: the cue's smoothed log-odds of introducing a statement (pulled toward the figure of
 * every cue of its anchor), the same for its stem, and how much evidence there is for the cue.
 */
export function cueFeatures(features: Features, count: CueCount | undefined, stem: CueCount | undefined, prior: CueCount): void {
  const seen = count?.seen ?? 0;
  features.set('cue-logit', logOdds(count, prior));
  features.set('stem-logit', logOdds(stem, prior));
  features.set('cue-evidence', Math.log1p(seen) / 5);
  if (seen === 0) features.set('cue-unseen', 1);
  // The cue counts for more where its subject is right before it, and for less where no speaker was found.
  const logit = features.get('cue-logit')!;
  if ([...features.keys()].some((name) => name.startsWith('frame:subject'))) features.set('cue-logit:subject', logit);
  if (features.has('speaker:none')) features.set('cue-logit:no-speaker', logit);
}

/** One logistic regression: its bias and the weight of each feature. */
export interface Logistic {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/**
 * A trained model: "the clause is a statement", "the annotators name its source" (they name none for a
 * pronoun: "she said …") and "its speaker is right"; the probability the first must reach, and the share
 * of right speakers a clause must promise among what the attributed score would count of it (a statement
 * with a named source, or a clause that is none); and the cue table.
 */
export interface ClauseModel {
  statement: Logistic;
  named: Logistic;
  speaker: Logistic;
  /**
   * The speaker model as fitted before any speaker was doubted: a clause whose speaker it rates below `speakerDoubt`
   * is read without one ("speaker-doubted"), and the three models above were fitted on clauses read that way.
   */
  doubt: Logistic;
  speakerDoubt: number;
  statementMin: number;
  attributedMin: number;
  /**
   * How the two tests combine: both must pass ("and"), or the margin by which a clause passes one may make up
   * for the margin by which it fails the other ("sum": a likely statement whose source the score will not ask
   * for, "he criticized …", is kept though it promises little to the attributed score).
   */
  combine: 'and' | 'sum';
  cues: ReadonlyMap<string, CueCount>;
  /** Every cue of each anchor pooled: the prior a rare cue is pulled toward. */
  anchors: ReadonlyMap<string, CueCount>;
}

/** The probability a model gives a clause. */
export function scoreClause(model: Logistic, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The cue features of a clause as the model counts its cue. */
export function addCueFeatures(model: Pick<ClauseModel, 'cues' | 'anchors'>, features: Features, anchor: Anchor, cue: string): void {
  cueFeatures(features, model.cues.get(cueKey(anchor, cue)), model.cues.get(`stem ${cueStem(cue)}`), model.anchors.get(anchor) ?? { seen: 0, right: 0 });
}

const emptyLogistic = () => ({ bias: 0, weights: new Map<string, number>() });

/**
 * Whether the speaker read for a clause is too unlikely to be its source to be named: a wrong name is worse than
 * none, and a clause without one is right wherever the annotators name no source either.
 */
export function doubtsSpeaker(model: Pick<ClauseModel, 'doubt' | 'speakerDoubt'>, features: Features): boolean {
  return scoreClause(model.doubt, features) < model.speakerDoubt;
}

/** Whether a clause is kept: likely a statement, and likely to count as a right speaker where the score counts it at all. */
export function keepsClause(model: ClauseModel, features: Features): { keep: boolean; probability: number } {
  const statement = scoreClause(model.statement, features);
  const right = statement * scoreClause(model.named, features) * scoreClause(model.speaker, features);
  const counted = statement * scoreClause(model.named, features) + (1 - statement);
  const keep = model.combine === 'sum'
    ? statement - model.statementMin + right - model.attributedMin * counted >= 0
    : statement >= model.statementMin && right >= model.attributedMin * counted;
  return { keep, probability: statement };
}

function readModel(): ClauseModel | null {
  const folder = new URL('../nlp/data/', import.meta.url);
  if (!existsSync(new URL(CUES_TABLE, folder)) || !existsSync(new URL(WEIGHTS_TABLE, folder))) return null;
  const cues = new Map<string, CueCount>();
  const anchors = new Map<string, CueCount>();
  for (const [key, seen, right] of readTable(CUES_TABLE, 3)) {
    const count = { seen: Number(seen), right: Number(right) };
    if (key!.startsWith('* ')) anchors.set(key!.slice(2), count);
    else cues.set(key!, count);
  }
  const models = { statement: emptyLogistic(), named: emptyLogistic(), speaker: emptyLogistic(), doubt: emptyLogistic() };
  const limits = new Map<string, number>();
  for (const [model, name, value] of readTable(WEIGHTS_TABLE, 3)) {
    if (model === 'limit') limits.set(name!, Number(value));
    else if (model === 'statement' || model === 'named' || model === 'speaker' || model === 'doubt') {
      if (name === '(bias)') models[model].bias = Number(value);
      else models[model].weights.set(name!, Number(value));
    }
  }
  return {
    // Tables written before speakers were doubted have no limit: no speaker is doubted.
    ...models, statementMin: limits.get('statement-min') ?? 1, attributedMin: limits.get('attributed-min') ?? 1, speakerDoubt: limits.get('speaker-doubt') ?? 0,
    combine: limits.get('combine-sum') === 1 ? 'sum' : 'and', cues, anchors,
  };
}

/** The model checked into ingest/nlp/data, or null before it is trained (then no clause is read this way). */
export const CLAUSE_MODEL: ClauseModel | null = readModel();

// How often a word's clauses must be statements, and how many must have been seen, for the word to count as a report.
const REPORT_RATE = 0.7;
const REPORT_SEEN = 5;

/** Whether the clauses of a word's stem were mostly statements in train ("urging", "accusing", "reminded"). */
export function reportsOften(model: ClauseModel | null, word: string): boolean {
  const count = model?.cues.get(`stem ${cueStem(word.toLowerCase())}`);
  return !!count && count.seen >= REPORT_SEEN && (count.right + 1) / (count.seen + 2) >= REPORT_RATE;
}

