import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EntitySummary } from '../../server/store/graph-store.ts';
import { describeInBrowser, openExplorer, readHash, saveScreenshot } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the graph view in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openExplorer();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
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

  // times out in most runs since the menu was driven by emit('cxttap'); to fix before enabling again
  it.skip('pins a node from its right-click menu, hides it from the panel, and shows it again', async () => {
    const id = await page.evaluate(() => window.__cy!.nodes().max((node) => node.degree(false)).ele.id());
    await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).emit('cxttap'), id);
    await expect.poll(() => page.getByRole('menuitem').allTextContents()).toEqual(['Details', 'Expand neighbours', 'Pin here', 'Hide']);
    await page.getByRole('menuitem', { name: 'Details' }).click();
    await expect.poll(() => readHash(page, 'entity')).toBe(id);
    const name = await page.evaluate((nodeId) => String(window.__cy!.getElementById(nodeId).data('name')), id);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(name);

    await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).emit('cxttap'), id);
    await page.getByRole('menuitem', { name: 'Pin here' }).click();
    await expect.poll(() => page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).locked(), id)).toBe(true);
    await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).emit('cxttap'), id);
    await expect.poll(() => page.getByRole('menuitem', { name: 'Unpin' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'graph');
    await page.keyboard.press('Escape');
    await page.locator('#entity-panel').getByRole('button', { name: 'Hide', exact: true }).click();

    expect(await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).visible(), id)).toBe(false);
    await page.locator('#unhide-button').click();
    expect(await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).visible(), id)).toBe(true);
    await expect.poll(() => page.locator('#unhide-button').isHidden()).toBe(true);
  });

  it('turns the edge labels off and on with the Edge labels button', async () => {
    await page.locator('#labels-button').click();
    expect(await page.locator('#labels-button').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => window.__cy!.edges().every((edge) => edge.style('label') === ''))).toBe(true);

    await page.locator('#labels-button').click();
    expect(await page.evaluate(() => window.__cy!.edges('.is-unlabelled').length)).toBe(0);
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

  it('runs an example query from the console, keeps it in the history and the URL, and downloads its rows as CSV', async () => {
    await page.locator('.console-toggle').click();
    await page.getByLabel('Example queries').selectOption({ label: 'People and their roles' });
    await page.getByLabel('Cypher query').press('Control+Enter');

    await expect.poll(() => page.locator('.result-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.result-table th').allTextContents()).toEqual(['person', 'role', 'organization']);
    expect(await readHash(page, 'query')).toMatch(/^MATCH \(p:Person\)-\[r:AFFILIATED_WITH\]/);
    expect(await page.evaluate(() => localStorage.getItem('newsgraph.cypher-history'))).toContain('AFFILIATED_WITH');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect((await readFile((await csv.path())!, 'utf8')).split('\r\n')[0]).toBe('person,role,organization');
    await saveScreenshot(page, 'cypher-console');
  });

  it('runs a query with JSON parameters, and says so when the parameters are not JSON', async () => {
    await page.getByLabel('Example queries').selectOption({ label: 'Who said what about someone' });
    await page.getByLabel('Cypher query').press('Control+Enter');
    await expect.poll(() => page.locator('.result-table th').allTextContents()).toEqual(['speaker', 'quote', 'article']);

    await page.getByLabel('Query parameters as JSON').fill('{name: oops}');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.locator('.console-error strong').textContent()).toBe('BAD_PARAMS');
    await page.getByLabel('Query parameters as JSON').fill('');
  });

  it('runs a Cypher query typed in the console and shows its rows as a table', async () => {
    await page.getByLabel('Cypher query').fill('MATCH (p:Person) RETURN p.name AS name LIMIT 3');
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.result-table th').allTextContents()).toEqual(['name']);
    expect(await page.locator('.result-table tbody tr').count()).toBeGreaterThan(0);
  });

  it('shows the error inline when the console is given a write', async () => {
    await page.getByLabel('Cypher query').fill("CREATE (p:Person {id: 'person:x'}) RETURN p");
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.console-error').textContent()).toMatch(/\w/);
  });

  it('shows the parser\'s verdict under the console as you type, with the position of a mistake', async () => {
    const toggle = page.locator('.console-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const box = page.getByLabel('Cypher query');
    await box.fill('');
    await box.pressSequentially('MATCH (n:Person RETURN n', { delay: 5 });
    await expect.poll(() => page.locator('.cypher-check').textContent()).toMatch(/CYPHER_INVALID.*line 1/i);
    await box.fill('');
    await box.pressSequentially('MATCH (n:Person|Agency) RETURN labels(n) LIMIT 2', { delay: 5 });
    await expect.poll(() => page.locator('.cypher-check').textContent()).toContain('Valid read-only query');
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
