import { readFile } from 'node:fs/promises';
import type { NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { EntitySummary } from '../../store/graph-store.ts';
import { clickCanvas, describeInBrowser, useExplorerSession, readHash, saveScreenshot } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the graph view in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  it('draws the overview graph from the sample articles', async () => {
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0, undefined, { timeout: 15_000 });
    await expect.poll(() => page.locator('#status-line').textContent()).toMatch(/\d+ documents/);
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toBe('Graph');
  });

  it('selects the entity picked with ArrowDown and Enter in the search box, shows it in the panel and puts it in the URL', async () => {
    const entity = await findCommonPerson(page);

    await pickSuggestion(page, entity);

    await waitUntilSelected(page, entity.id);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(entity.name);
    expect(await readHash(page, 'entity')).toBe(entity.id);
    await saveScreenshot(page, 'explorer');
  });

  it('adds an entity that is not drawn yet, with its neighbours, when it is picked in the search box', async () => {
    const entity = await findUndrawnEntity(page);
    if (!entity) {
      console.warn('Every sample entity is already in the overview: nothing to add, the check is skipped.');
      return;
    }

    await pickSuggestion(page, entity);

    await waitUntilSelected(page, entity.id);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(entity.name);
  });

  it('undoes the last expansion, made with the panel’s Expand button, with the Undo expand button', async () => {
    await page.locator('#overview-button').click();
    await expect.poll(() => page.locator('#undo-button').isDisabled()).toBe(true);
    await page.waitForTimeout(1000);
    const before = await countNodes(page);
    const entity = await findExpandableNode(page);

    await pickSuggestion(page, entity);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(entity.name);
    await page.locator('#entity-panel').getByRole('button', { name: 'Expand', exact: true }).click();
    await expect.poll(() => countNodes(page), { timeout: 10_000 }).toBeGreaterThan(before);
    await page.locator('#undo-button').click();

    await expect.poll(() => countNodes(page)).toBe(before);
    await expect.poll(() => page.locator('#undo-button').isDisabled()).toBe(true);
  });

  it('opens a node’s menu with a right-click to show details and pin it, and with Shift+F10 or the menu key on the selected node', async () => {
    await page.locator('#fit-button').click();
    await waitForStillGraph(page);
    const node = await findClickableNode(page);
    const menu = page.locator('.node-menu');

    await clickCanvas(page, '#graph', node, 'right');
    // this server has no EDIT_TOKEN: the corrections are not offered (tests/web/corrections.browser.test.ts has them)
    await expect.poll(() => menu.getByRole('menuitem').allTextContents()).toEqual(['Details', 'Expand neighbours', 'Pin here', 'Hide']);
    expect(await menu.locator('.node-menu-title').textContent()).toBe(node.name);
    await menu.getByRole('menuitem', { name: 'Details' }).click();
    await expect.poll(() => readHash(page, 'entity')).toBe(node.id);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(node.name);

    await clickCanvas(page, '#graph', node, 'right');
    await menu.getByRole('menuitem', { name: 'Pin here' }).click();
    await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).locked(), node.id)).toBe(true);

    await clickCanvas(page, '#graph', node);
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menu.getByRole('menuitem', { name: 'Unpin' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Details');
    await saveScreenshot(page, 'graph');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph');
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => menu.locator('.node-menu-title').textContent()).toBe(node.name);
    await page.keyboard.press('Escape');
  });

  it('hides the selected node from the panel, and shows it again with Show hidden', async () => {
    const id = await page.evaluate(() => window.__cy!.nodes(':selected').first().id());
    expect(id).not.toBe('');

    await page.locator('#entity-panel').getByRole('button', { name: 'Hide', exact: true }).click();

    const isVisible = (): Promise<boolean> => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).visible(), id);
    await expect.poll(isVisible).toBe(false);
    await page.locator('#unhide-button').click();
    await expect.poll(isVisible).toBe(true);
    await expect.poll(() => page.locator('#unhide-button').isHidden()).toBe(true);
  });

  it('turns the edge labels off and on with the Edge labels button', async () => {
    await page.locator('#labels-button').click();
    expect(await page.locator('#labels-button').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => window.__cy!.edges().every((edge) => edge.style('label') === ''))).toBe(true);

    await page.locator('#labels-button').click();
    expect(await page.evaluate(() => window.__cy!.edges('.is-unlabelled').length)).toBe(0);
  });

  it('hides the relations below the chosen confidence and shows them again', async () => {
    const edgesBelow = (threshold: number) => page.evaluate((t) => window.__cy!.edges().filter((edge) => {
      const confidence: unknown = edge.data('properties')?.confidence;
      return typeof confidence === 'number' && confidence < t;
    }).map((edge) => ({ id: edge.id(), shown: edge.style('display') !== 'none' })), threshold);
    const below = await edgesBelow(0.85);
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((edge) => edge.shown)).toBe(true);

    await page.locator('#confidence-select').selectOption('0.85');
    await expect.poll(async () => (await edgesBelow(0.85)).every((edge) => !edge.shown)).toBe(true);
    expect(await page.evaluate(() => window.__cy!.edges(':visible').length)).toBeGreaterThan(0);
    await saveScreenshot(page, 'graph-confident-relations');

    await page.locator('#confidence-select').selectOption('0');
    await expect.poll(async () => (await edgesBelow(0.85)).every((edge) => edge.shown)).toBe(true);
  });

  it('exports the graph as a PNG image and as Cytoscape JSON', async () => {
    await page.locator('.export-menu summary').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const pngBytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toBe('newsgraph.png');
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');

    await page.locator('.export-menu summary').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { elements: { nodes: unknown[] } };
    expect(exported.elements.nodes).toHaveLength(await countNodes(page));
  });

  it('raised no script error in the page along the way', () => {
    expect(session?.pageErrors).toEqual([]);
  });
});

/** Types the entity's name in the search box, then moves to its suggestion with ArrowDown and takes it with Enter. */
async function pickSuggestion(page: Page, entity: EntitySummary): Promise<void> {
  await page.locator('#search-input').fill(entity.name);
  const option = page.locator(`#search-input-suggestions [role=option][data-entity-id="${entity.id}"]`);
  await option.waitFor({ timeout: 10_000 });
  const position = await option.evaluate((element) => [...element.parentElement!.children].indexOf(element));
  for (let step = 0; step <= position; step++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
}

async function waitUntilSelected(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => window.__cy?.$(':selected').map((element) => element.id()).includes(wanted) ?? false,
    id,
    { timeout: 10_000 },
  );
}

const countNodes = (page: Page): Promise<number> => page.evaluate(() => window.__cy!.nodes().length);

/** Waits until the graph has stopped moving: no animation and the same viewport twice in a row. */
async function waitForStillGraph(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => JSON.stringify([window.__cy!.animated(), window.__cy!.zoom(), window.__cy!.pan()]));
      const still = now === previous && !now.startsWith('[true');
      previous = now;
      return still;
    }, { interval: 150 })
    .toBe(true);
}

/**
 * Returns the best-connected node a mouse can hit for sure: on screen, below the toolbar, and with
 * no other node within 30 px, so a click at its centre cannot land on a neighbour.
 */
async function findClickableNode(page: Page): Promise<{ id: string; name: string; x: number; y: number }> {
  const toolbarBottom = await page.locator('#graph-toolbar').evaluate((toolbar) => toolbar.getBoundingClientRect().bottom);
  const graphTop = await page.locator('#graph').evaluate((graph) => graph.getBoundingClientRect().top);
  const node = await page.evaluate((top) => {
    const cy = window.__cy!;
    const nodes = cy.nodes(':visible').toArray() as NodeSingular[];
    const free = nodes.filter((candidate) => {
      const at = candidate.renderedPosition();
      if (at.x < 30 || at.x > cy.width() - 30 || at.y < top + 30 || at.y > cy.height() - 30) return false;
      return nodes.every((other) => other === candidate || Math.hypot(other.renderedPosition().x - at.x, other.renderedPosition().y - at.y) > 30);
    });
    const best = free.sort((a, b) => b.degree(false) - a.degree(false))[0];
    return best ? { id: best.id(), name: String(best.data('name')), ...best.renderedPosition() } : undefined;
  }, toolbarBottom - graphTop);
  if (!node) throw new Error('No node of the graph stands clear on screen to be clicked');
  return node;
}


/** Returns a drawn entity whose neighbourhood holds nodes not drawn yet. */
async function findExpandableNode(page: Page): Promise<EntitySummary> {
  const id = await page.evaluate(async () => {
    const cy = window.__cy!;
    for (const node of cy.nodes().sort((a, b) => a.degree(false) - b.degree(false))) {
      const response = await fetch(`/api/entities/${encodeURIComponent(node.id())}/neighborhood?limit=40`);
      if (!response.ok) continue;
      const { nodes } = (await response.json()) as { nodes: { id: string }[] };
      if (nodes.some((neighbour) => cy.getElementById(neighbour.id).empty())) {
        return { id: node.id(), name: String(node.data('name')), type: node.data('type'), aliases: [], mentions: 0 } as EntitySummary;
      }
    }
    return undefined;
  });
  if (!id) throw new Error('No drawn node of the overview has undrawn neighbours to expand');
  return id;
}

/** Returns an entity the search knows that is not in the graph yet, or undefined if all are drawn. */
async function findUndrawnEntity(page: Page): Promise<EntitySummary | undefined> {
  return page.evaluate(async () => {
    const response = await fetch('/api/search?q=e&limit=100');
    const { results } = (await response.json()) as { results: EntitySummary[] };
    return results.find((entity) => window.__cy?.getElementById(entity.id).empty());
  });
}

/** Asks the API for a well-mentioned person, so the test does not hard-code a name from the samples. */
async function findCommonPerson(page: Page): Promise<EntitySummary> {
  const results = await page.evaluate(async () => {
    const response = await fetch('/api/search?q=a&type=Person&limit=5');
    return ((await response.json()) as { results: EntitySummary[] }).results;
  });
  const entity = results[0];
  if (!entity) throw new Error('GET /api/search?q=a&type=Person found no person in the sample graph');
  return entity;
}
