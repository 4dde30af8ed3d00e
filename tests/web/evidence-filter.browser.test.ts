import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { DocumentInfo } from '../../web/graph/evidence-filter.ts';
import { describeInBrowser, useExplorerSession, readHash, saveScreenshot } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the graph filtered by date and by article in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;
  let documents: DocumentInfo[];

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  beforeAll(async () => {
    documents = await listDocuments(page);
  });

  it('narrows the graph to one article picked in the sidebar, hiding the rest without removing it', async () => {
    const drawn = await countNodes(page);
    const article = await findArticleWithRelationsDrawn(page);

    await field(page, 'Article').selectOption(article);

    await expect.poll(() => readHash(page, 'article')).toBe(article);
    await expect.poll(() => countVisibleNodes(page), { timeout: 10_000 }).toBeLessThan(drawn);
    expect(await countVisibleNodes(page)).toBeGreaterThan(0);
    expect(await countNodes(page)).toBe(drawn);
    const evidence = await visibleRelationEvidence(page);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((documents) => documents.includes(article))).toBe(true);
    await expect.poll(() => page.locator('.filter-summary').textContent()).toBe(`${await countVisibleNodes(page)} of ${drawn} nodes of the graph view come from these articles.`);
  });

  it('combines a date range with the type filter, and keeps only what articles of those days support', async () => {
    const dated = documents.filter((doc) => doc.date).sort((a, b) => a.date!.localeCompare(b.date!));
    const from = dated[Math.floor(dated.length / 2)]!.date!.slice(0, 10);
    await field(page, 'Article').selectOption('');
    await field(page, 'From').fill(from);
    await page.locator('#type-filter').getByLabel(/People/).uncheck();

    await expect.poll(() => readHash(page, 'from')).toBe(from);
    expect(await readHash(page, 'article')).toBeNull();
    const inRange = new Set(dated.filter((doc) => doc.date!.slice(0, 10) >= from).map((doc) => doc.id));
    await expect
      .poll(async () => (await visibleRelationEvidence(page)).every((documents) => documents.some((id) => inRange.has(id))), { timeout: 10_000 })
      .toBe(true);
    // the type filter applies after the date filter's redraw, so it is waited for too
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('[type = "Person"]').filter((node) => node.visible()).length), { timeout: 10_000 }).toBe(0);
    await saveScreenshot(page, 'graph-filters');

    await page.locator('#type-filter').getByLabel(/People/).check();
  });

  it('restores the date range and the article from a shared link', async () => {
    const article = documents.find((doc) => doc.date)!;
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=graph&to=${article.date!.slice(0, 10)}&article=${article.id}`);

    await expect.poll(() => field(page, 'Article').inputValue(), { timeout: 10_000 }).toBe(article.id);
    expect(await field(page, 'To').inputValue()).toBe(article.date!.slice(0, 10));
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0, undefined, { timeout: 15_000 });
    await expect
      .poll(async () => (await visibleRelationEvidence(page)).every((documents) => documents.includes(article.id)), { timeout: 10_000 })
      .toBe(true);
    expect(await countVisibleNodes(page)).toBeLessThan(await countNodes(page));
    expect(await page.locator('.filter-summary').textContent()).toMatch(/^\d+ of [1-9]\d* nodes of the graph view come from these articles\. Undated articles are left out/);
  });

  it('shows everything again with Clear, and takes the filter out of the URL', async () => {
    await page.locator('#evidence-filter').getByRole('button', { name: 'Clear' }).click();

    await expect.poll(() => countVisibleNodes(page)).toBe(await countNodes(page));
    expect(await readHash(page, 'article')).toBeNull();
    expect(await readHash(page, 'to')).toBeNull();
    expect(await field(page, 'Article').inputValue()).toBe('');
  });

  it('raised no script error in the page along the way', () => {
    expect(session?.pageErrors).toEqual([]);
  });
});

/** A field of the sidebar's date and article filter, by its label. */
const field = (page: Page, label: 'From' | 'To' | 'Article') => page.locator('#evidence-filter').getByLabel(label, { exact: true });
const countNodes = (page: Page): Promise<number> => page.evaluate(() => window.__cy!.nodes().length);
const countVisibleNodes = (page: Page): Promise<number> => page.evaluate(() => window.__cy!.nodes().filter((node) => node.visible()).length);

/** The distinct articles behind the relation edges on screen, from their own evidence. */
/** The articles behind each visible relation edge (a drawn edge stands for all the evidence of its type between two entities). */
function visibleRelationEvidence(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    window
      .__cy!.edges()
      .filter((edge) => edge.visible() && Array.isArray(edge.data('properties')?.documents))
      .map((edge) => (edge.data('properties').documents as unknown[]).map(String)),
  );
}

/** The article behind the most drawn relation edges, so picking it leaves something to see. */
async function findArticleWithRelationsDrawn(page: Page): Promise<string> {
  const article = await page.evaluate(() => {
    const counts = new Map<string, number>();
    window.__cy!.edges().forEach((edge) => {
      const documents = edge.data('properties')?.documents;
      if (!Array.isArray(documents)) return;
      for (const document of documents) counts.set(String(document), (counts.get(String(document)) ?? 0) + 1);
    });
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  });
  if (!article) throw new Error('The overview draws no relation edge with an article: nothing to filter by');
  return article;
}

function listDocuments(page: Page): Promise<DocumentInfo[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.date AS date' }),
    });
    return ((await response.json()) as { rows: DocumentInfo[] }).rows;
  });
}
