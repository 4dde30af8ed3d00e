import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Timeline } from '../../contract/timeline.ts';
import { describeInBrowser, readHash, saveScreenshot, useExplorerSession } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the timeline in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  it('draws a stacked bar per week with quotes, reported statements and events, as the API counts them', async () => {
    const timeline = await getJson<Timeline>(page, '/api/timeline?bucket=week');
    expect(timeline.bars.length).toBeGreaterThan(1);
    await page.getByRole('tab', { name: 'Timeline' }).click();

    await expect.poll(() => page.locator('.timeline-bar').count(), { timeout: 10_000 }).toBe(timeline.bars.length);
    const drawn = await page.locator('.timeline-bar').evaluateAll((bars) => bars.map((bar) => ({ start: bar.getAttribute('data-start'), total: Number(bar.getAttribute('data-total')) })));
    expect(drawn).toEqual(timeline.bars.map((bar) => ({ start: bar.start, total: bar.direct + bar.indirect + bar.events })));
    const tallest = await page.locator('.timeline-bar').evaluateAll((bars) => Math.max(...bars.map((bar) => bar.getBoundingClientRect().height)));
    expect(tallest).toBeGreaterThan(100);
    for (const kind of ['direct', 'events']) expect(await page.locator(`.timeline-bar .kind-${kind}`).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'timeline');
  });

  it('brushing across bars sets the date filter in the URL, and the graph shows only what those articles support', async () => {
    const timeline = await getJson<Timeline>(page, '/api/timeline?bucket=week');
    const first = timeline.bars[0]!;
    const bar = page.locator(`.timeline-bar[data-start="${first.start}"]`);
    const box = (await bar.boundingBox())!;
    // from the middle of the first week's bar to just right of it: the whole first week, and no other bar
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();

    await expect.poll(() => readHash(page, 'from')).toBe(first.start);
    expect(await readHash(page, 'to')).toBe(first.end);
    await expect.poll(() => page.locator('.timeline-bar.is-outside').count()).toBe(timeline.bars.length - 1);
    expect(await page.locator('#filter-from').inputValue()).toBe(first.start);
    await saveScreenshot(page, 'timeline-brushed');

    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('.is-filtered-out').length), { timeout: 15_000 }).toBeGreaterThan(0);
    const shown = await page.evaluate(() => window.__cy!.nodes().not('.is-filtered-out').map((node) => node.id()));
    expect(shown.length).toBeGreaterThan(0);
    // every node left is mentioned in an article of that week
    const dated = await page.evaluate(
      async ({ ids, from, to }) => {
        const response = await fetch('/api/cypher', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'MATCH (d:Document)-[:MENTIONS]->(e) WHERE e.id IN $ids AND d.date >= $from AND d.date <= $to RETURN DISTINCT e.id AS id', params: { ids, from, to } }),
        });
        return ((await response.json()) as { rows: { id: string }[] }).rows.map((row) => row.id);
      },
      { ids: shown, from: first.start, to: `${first.end}\uffff` },
    );
    expect(new Set(dated)).toEqual(new Set(shown));
    expect(await page.locator('.filter-summary').textContent()).toContain(`${shown.length} of`);
  });

  it('clicking a bar lists the quotes of its articles', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = await getJson<Timeline>(page, '/api/timeline?bucket=week');
    const busiest = [...timeline.bars].sort((a, b) => b.direct + b.indirect - (a.direct + a.indirect))[0]!;
    await page.locator(`.timeline-bar[data-start="${busiest.start}"] rect`).first().click();

    const quotes = page.locator('#timeline-quotes .quote');
    await expect.poll(() => quotes.count(), { timeout: 10_000 }).toBe(Math.min(20, busiest.direct + busiest.indirect));
    const dates = await page.locator('#timeline-quotes .quote').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(await page.locator('#timeline-quotes .entity-name').textContent()).toMatch(/^Quotes of /);
    await saveScreenshot(page, 'timeline-bar-quotes');
  });

  it("shows one entity's share when the URL names it, and says so", async () => {
    const cells = await getJson<{ cells: { speaker: { id: string; name: string } }[] }>(page, '/api/said-about?limit=1');
    const speaker = cells.cells[0]!.speaker;
    const timeline = await getJson<Timeline>(page, `/api/timeline?bucket=week&entity=${encodeURIComponent(speaker.id)}`);
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=timeline&entity=${encodeURIComponent(speaker.id)}`);

    await expect.poll(() => page.locator('.timeline-scope').textContent(), { timeout: 10_000 }).toContain(speaker.name);
    await expect.poll(() => page.locator('.timeline-bar').count()).toBe(timeline.bars.length);
    await page.locator('.timeline-scope').getByRole('button', { name: 'Whole archive' }).click();
    await expect.poll(() => readHash(page, 'entity')).toBeNull();
  });
});

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json() as Promise<T>, path);
}
