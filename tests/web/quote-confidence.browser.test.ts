import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { QuotePage, QuoteView } from '../../store/graph-store.ts';
import { describeInBrowser, saveScreenshot, useExplorerSession } from './browser-harness.ts';

const getJson = async <T>(page: Page, path: string): Promise<T> => page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;

/** A speaker of the sample articles with quotes on both sides of 0.85, and one of the doubtful quotes. */
function findMixedSpeaker(quotes: readonly QuoteView[]): { speaker: string; unsure: QuoteView } {
  const bySpeaker = new Map<string, QuoteView[]>();
  for (const quote of quotes) {
    if (quote.speaker && quote.confidence !== null) bySpeaker.set(quote.speaker.id, [...(bySpeaker.get(quote.speaker.id) ?? []), quote]);
  }
  for (const [speaker, said] of bySpeaker) {
    const unsure = said.find((quote) => quote.confidence! < 0.85);
    if (unsure && said.some((quote) => quote.confidence! >= 0.85)) return { speaker, unsure };
  }
  throw new Error('No speaker in the samples has quotes both above and below confidence 0.85');
}

describeInBrowser('quote confidence in the explorer, in Chromium (needs `npx vite build` first)', () => {
  let page: Page;
  useExplorerSession((opened) => (page = opened.page));

  it('shows each quote\'s confidence with its rule in words, and hides the doubtful ones below the toolbar threshold with a line to show them', async () => {
    const { quotes } = await getJson<QuotePage>(page, '/api/quotes?limit=200');
    const { speaker, unsure } = findMixedSpeaker(quotes);
    await page.goto(`${new URL(page.url()).origin}/#view=graph&entity=${encodeURIComponent(speaker)}`);
    const doubtful = page.locator(`#entity-panel li[data-quote-id="${unsure.id}"]`).first();
    await expect.poll(() => doubtful.isVisible(), { timeout: 10_000 }).toBe(true);
    const chip = doubtful.locator('.tag-confidence');
    expect(await chip.textContent()).toContain(unsure.confidence!.toFixed(2));
    expect(await chip.getAttribute('title')).toMatch(/^Speaker .+; this cue is right \d+% of the time$/);

    await page.locator('#confidence-select').selectOption('0.85');
    await expect.poll(() => doubtful.isVisible()).toBe(false);
    const note = page.locator('#entity-panel .quote-hidden-note').first();
    await expect.poll(() => note.textContent()).toMatch(/\d+ quotes? below confidence 0\.85 hidden/);
    // the sure quotes stay
    expect(await page.locator('#entity-panel li.quote:visible').count()).toBeGreaterThan(0);
    await note.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'quote-confidence-hidden');

    await note.getByRole('button', { name: 'Show them' }).click();
    await expect.poll(() => doubtful.isVisible()).toBe(true);
    expect(await page.locator('#confidence-select').inputValue()).toBe('0');
    expect(await page.locator('#entity-panel .quote-hidden-note').count()).toBe(0);
  });
});
