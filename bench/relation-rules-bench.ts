/**
 * How often each relation rule is right: extracts every article that has hand-made gold with
 * relations (our corpus and the news gold beside the checkout), matches each relation the way
 * ../shared/score.mjs does (subject, predicate and object by name or alias), and prints per rule
 * the relations confirmed and not, with the confidence that ingest/stages/relation-rules.ts should
 * give it: (confirmed + 1) / (read + 2), which stays below 1 for a rule seen right a few times.
 * @example npm run bench:relations
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../ingest/extract-article.ts';
import { readArticle } from '../ingest/read-article.ts';
import { RELATION_RULES } from '../ingest/stages/relation-rules.ts';
import { SHARED_DIR } from './extraction/evaluation-sets.ts';

interface GoldEntity { id: string; name: string; aliases?: string[] }
interface GoldRelation { subject: string; predicate: string; object: string }
interface Gold { entities: GoldEntity[]; relations: GoldRelation[] }

const GOLD_SETS = [
  { gold: join(SHARED_DIR, 'gold'), texts: join(SHARED_DIR, 'corpus') },
  { gold: join(SHARED_DIR, 'gold-news'), texts: join(SHARED_DIR, 'gold-news') },
].filter((set) => existsSync(set.gold) && existsSync(set.texts));

const normalise = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/^the /, '').trim();

const counts = new Map<string, { right: number; wrong: number }>();
let articles = 0;
for (const set of GOLD_SETS) {
  for (const file of (await readdir(set.gold)).filter((name) => name.endsWith('.json'))) {
    const read = await readArticle(join(set.texts, file.replace(/\.json$/, '.txt')));
    if (!read.ok) continue;
    articles += 1;
    const gold = JSON.parse(await readFile(join(set.gold, file), 'utf8')) as Gold;
    const extraction = extractArticle(read.article);
    const namesIn = (entities: readonly GoldEntity[]) => (id: string) => {
      const entity = entities.find((e) => e.id === id);
      return new Set(entity ? [entity.name, ...(entity.aliases ?? [])].map(normalise) : [id]);
    };
    const goldNames = namesIn(gold.entities);
    const systemNames = namesIn(extraction.entities);
    const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((name) => b.has(name));
    for (const relation of extraction.relations) {
      const right = gold.relations.some((g) => g.predicate === relation.predicate
        && overlaps(systemNames(relation.subject), goldNames(g.subject)) && overlaps(systemNames(relation.object), goldNames(g.object)));
      const tally = counts.get(relation.rule ?? '(none)') ?? { right: 0, wrong: 0 };
      tally[right ? 'right' : 'wrong'] += 1;
      counts.set(relation.rule ?? '(none)', tally);
    }
  }
}

console.log(`bench:relations — ${articles} articles with gold relations in ${GOLD_SETS.length} sets`);
console.log(`  ${'rule'.padEnd(26)} ${'right'.padStart(5)} ${'wrong'.padStart(5)}  estimate  written`);
for (const [rule, written] of Object.entries(RELATION_RULES)) {
  const { right, wrong } = counts.get(rule) ?? { right: 0, wrong: 0 };
  const estimate = (right + 1) / (right + wrong + 2);
  console.log(`  ${rule.padEnd(26)} ${String(right).padStart(5)} ${String(wrong).padStart(5)}  ${estimate.toFixed(2).padStart(8)}  ${written.toFixed(2).padStart(7)}`);
}
