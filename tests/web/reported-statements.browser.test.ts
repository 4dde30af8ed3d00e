import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DocumentView, QuotePage, SaidAboutCell } from '../../store/graph-store.ts';
import { describeInBrowser, saveScreenshot, useExplorerSession } from './browser-harness.ts';

const getJson = async <T>(page: Page, path: string): Promise<T> => page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

describeInBrowser('reported statements in the explorer, in Chromium (needs `npx vite build` first)', () => {
  let page: Page;
  useExplorerSession((opened) => (page = opened.page));

  it('who said what counts reported statements or leaves them out, as the toggle says', async () => {
    const { cells } = await getJson<{ cells: SaidAboutCell[] }>(page, '/api/said-about?limit=300');
    const withDirect = cells.filter((cell) => cell.direct > 0).length;
    expect(withDirect).toBeLessThan(cells.length);
    await page.getByRole('tab', { name: 'Who said what about whom' }).click();
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length), { timeout: 10_000 }).toBe(cells.length);
    await page.getByLabel('Include reported statements').uncheck();
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length)).toBe(withDirect);
    await saveScreenshot(page, 'said-about-without-reported');
    await page.getByLabel('Include reported statements').check();
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length)).toBe(cells.length);
  });

  it('sets reported statements apart in the document view and in the quote lists, with a legend entry', async () => {
    // A reported statement whose speaker is named, so its speaker's panel can list it too.
    const { quotes } = await getJson<QuotePage>(page, '/api/quotes?kind=indirect&limit=50');
    const statement = quotes.find((quote) => quote.speaker !== null)!;
    const documentId = statement.document.id;
    const doc = await getJson<DocumentView>(page, `/api/documents/${documentId}`);
    await page.goto(`${new URL(page.url()).origin}/#view=document&document=${documentId}`);
    await expect.poll(() => page.locator('.document-title').textContent()).toBe(doc.title);
    const reported = doc.quotes.filter((quote) => quote.kind === 'indirect').length;
    expect(await page.locator('.document-text .is-reported').count()).toBeGreaterThanOrEqual(reported);
    expect(await page.locator('.document-text .is-reported').first().getAttribute('title')).toMatch(/Reported statement by /);
    await expect.poll(() => page.locator('#legend [data-legend="reported"]').isVisible()).toBe(true);
    // the document view's event underlines have their entry too
    expect(await page.locator('#legend [data-legend="event"]').textContent()).toContain('event');
    await saveScreenshot(page, 'document-reported');

    const speaker = statement.speaker!;
    await page.goto(`${new URL(page.url()).origin}/#view=graph&entity=${encodeURIComponent(speaker.id)}`);
    const tagged = page.locator('#entity-panel .quote-reported');
    await expect.poll(() => tagged.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await tagged.first().locator('.tag-reported').textContent()).toBe('reported');
    // no quotation marks around a reported statement
    expect(await tagged.first().locator('blockquote').evaluate((quote) => getComputedStyle(quote, '::before').content)).toBe('none');
  });
});
