import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { WEB_DIR, startSampleServer } from '../support/start-sample-server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
const IN_CI = process.env.CI === 'true';
const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

/** `describe` when Chromium is there (or in CI, where its absence must fail), else `describe.skip` with a warning. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!HAS_CHROMIUM && !IN_CI) {
    console.warn(`Skipping "${name}": no Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  (HAS_CHROMIUM || IN_CI ? describe : describe.skip)(name, body);
}

/** A Chromium page at 1280×800 on the explorer served over the sample articles; page errors are collected. */
export interface ExplorerSession {
  page: Page;
  url: string;
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts the sample server and one browser page on it; call `close` in afterAll. */
export async function openExplorer(hash = '', options: { editToken?: string } = {}): Promise<ExplorerSession> {
  if (!HAS_CHROMIUM) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`No built explorer in ${WEB_DIR}: run npx vite build first.`);
  const server = await startSampleServer(options);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/${hash}`);
    const opened = browser;
    return { page, url: server.url, pageErrors, close: async () => (await opened.close(), await server.close()) };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/**
 * Opens the explorer once for a suite, after its overview graph is drawn, and closes it after the
 * suite; `onOpen` receives the session before the suite's own beforeAll hooks run.
 */
export function useExplorerSession(onOpen: (session: ExplorerSession) => void, options: { editToken?: string } = {}): void {
  let session: ExplorerSession | undefined;
  beforeAll(async () => {
    session = await openExplorer('', options);
    await session.page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0, undefined, { timeout: 15_000 });
    onOpen(session);
  });
  afterAll(async () => {
    await session?.close();
  });
}

/** Saves a screenshot of the page as tests/screenshots/<name>.png, after animations settle. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Clicks a point of a Cytoscape canvas, given in rendered (canvas) coordinates, with the real mouse. */
export async function clickCanvas(page: Page, canvasSelector: string, at: { x: number; y: number }, button: 'left' | 'right' = 'left'): Promise<void> {
  const box = await page.locator(canvasSelector).boundingBox();
  if (!box) throw new Error(`${canvasSelector} is not on screen`);
  await page.mouse.click(box.x + at.x, box.y + at.y, { button });
}

/** Returns one value of the explorer's URL state, e.g. `readHash(page, 'view')`. */
export function readHash(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => new URLSearchParams(location.hash.slice(1)).get(name), key);
}

/** Replaces what the Cypher editor holds by typing, as a user would: click in it, select all, type. */
export async function typeInCypherEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 5 });
}
