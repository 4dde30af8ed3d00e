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

/** Waits until the graph's layout has stopped moving nodes, so a position read now is where a click lands. */
async function waitForStillGraph(page: Page): Promise<void> {
  const snapshot = () => page.evaluate(() => JSON.stringify(window.__cy!.nodes().map((node) => node.renderedPosition())));
  let before = await snapshot();
  for (let tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(250);
    const now = await snapshot();
    if (now === before) return;
    before = now;
  }
}

/** Both are on screen and neither covers any of the other. */
async function expectBeside(page: Page, one: string, other: string): Promise<void> {
  const [a, b] = [await page.locator(one).boundingBox(), await page.locator(other).boundingBox()];
  expect(a && b, `${one} and ${other} are both shown`).toBeTruthy();
  const overlap = Math.max(0, Math.min(a!.x + a!.width, b!.x + b!.width) - Math.max(a!.x, b!.x)) * Math.max(0, Math.min(a!.y + a!.height, b!.y + b!.height) - Math.max(a!.y, b!.y));
  expect(overlap, `${one} covers part of ${other}`).toBe(0);
  expect(await page.evaluate((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    // what is drawn at the panel's middle is the panel, not something over it
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest(selector) !== null;
  }, other)).toBe(true);
}

/** Opens the corrections log; the top bar's button closes it when it is open already. */
async function openLog(page: Page): Promise<void> {
  if (!(await page.locator('#corrections-panel').isVisible())) await page.getByRole('button', { name: 'Corrections' }).click();
  await expect.poll(() => page.locator('#corrections-panel').isVisible()).toBe(true);
}

const isDrawn = (page: Page, id: string) => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).nonempty(), id);

describeInBrowser('corrections from the explorer in Chromium (needs `npx vite build` first)', () => {
  let page: Page;
  useExplorerSession((opened) => (page = opened.page), { editToken: TOKEN });

  it('merges two nodes from the node menu, asking for the token once, and undoes it from the corrections log', async () => {
    await waitForStillGraph(page);
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

    await openLog(page);
    const entry = page.locator('#corrections-panel .correction').first();
    await expect.poll(() => entry.locator('.correction-what').textContent()).toBe(`merge ${merged!.id} into ${keep!.id}`);
    // editing is on: no hint how to turn it on
    expect(await page.locator('#corrections-panel .editing-hint').isVisible()).toBe(false);
    await expectBeside(page, '#corrections-panel', '#entity-panel');
    await saveScreenshot(page, 'corrections-merged');

    await entry.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => isDrawn(page, merged!.id), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => entry.locator('.tag-undone').count()).toBe(1);
    // no second ask: the token was kept
    expect(await page.locator('dialog.form-dialog').count()).toBe(0);
    await saveScreenshot(page, 'corrections-undone');
  }, 90_000);

  it('clears a quote\'s speaker from the entity panel and rejects a relation from its edge, each shown at once', async () => {
    // the log, left open by the test before, sits beside the entity panel: its quotes can be corrected with it open
    expect(await page.locator('#corrections-panel').isVisible()).toBe(true);
    const speaker = await page.evaluate(async () => {
      const overview = window.__cy!.nodes('[type = "Person"]').map((node) => node.id());
      for (const id of overview) {
        const quotes = (await (await fetch(`/api/entities/${encodeURIComponent(id)}/quotes`)).json()) as { said: unknown[] };
        if (quotes.said.length > 1) return { id, said: quotes.said.length };
      }
      return null;
    });
    expect(speaker).not.toBeNull();
    await waitForStillGraph(page);
    const at = await page.evaluate((id) => window.__cy!.getElementById(id).renderedPosition(), speaker!.id);
    await clickCanvas(page, '#graph', at);
    const said = page.locator('#entity-panel .quote-list').first().locator('.quote');
    await expect.poll(() => said.count(), { timeout: 10_000 }).toBe(speaker!.said);
    await said.first().getByRole('button', { name: 'Wrong speaker?' }).click();
    await page.locator('dialog.form-dialog').getByRole('button', { name: 'No one: clear the speaker' }).click();
    await expect.poll(() => said.count(), { timeout: 15_000 }).toBe(speaker!.said - 1);

    await page.getByRole('button', { name: 'Overview' }).click();
    await waitForStillGraph(page);
    // a relation edge whose middle is clear of every node and of the toolbar, so the right-click lands on it
    const relation = await page.evaluate(() => {
      const cy = window.__cy!;
      const types = ['OPPOSES', 'ASSISTS', 'COOPERATES_WITH', 'REQUESTED', 'SUED', 'AFFILIATED_WITH', 'PART_OF', 'LOCATED_IN', 'SPOKESPERSON_FOR'];
      const nodes = cy.nodes(':visible').map((node) => node.renderedPosition());
      const clearance = (at: { x: number; y: number }) => Math.min(...nodes.map((node) => Math.hypot(node.x - at.x, node.y - at.y)));
      const candidates = cy
        .edges(':visible')
        .filter((edge) => types.includes(edge.data('type')))
        .map((edge) => ({ id: edge.id(), at: (edge as cytoscape.EdgeSingular).renderedMidpoint() }))
        .filter(({ at }) => at.y > 160 && at.x > 20 && at.x < cy.width() - 20 && at.y < cy.height() - 20)
        .sort((a, b) => clearance(b.at) - clearance(a.at));
      return candidates[0] ?? null;
    });
    expect(relation).not.toBeNull();
    await clickCanvas(page, '#graph', relation!.at, 'right');
    await page.locator('.node-menu').getByRole('menuitem', { name: 'Reject this relation…' }).click();
    await saveScreenshot(page, 'corrections-reject-dialog');
    await page.locator('dialog.form-dialog').getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).nonempty(), relation!.id), { timeout: 15_000 }).toBe(false);
    await openLog(page);
    await expect.poll(() => page.locator('#corrections-panel .correction').count()).toBe(3);
    expect(await page.locator('#corrections-panel .correction').first().getAttribute('data-action')).toBe('reject-relation');
    await saveScreenshot(page, 'corrections-log');
  }, 90_000);

  it('splits a name off an entity from the node menu into a new entity, listed in the log', async () => {
    await page.getByRole('button', { name: 'Overview' }).click();
    if (await page.locator('#corrections-panel').isVisible()) await page.locator('#corrections-panel').getByRole('button', { name: 'Close' }).click();
    await waitForStillGraph(page);
    const person = await page.evaluate(async () => {
      for (const node of window.__cy!.nodes('[type = "Person"]').toArray()) {
        const entity = (await (await fetch(`/api/entities/${encodeURIComponent(node.id())}`)).json()) as { name: string; aliases: string[] };
        const other = entity.aliases.find((alias) => alias !== entity.name && !alias.includes(entity.name));
        if (other) return { id: node.id(), other, at: node.renderedPosition() };
      }
      return null;
    });
    expect(person).not.toBeNull();
    await clickCanvas(page, '#graph', person!.at, 'right');
    await page.locator('.node-menu').getByRole('menuitem', { name: 'Split aliases…' }).click();
    const dialog = page.locator('dialog.form-dialog');
    await dialog.getByRole('checkbox', { name: person!.other, exact: true }).check();
    await saveScreenshot(page, 'corrections-split-dialog');
    await dialog.getByRole('button', { name: 'Split' }).click();

    await openLog(page);
    const entry = page.locator('#corrections-panel .correction').first();
    await expect.poll(() => entry.getAttribute('data-action'), { timeout: 15_000 }).toBe('split');
    const { corrections } = await page.evaluate(async () => (await fetch('/api/corrections')).json() as Promise<{ corrections: { facts: { newId?: string } }[] }>);
    const newId = corrections[0]!.facts.newId!;
    const made = await page.evaluate(async (id) => (await fetch(`/api/entities/${encodeURIComponent(id)}`)).json() as Promise<{ aliases: string[] }>, newId);
    expect(made.aliases).toContain(person!.other);
    const kept = await page.evaluate(async (id) => (await fetch(`/api/entities/${encodeURIComponent(id)}`)).json() as Promise<{ aliases: string[] }>, person!.id);
    expect(kept.aliases).not.toContain(person!.other);
  }, 90_000);
});

describeInBrowser('the explorer on a server without EDIT_TOKEN (needs `npx vite build` first)', () => {
  let page: Page;
  useExplorerSession((opened) => (page = opened.page));

  it('offers no edits: the node menu and the log say how to turn editing on, quotes have no "Wrong speaker?"', async () => {
    await waitForStillGraph(page);
    // the explorer learns from the log whether the server takes corrections
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['editing'])).toBe('off');
    const [person] = await drawnPeople(page);
    await clickCanvas(page, '#graph', person!.at, 'right');
    const menu = page.locator('.node-menu');
    await expect.poll(() => menu.getByRole('note').textContent()).toContain('EDIT_TOKEN');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Details', 'Expand neighbours', 'Pin here', 'Hide']);
    await saveScreenshot(page, 'corrections-off-menu');
    await page.keyboard.press('Escape');

    await clickCanvas(page, '#graph', person!.at);
    const quotes = page.locator('#entity-panel .quote');
    await expect.poll(() => quotes.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#entity-panel .quote-fix').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Wrong speaker?' }).filter({ visible: true }).count()).toBe(0);

    // the log is open to read; it says how to turn editing on
    await openLog(page);
    const hint = page.locator('#corrections-panel .editing-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('EDIT_TOKEN');
    await expectBeside(page, '#corrections-panel', '#entity-panel');
    await saveScreenshot(page, 'corrections-off-log');
  }, 90_000);
});
