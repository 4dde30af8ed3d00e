import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './browser-harness.ts';

// Every view on a real archive, served apart: ingest it into a folder of its own, serve it, and point
// ARCHIVE_URL at it, e.g.
//   DATA_DIR=/tmp/ex-archive npx tsx cli/ingest.ts --workers 2 ../shared/external/polnear-train
//   DATA_DIR=/tmp/ex-archive PORT=3187 npx tsx server/main.ts
//   ARCHIVE_URL=http://127.0.0.1:3187 npx vitest run tests/web/archive-screenshots.browser.test.ts
// Without ARCHIVE_URL the suite is skipped: npm test has no archive to show.
const ARCHIVE_URL = process.env.ARCHIVE_URL;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

(ARCHIVE_URL ? describe : describe.skip)('every view on a real archive (ARCHIVE_URL)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (hash: string): Promise<void> => {
    await page.goto('about:blank');
    await page.goto(`${ARCHIVE_URL}/${hash}`);
  };

  it('graph: the overview of the most mentioned entities, labels apart', async () => {
    await open('#view=graph');
    await expect.poll(() => page.evaluate(() => window.__cy?.nodes().length ?? 0), { timeout: 30_000 }).toBeGreaterThan(20);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, 'archive-graph-overview');
  });

  it('graph: a hub expanded in rings by type, with "+N more"', async () => {
    const hub = await page.evaluate(async () => {
      const cy = window.__cy!;
      // the most mentioned agency drawn whose neighbourhood is not all drawn yet
      for (const node of cy.nodes('[type = "Agency"], [type = "Organization"]').sort((a, b) => b.data('mentions') - a.data('mentions'))) {
        const answer = (await (await fetch(`/api/entities/${encodeURIComponent(node.id())}/neighborhood?limit=40`)).json()) as { nodes: { id: string }[] };
        if (answer.nodes.filter((each) => cy.getElementById(each.id).empty()).length > 16) return node.id();
      }
      return undefined;
    });
    expect(hub).toBeDefined();
    await open(`#view=graph&entity=${encodeURIComponent(hub!)}`);
    await expect.poll(() => page.locator('#entity-panel').getByRole('button', { name: 'Expand', exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await page.waitForTimeout(1000);
    await page.locator('#entity-panel').getByRole('button', { name: 'Expand', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('[type = "More"]').length), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(1200);
    await saveScreenshot(page, 'archive-graph-hub-rings');
  });

  it('graph: a date range that hides everything says so', async () => {
    await open('#view=graph&from=2030-01-01');
    await expect.poll(() => page.locator('#graph-overlay').textContent(), { timeout: 30_000 }).toContain('None of the');
    await saveScreenshot(page, 'archive-graph-filtered-empty');
  });

  it('who said what about whom: the matrix of the top speakers and subjects', async () => {
    await open('#view=said-about');
    await expect.poll(() => page.locator('.said-about-matrix-table .matrix-speaker').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await saveScreenshot(page, 'archive-said-about');
  });

  it('timeline replayed as of a day, and the graph as of it', async () => {
    await open('#view=timeline&asof=2016-09-30');
    await expect.poll(() => page.locator('.timeline-as-of').count(), { timeout: 30_000 }).toBe(1);
    await saveScreenshot(page, 'archive-timeline-as-of');
  });

  it('agency map: related agencies only, with the count of the others', async () => {
    await open('#view=agencies');
    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes().length ?? 0), { timeout: 30_000 }).toBeGreaterThan(5);
    expect(await page.locator('#agency-toolbar').textContent()).toMatch(/Show \d+ names without relations/);
    await page.waitForTimeout(1000);
    await saveScreenshot(page, 'archive-agency-map');
  });

  it('agency map: a link selects and centres its agency', async () => {
    const id = await page.evaluate(() => window.__cyAgencies!.nodes('[type = "Agency"]').filter((node) => !node.isParent()).last().id());
    await open(`#view=agencies&entity=${encodeURIComponent(id)}`);
    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes(':selected').map((node) => node.id()) ?? []), { timeout: 30_000 }).toEqual([id]);
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'archive-agency-map-link');
  });

  it('timeline: the archive per week, then brushed', async () => {
    await open('#view=timeline');
    await expect.poll(() => page.locator('.timeline-bar').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await saveScreenshot(page, 'archive-timeline');
    const bars = page.locator('.timeline-bar');
    const first = (await bars.nth(15).boundingBox())!;
    const last = (await bars.nth(20).boundingBox())!;
    await page.mouse.move(first.x + 2, first.y + first.height - 5);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width - 2, last.y + last.height - 5, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('from'))).not.toBeNull();
    await bars.nth(17).locator('rect').first().click();
    await expect.poll(() => page.locator('#timeline-quotes .quote').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await saveScreenshot(page, 'archive-timeline-brushed');
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => page.locator('.filter-summary').textContent(), { timeout: 30_000 }).toMatch(/\d+ of \d+ nodes of the graph view/);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, 'archive-graph-brushed');
  });

  it("timeline: one entity's share", async () => {
    const [person] = (await page.evaluate(async () => (await (await fetch('/api/search?q=clinton&type=Person&limit=1')).json()) as { results: { id: string }[] })).results;
    await open(`#view=timeline&entity=${encodeURIComponent(person!.id)}`);
    await expect.poll(() => page.locator('.timeline-bar').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    await saveScreenshot(page, 'archive-timeline-entity');
  });

  it('document view', async () => {
    await open('#view=document');
    await page.locator('#document-article a').first().click({ timeout: 30_000 });
    await expect.poll(() => page.locator('#document-article mark, #document-article .is-quote').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await saveScreenshot(page, 'archive-document');
  });

  it('raised no script error', () => {
    expect(errors).toEqual([]);
  });
});
