import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../server/store/graph-store.ts';
import { startSampleServer } from '../support/start-sample-server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
const IN_CI = process.env.CI === 'true';
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(
    `Skipping the explorer browser test: no Chromium at ${CHROMIUM_PATH}. ` +
      'Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

// In CI a missing browser is a failure, not a skip: beforeAll throws below.
const describeInBrowser = HAS_CHROMIUM || IN_CI ? describe : describe.skip;

describeInBrowser('the web explorer in Chromium (needs `npx vite build` first)', () => {
  let server: Awaited<ReturnType<typeof startSampleServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    server = await startSampleServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the overview graph from the sample articles', async () => {
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0, undefined, { timeout: 15_000 });
    await expect.poll(() => page.locator('#status-line').textContent()).toMatch(/\d+ documents/);
  });

  it('selects the entity picked with ArrowDown and Enter in the search box and shows it in the panel', async () => {
    const entity = await findCommonPerson(page);

    await pickSuggestion(page, entity);

    await waitUntilSelected(page, entity.id);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(entity.name);
    await page.waitForTimeout(800); // let the centring animation end before the screenshot
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer.png') });
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

  it('runs a Cypher query from the console and shows its rows as a table', async () => {
    await page.locator('.console-toggle').click();
    await page.locator('.console-input').fill('MATCH (p:Person) RETURN p.name AS name LIMIT 3');
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.result-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.result-table th').allTextContents()).toEqual(['name']);
  });

  it('shows the error inline when the console is given a write', async () => {
    await page.locator('.console-input').fill("CREATE (p:Person {id: 'person:x'}) RETURN p");
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.console-error').textContent()).toMatch(/\w/);
  });

  it('raised no script error in the page along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Types the entity's name in the search box, then moves to its suggestion with ArrowDown and takes it with Enter. */
async function pickSuggestion(page: Page, entity: EntitySummary): Promise<void> {
  await page.locator('#search-input').fill(entity.name);
  const option = page.locator(`[role=option][data-entity-id="${entity.id}"]`);
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
