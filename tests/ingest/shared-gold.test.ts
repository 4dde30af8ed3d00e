import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractArticle } from '../../ingest/extract-article.ts';

// The shared gold set lives outside the project; these checks skip when it is absent.
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const present = existsSync(`${shared}gold`) && existsSync(`${shared}corpus`) && existsSync(`${shared}score.mjs`);

describe.skipIf(!present)('extraction against the shared gold articles', () => {
  it('keeps entity, attributed-quote and relation F1 at their targets', async () => {
    const { countArticle, sumCounts, summarize } = await import(pathToFileURL(`${shared}score.mjs`).href);
    const counts = readdirSync(`${shared}gold`).filter((name) => name.endsWith('.json')).map((name) => {
      const gold = JSON.parse(readFileSync(`${shared}gold/${name}`, 'utf8'));
      const source = `${shared}corpus/${name.replace(/\.json$/, '.txt')}`;
      return countArticle(gold, extractArticle({ source, format: 'txt', text: readFileSync(source, 'utf8') }));
    });
    const total = summarize(sumCounts(counts));
    expect(total.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(total.attributed.f1).toBeGreaterThanOrEqual(0.9);
    expect(total.about.f1).toBeGreaterThanOrEqual(0.8);
    expect(total.relations.f1).toBeGreaterThanOrEqual(0.7);
    expect(total.events.f1).toBeGreaterThanOrEqual(0.6);
  });
});
