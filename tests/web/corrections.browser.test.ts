import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickCanvas, describeInBrowser, saveScreenshot, useExplorerSession } from './browser-harness.ts';

const TOKEN = 'browser-test-edit-token';

/** The drawn people, most mentioned first, with where each is on the canvas. */
function drawnPeople(page: Page) {
  return page.evaluate(() =>
    window
      .__cy!.nodes('[type = "Person"]')
      .sort((a, b) => b.data('mentions') - a.data('mentions'))
      .map((node) => ({ id: node.id(), name: node.data('name') as string, at: (node as cytoscape.NodeSingular).renderedPosition() })),
  );
}

const isDrawn = (page: Page, id: string) => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).nonempty(), id);

describeInBrowser('corrections from the explorer in Chromium (needs `npx vite build` first)', () => {
  let page: Page;
  useExplorerSession((opened) => (page = opened.page), { editToken: TOKEN });

  it('merges two nodes from the node menu, asking for the token once, and undoes it from the corrections log', async () => {
    const [keep, merged] = await drawnPeople(page);
    expect(keep && merged).toBeTruthy();
    await clickCanvas(page, '#graph', keep!.at, 'right');
    await page.locator('.node-menu').getByRole('menuitem', { name: 'Merge with…' }).click();

    const dialog = page.locator('dialog.form-dialog');
    await dialog.getByRole('combobox').fill(merged!.name);
    await dialog.locator(`[data-entity-id="${merged!.id}"]`).click();
    await expect.poll(() => dialog.locator('.form-dialog-chosen').textContent()).toContain(merged!.id);
    await dialog.getByRole('button', { name: 'Merge' }).click();

    // the token is asked for once, for this tab only
    await page.locator('dialog.form-dialog').getByLabel('Edit token').fill(TOKEN);
    await page.locator('dialog.form-dialog').getByRole('button', { name: 'Use this token' }).click();
    await expect.poll(() => isDrawn(page, merged!.id), { timeout: 15_000 }).toBe(false);
    expect(await isDrawn(page, keep!.id)).toBe(true);
    expect(await page.evaluate(() => [sessionStorage.getItem('newsgraph.editToken'), localStorage.length])).toEqual([TOKEN, 0]);

    await page.getByRole('button', { name: 'Corrections' }).click();
    const entry = page.locator('#corrections-panel .correction').first();
    await expect.poll(() => entry.locator('.correction-what').textContent()).toBe(`merge ${merged!.id} into ${keep!.id}`);
    await saveScreenshot(page, 'corrections-merged');

    await entry.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => isDrawn(page, merged!.id), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => entry.locator('.tag-undone').count()).toBe(1);
    // no second ask: the token was kept
    expect(await page.locator('dialog.form-dialog').count()).toBe(0);
    await saveScreenshot(page, 'corrections-undone');
  }, 90_000);

  it('clears a quote\'s speaker from the entity panel and rejects a relation from its edge, each shown at once', async () => {
    // the log drawer, left open by the test before, covers the entity panel
    await page.locator('#corrections-panel').getByRole('button', { name: 'Close' }).click();
    const speaker = await page.evaluate(async () => {
      const overview = window.__cy!.nodes('[type = "Person"]').map((node) => node.id());
      for (const id of overview) {
        const quotes = (await (await fetch(`/api/entities/${encodeURIComponent(id)}/quotes`)).json()) as { said: unknown[] };
        if (quotes.said.length > 1) return { id, said: quotes.said.length };
      }
      return null;
    });
    expect(speaker).not.toBeNull();
    const at = await page.evaluate((id) => window.__cy!.getElementById(id).renderedPosition(), speaker!.id);
    await clickCanvas(page, '#graph', at);
    const said = page.locator('#entity-panel .quote-list').first().locator('.quote');
    await expect.poll(() => said.count(), { timeout: 10_000 }).toBe(speaker!.said);
    await said.first().getByRole('button', { name: 'Wrong speaker?' }).click();
    await page.locator('dialog.form-dialog').getByRole('button', { name: 'No one: clear the speaker' }).click();
    await expect.poll(() => said.count(), { timeout: 15_000 }).toBe(speaker!.said - 1);

    await page.getByRole('button', { name: 'Overview' }).click();
    const relation = await page.evaluate(() => {
      const edge = window.__cy!.edges().filter((each) => ['OPPOSES', 'ASSISTS', 'COOPERATES_WITH', 'REQUESTED', 'SUED', 'AFFILIATED_WITH', 'PART_OF', 'LOCATED_IN', 'SPOKESPERSON_FOR'].includes(each.data('type')) && each.visible())[0];
      return edge ? { id: edge.id(), at: edge.renderedMidpoint() } : null;
    });
    expect(relation).not.toBeNull();
    await clickCanvas(page, '#graph', relation!.at, 'right');
    await page.locator('.node-menu').getByRole('menuitem', { name: 'Reject this relation…' }).click();
    await saveScreenshot(page, 'corrections-reject-dialog');
    await page.locator('dialog.form-dialog').getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).nonempty(), relation!.id), { timeout: 15_000 }).toBe(false);
    await page.getByRole('button', { name: 'Corrections' }).click();
    await expect.poll(() => page.locator('#corrections-panel .correction').count()).toBe(3);
    expect(await page.locator('#corrections-panel .correction').first().getAttribute('data-action')).toBe('reject-relation');
    await saveScreenshot(page, 'corrections-log');
  }, 90_000);
});
