import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { SaidAboutCell } from '../../contract/said-about.ts';
import { MATRIX_SIZE } from '../../web/components/said-about-matrix-view.ts';
import { describeInBrowser, readHash, saveScreenshot, useExplorerSession } from './browser-harness.ts';

// who said what over an archive of 90 speakers and 70 subjects: too many for a readable graph
const person = (id: number) => ({ id: `person:p${id}`, name: `Speaker Number ${id}`, type: 'Person' as const });
const agency = (id: number) => ({ id: `agency:a${id}`, name: `Agency Number ${id}`, type: 'Agency' as const });
const CELLS: SaidAboutCell[] = Array.from({ length: 600 }, (_, index) => {
  const count = 1 + ((index * 7919) % 23);
  return { speaker: person(index % 90), subject: agency((index * 13) % 70), count, direct: count, indirect: 0 };
}).sort((a, b) => b.count - a.count);

describeInBrowser('who said what over a large archive, as a matrix (needs `npx vite build` first)', () => {
  let page: Page;
  let pageErrors: string[];

  useExplorerSession((opened) => {
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  it('shows the top speakers × top subjects with their counts instead of a hairball, and says what it leaves out', async () => {
    await page.route('**/api/said-about?*', (route) => route.fulfill({ json: { cells: CELLS } }));
    await page.getByRole('tab', { name: 'Who said what about whom' }).click();

    await expect.poll(() => page.locator('.said-about-matrix-table .matrix-speaker').count(), { timeout: 15_000 }).toBe(MATRIX_SIZE.rows);
    expect(await page.locator('.said-about-matrix-table .matrix-subject').count()).toBe(MATRIX_SIZE.columns);
    expect(await page.evaluate(() => window.__cySaidAbout!.nodes().length)).toBe(0);
    // the busiest speaker heads the first row
    const totals = new Map<string, number>();
    for (const cell of CELLS) totals.set(cell.speaker.name, (totals.get(cell.speaker.name) ?? 0) + cell.count);
    const busiest = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    expect(await page.locator('.matrix-speaker').first().textContent()).toBe(busiest);
    expect(await page.locator('.matrix-note').textContent()).toMatch(/Not in the table: [\d,]+ statements of \d+ more speakers/);
    await saveScreenshot(page, 'said-about-matrix');
  });

  it('drills down: a cell lists the quotes of that speaker about that subject', async () => {
    const cell = page.locator('.matrix-count').first();
    const [speaker, subject] = [await cell.getAttribute('data-speaker'), await cell.getAttribute('data-subject')];
    const asked = page.waitForRequest((request) => request.url().includes('/api/quotes?'));
    await cell.click();
    const url = new URL((await asked).url());
    expect(url.searchParams.get('speaker')).toBe(speaker);
    expect(url.searchParams.get('about')).toBe(subject);
  });

  it('a speaker’s name narrows the view to that speaker, drawn as a graph', async () => {
    const heading = page.locator('.matrix-speaker').first();
    const id = await heading.getAttribute('data-entity-id');
    await heading.getByRole('button').click();
    await expect.poll(() => readHash(page, 'speaker')).toBe(id);
    await expect.poll(() => page.locator('#said-about-matrix').isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.nodes().length), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('"Show as graph" switches the overview of everything to the graph of its busiest pairs and back', async () => {
    await page.evaluate(() => (location.hash = '#view=said-about'));
    await expect.poll(() => page.locator('#said-about-matrix').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.locator('#said-about-as-graph').click();
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length), { timeout: 20_000 }).toBe(300);
    await page.locator('#said-about-as-graph').click();
    await expect.poll(() => page.locator('#said-about-matrix').isVisible()).toBe(true);
    await page.unroute('**/api/said-about?*');
  });

  it('raised no script error in the page along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
