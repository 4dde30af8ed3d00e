import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, readHash, saveScreenshot, useExplorerSession } from './browser-harness.ts';

describeInBrowser('the "as of" slider replays the archive (needs `npx vite build` first)', () => {
  let page: Page;

  useExplorerSession((opened) => {
    page = opened.page;
  });

  it('set to the first article day on the timeline, puts the day in the URL, marks it on the chart and greys later bars', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(() => page.locator('.timeline-bar').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const slider = page.locator('#filter-as-of');
    await expect.poll(() => slider.getAttribute('max'), { timeout: 10_000 }).not.toBe('0');
    const firstDay = await page.evaluate(async () => {
      const response = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (d:Document) RETURN d.date AS date' }),
      });
      const { rows } = (await response.json()) as { rows: { date: string | null }[] };
      return rows.flatMap((row) => (row.date ? [row.date.slice(0, 10)] : [])).sort()[0];
    });
    await slider.focus();
    await page.keyboard.press('Home');

    await expect.poll(() => readHash(page, 'asof')).toBe(firstDay);
    await expect.poll(() => page.locator('.timeline-as-of').getAttribute('data-day')).toBe(firstDay);
    expect(await page.locator('.timeline-bar.is-outside').count()).toBeGreaterThan(0);
    expect(await page.locator('#filter-as-of-text').textContent()).toContain('As of');
    await saveScreenshot(page, 'timeline-as-of');
  });

  it('shows in the graph only what articles up to that day support, and says how much it hides', async () => {
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('.is-filtered-out').length), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.filter-summary').textContent()).toMatch(/\d+ of \d+ nodes of the graph view/);
    await saveScreenshot(page, 'graph-as-of');
  });

  it('Play steps through the days to the end, where everything shows again, without a history entry a day', async () => {
    const historyBefore = await page.evaluate(() => history.length);
    await page.locator('#filter-as-of-play').click();
    await expect.poll(() => readHash(page, 'asof'), { timeout: 60_000 }).toBeNull();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('.is-filtered-out').length), { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await page.locator('#filter-as-of-play').textContent()).toBe('Play');
  });
});
