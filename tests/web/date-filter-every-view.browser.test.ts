import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import { describeInBrowser, saveScreenshot, useExplorerSession } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the date filter narrows every view (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  it('who said what counts only the quotes of the articles in the range, as the API does for it', async () => {
    const day = await findFirstDay(page);
    const all = await getJson<{ cells: SaidAboutCell[] }>(page, '/api/said-about?limit=300');
    const dated = await getJson<{ cells: SaidAboutCell[] }>(page, `/api/said-about?limit=300&from=${day}&to=${day}`);
    expect(dated.cells.length).toBeGreaterThan(0);
    expect(dated.cells.length).toBeLessThan(all.cells.length);
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=said-about&from=${day}&to=${day}`);

    await expect.poll(() => page.evaluate(() => window.__cySaidAbout?.edges().length ?? 0), { timeout: 15_000 }).toBe(dated.cells.length);
    expect(await page.locator('#filter-from').inputValue()).toBe(day);
    await saveScreenshot(page, 'said-about-dated');
  });

  it('who said what over dates with no article says what hides the quotes and how to show them', async () => {
    await page.evaluate(() => (location.hash = '#view=said-about&from=1990-01-01&to=1990-01-31'));
    await expect.poll(() => page.locator('#said-about-overlay').textContent(), { timeout: 15_000 }).toContain('No quote comes from an article dated from 1 Jan 1990 to 31 Jan 1990');
    expect(await page.locator('#said-about-overlay').textContent()).toContain('Clear the dates');
  });

  it('the agency map, replayed as of a day before any article, hides every agency and says how to show them', async () => {
    await page.evaluate(() => (location.hash = '#view=agencies'));
    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes().length ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => (location.hash = '#view=agencies&asof=1990-01-01'));

    await expect.poll(() => page.evaluate(() => window.__cyAgencies!.nodes().not('.is-filtered-out').length), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('#agency-overlay').textContent()).toContain('As of');
    await saveScreenshot(page, 'agencies-as-of-empty');

    await page.evaluate(() => (location.hash = '#view=agencies'));
    await expect.poll(() => page.evaluate(() => window.__cyAgencies!.nodes('.is-filtered-out').length), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('#agency-overlay').getAttribute('data-state')).toBe('ready');
  });


  it('the list of articles holds only those of the chosen dates, and says how many the dates hide', async () => {
    const day = await findFirstDay(page);
    const total = await page.evaluate(async () => {
      const response = await fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (d:Document) RETURN count(d) AS n' }) });
      return ((await response.json()) as { rows: { n: number }[] }).rows[0]!.n;
    });
    await page.evaluate((asof) => (location.hash = `#view=document&asof=${asof}`), day);

    await expect.poll(() => page.locator('#document-article .document-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const listed = await page.locator('#document-article .document-link').count();
    expect(listed).toBeLessThan(total);
    expect(await page.locator('#document-article').textContent()).toContain(`${total - listed} of the ${total} articles are hidden by the chosen dates`);
    await page.evaluate(() => (location.hash = '#view=document'));
    await expect.poll(() => page.locator('#document-article .document-link').count()).toBe(total);
  });
});

async function findFirstDay(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (d:Document) RETURN d.date AS date' }),
    });
    const { rows } = (await response.json()) as { rows: { date: string | null }[] };
    return rows.flatMap((row) => (row.date ? [row.date.slice(0, 10)] : [])).sort()[0]!;
  });
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json() as Promise<T>, path);
}
