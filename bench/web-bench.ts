/**
 * Graph drawing benchmark: the explorer's graph view (its stylesheet and fcose layout module) in
 * headless Chromium on a synthetic graph, by default 2,000 nodes and 5,000 edges. Prints, per run
 * and as medians: the layout time, the time to the first frame drawn, and the frame time while
 * panning and zooming. The graph goes straight to a small page that imports the app's modules
 * (bench/web/), built here with Vite, so the figures do not depend on a server or its data.
 * @example npm run bench:web -- --nodes 2000 --edges 5000 --runs 5 --screenshot /tmp/graph.png
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { generateGraph } from './synthetic/generate-graph.ts';
import type { GraphElements } from '../store/graph-store.ts';
// window.__webBench is declared in ./web/bench-page.ts, which tsconfig includes

const PAGE_DIR = fileURLToPath(new URL('./web', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../dist/web-bench', import.meta.url));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAYOUT_TARGET_MS = 3000;

const toWhole = (min: number, max: number) => (value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InvalidArgumentError(`"${value}" is not a whole number from ${min} to ${max}.`);
  }
  return number;
};
const options = new Command('bench:web')
  .option('--nodes <n>', 'nodes in the synthetic graph', toWhole(2, 100_000), 2000)
  .option('--edges <n>', 'edges in the synthetic graph', toWhole(1, 500_000), 5000)
  .option('--runs <n>', 'runs, each in a fresh page; medians are printed', toWhole(1, 50), 5)
  .option('--seed <n>', 'seed of the graph generator', toWhole(0, 2 ** 31), 1)
  .option('--screenshot <file.png>', 'saves the graph as the first run drew it, to see what the layout made')
  .option('--renderer <name>', "app (the explorer's own: canvas), canvas, webgl, or auto (WebGL where the browser has WebGL 2)", toRenderer, 'app')
  .parse()
  .opts<{ nodes: number; edges: number; runs: number; seed: number; screenshot?: string; renderer: string }>();

function toRenderer(value: string): string {
  if (['app', 'webgl', 'canvas', 'auto'].includes(value)) return value;
  throw new InvalidArgumentError(`Unknown renderer "${value}". Expected one of: app, canvas, webgl, auto`);
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built bench page from OUT_DIR on 127.0.0.1. */
function serveBenchPage(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(OUT_DIR, path === '/' ? 'index.html' : path);
    if (!file.startsWith(OUT_DIR)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

/** One run's figures, in milliseconds of wall time. */
interface RunFigures {
  add: number;
  layout: number;
  /** From the graph handed in to the first frame drawn after the layout. */
  firstPaint: number;
  frame: number;
  layoutOptions: Record<string, unknown>;
}

/** Runs the steps of bench/web/bench-page.ts in a fresh page. */
async function measureRun(browser: Browser, url: string, graph: GraphElements, screenshot: string | undefined): Promise<RunFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}?renderer=${options.renderer}`);
    await page.waitForFunction(() => window.__webBench !== undefined);
    const add = await page.evaluate((elements) => window.__webBench!.add(elements), graph);
    const layout = await page.evaluate(() => window.__webBench!.layout());
    const paint = await page.evaluate(() => window.__webBench!.firstPaint());
    if (screenshot) await page.screenshot({ path: screenshot });
    const frame = await page.evaluate(() => window.__webBench!.panZoom());
    if (errors.length > 0) throw new Error(`The bench page failed: ${errors.join('; ')}`);
    return { add, layout: layout.ms, firstPaint: add + layout.ms + paint, frame, layoutOptions: layout.options };
  } finally {
    await page.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  await build({ configFile: false, root: PAGE_DIR, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  const graph = generateGraph({ nodes: options.nodes, edges: options.edges, seed: options.seed });
  const { server, url } = await serveBenchPage();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    console.log(
      `bench:web — ${graph.nodes.length} nodes, ${graph.edges.length} edges (seed ${options.seed}), ${options.runs} runs in ${CHROMIUM_PATH}, renderer ${options.renderer}`,
    );
    const runs: RunFigures[] = [];
    for (let index = 0; index < options.runs; index++) {
      const run = await measureRun(browser, url, graph, index === 0 ? options.screenshot : undefined);
      runs.push(run);
      console.log(
        `  run ${index + 1}: add ${ms(run.add)} · layout ${ms(run.layout)} · first paint ${ms(run.firstPaint)} · pan/zoom frame ${ms(run.frame)}`,
      );
    }
    const layout = median(runs.map((run) => run.layout));
    const medianOf = (pick: (run: RunFigures) => number): string => ms(median(runs.map(pick)));
    console.log(`layout options the app chose: ${JSON.stringify(runs[0]?.layoutOptions)}`);
    console.log(`median add elements    ${medianOf((run) => run.add)}`);
    console.log(`median layout          ${ms(layout)}  (target < ${LAYOUT_TARGET_MS} ms: ${layout < LAYOUT_TARGET_MS ? 'met' : 'MISSED'})`);
    console.log(`median first paint     ${medianOf((run) => run.firstPaint)}  (from the graph handed in)`);
    console.log(`median pan/zoom frame  ${medianOf((run) => run.frame)}`);
    // wall times: on a machine busy with other work they grow with its load
    console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
