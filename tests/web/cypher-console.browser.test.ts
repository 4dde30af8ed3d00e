import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, useExplorerSession, readHash, saveScreenshot, typeInCypherEditor } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';

describeInBrowser('the Cypher console in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  it('runs an example query from the console, keeps it in the history and the URL, and downloads its rows as CSV', async () => {
    await page.locator('.console-toggle').click();
    await page.getByLabel('Example queries').selectOption({ label: 'People and their roles' });
    await expect.poll(() => editorText(page)).toMatch(/^MATCH \(p:Person\)-\[r:AFFILIATED_WITH\]/);
    await page.keyboard.press('Control+Enter');

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
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.result-table th').allTextContents()).toEqual(['speaker', 'quote', 'article']);

    await page.getByLabel('Query parameters as JSON').fill('{name: oops}');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.locator('.console-error strong').textContent()).toBe('BAD_PARAMS');
    await page.getByLabel('Query parameters as JSON').fill('');
  });

  it('runs a Cypher query typed in the console and shows its rows as a table', async () => {
    await typeInCypherEditor(page, 'MATCH (p:Person) RETURN p.name AS name LIMIT 3');
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.result-table th').allTextContents()).toEqual(['name']);
    expect(await page.locator('.result-table tbody tr').count()).toBeGreaterThan(0);
  });

  it('shows the error inline when the console is given a write', async () => {
    await typeInCypherEditor(page, "CREATE (p:Person {id: 'person:x'}) RETURN p");
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => page.locator('.console-error').textContent()).toMatch(/\w/);
  });

  it('shows the parser\'s verdict under the console as you type, and underlines the mistake where the parser places it', async () => {
    const toggle = page.locator('.console-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await typeInCypherEditor(page, 'MATCH (n:Person RETURN n');
    await expect.poll(() => page.locator('.cypher-check').textContent()).toMatch(/CYPHER_INVALID.*line 1/i);
    await expect.poll(() => page.locator('.console-input .cm-lintRange-error').allTextContents()).toEqual(['RETURN']);
    await saveScreenshot(page, 'cypher-editor-problem');

    await typeInCypherEditor(page, 'MATCH (n:Person|Agency) RETURN labels(n) LIMIT 2');
    await expect.poll(() => page.locator('.cypher-check').textContent()).toContain('Valid read-only query');
    expect(await page.locator('.console-input .cm-lintRange-error').count()).toBe(0);
    const keywordColours = await page.locator('.console-input .cm-line span').evaluateAll((spans) =>
      spans.filter((span) => ['MATCH', 'RETURN', 'LIMIT'].includes(span.textContent ?? '')).map((span) => getComputedStyle(span).color),
    );
    const textColour = await page.locator('.console-input .cm-content').evaluate((content) => getComputedStyle(content).color);
    expect(keywordColours).toHaveLength(3);
    expect(new Set(keywordColours).size).toBe(1);
    expect(keywordColours[0]).not.toBe(textColour);
  });

  it('indents with Tab inside the Cypher editor, and lets Escape then Tab move the focus on', async () => {
    await typeInCypherEditor(page, 'MATCH (n) RETURN n');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    await expect.poll(() => editorText(page)).toMatch(/^\s+MATCH/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');

    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
  });

  it('puts a query picked from the history menu back in the editor', async () => {
    const history = page.getByLabel('Queries run before');
    const latest = await history.locator('option').nth(1).getAttribute('value');
    expect(latest).toBeTruthy();

    await history.selectOption({ index: 1 });

    await expect.poll(() => editorText(page)).toBe(latest);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  });

  it('replays the query of a shared link: shows it in the editor and its rows in the table', async () => {
    const query = 'MATCH (p:Person) RETURN p.name AS name LIMIT 2';
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=graph&query=${encodeURIComponent(query)}`);

    await expect.poll(() => page.locator('.result-table th').allTextContents(), { timeout: 10_000 }).toEqual(['name']);
    expect(await editorText(page)).toBe(query);
    expect(await page.locator('.console-toggle').getAttribute('aria-expanded')).toBe('true');
  });

  it('raised no script error in the page along the way', () => {
    expect(session?.pageErrors).toEqual([]);
  });
});

/** The text in the Cypher editor, as CodeMirror draws it: one .cm-line per line. */
const editorText = (page: Page): Promise<string> =>
  page.locator('.console-input .cm-line').evaluateAll((lines) => lines.map((line) => line.textContent ?? '').join('\n'));
