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
});
