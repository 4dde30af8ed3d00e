import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { generateGraph } from '../../bench/synthetic/generate-graph.ts';
import { RELATION_TYPES } from '../../model/graph-model.ts';
import { findNearestEdge } from '../../web/graph/nearest-edge.ts';
import { clickCanvas, describeInBrowser, saveScreenshot, useExplorerSession } from './browser-harness.ts';

// An overview of an archive of a few thousand entities, as a large archive's answer would be: the
// graph view must lay it out without fcose's cost and draw it with its level of detail.
const ARCHIVE = generateGraph({ nodes: 4000, edges: 10_000, seed: 3 });

describeInBrowser('a generated archive of 4,000 entities in the graph view (needs `npx vite build` first)', () => {
  let page: Page;
  let pageErrors: string[];

  useExplorerSession((opened) => {
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  it('lays out and draws the 4,000-node overview within seconds, nodes spread out, names left for zooming in', async () => {
    await page.route('**/api/overview*', (route) => route.fulfill({ json: ARCHIVE }));
    const started = Date.now();
    await page.locator('#overview-button').click();

    await expect.poll(() => page.evaluate(() => window.__cy!.nodes().length), { timeout: 30_000 }).toBe(ARCHIVE.nodes.length);
    await expect.poll(() => page.locator('#graph-overlay').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    const elapsed = Date.now() - started;
    const drawn = await page.evaluate(() => {
      const cy = window.__cy!;
      const box = cy.nodes().boundingBox({ includeLabels: false });
      // nodes sharing a spot: positions rounded to a quarter of a node's size
      const spots = new Set(cy.nodes().map((node) => `${Math.round(node.position('x') / 6)},${Math.round(node.position('y') / 6)}`));
      // Cytoscape's renderer fields, which level-of-detail.ts sets: a picture of the graph moves during gestures
      const renderer = (cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
      // the edges are drawn by the edge layer, a canvas under Cytoscape's: count its drawn pixels
      const layer = document.querySelector<HTMLCanvasElement>('#graph canvas[data-id="edge-layer"]');
      const pixels = layer?.getContext('2d')?.getImageData(0, 0, layer.width, layer.height).data ?? new Uint8ClampedArray();
      let inked = 0;
      for (let at = 3; at < pixels.length; at += 4) if (pixels[at]! > 0) inked += 1;
      return {
        cytoscapeEdges: cy.edges().length, layerInked: inked, layerArea: (layer?.width ?? 0) * (layer?.height ?? 0),
        width: box.w, height: box.h, spots: spots.size, zoom: cy.zoom(), named: cy.nodes('.is-named').length,
        shortcuts: renderer.textureOnViewport && renderer.hideEdgesOnViewport,
      };
    });
    expect(drawn.spots).toBeGreaterThan(ARCHIVE.nodes.length * 0.97);
    expect(drawn.width * drawn.height).toBeGreaterThan(ARCHIVE.nodes.length * 40 * 40);
    // fitted: the whole archive in view, too far out for names, which come back zoomed in
    expect(drawn.zoom).toBeLessThan(0.5);
    expect(drawn.named).toBe(0);
    expect(drawn.shortcuts).toBe(true);
    // its 10,000 edges are lines on the layer, not Cytoscape elements
    expect(drawn.cytoscapeEdges).toBe(0);
    expect(drawn.layerInked).toBeGreaterThan(drawn.layerArea * 0.02);
    // generous for a shared CI machine; bench:web measures it properly
    expect(elapsed).toBeLessThan(20_000);
    await saveScreenshot(page, 'large-graph-overview');
    await page.unroute('**/api/overview*');
  });

  it('opens the menu of an edge the edge layer draws with a right-click on its line, though Cytoscape has no such edge', async () => {
    const box = await page.locator('#graph').boundingBox();
    // zoomed in on the middle, where single lines can be told apart
    const rendered = await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom({ level: 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      return Object.fromEntries(cy.nodes().map((node) => [node.id(), node.renderedPosition()]));
    });
    // zoomed in: the nodes in view, and only they, are named once the zoom settles
    await expect.poll(() => page.evaluate(() => window.__cy!.nodes('.is-named').length)).toBeGreaterThan(0);
    const named = await page.evaluate(() => {
      const nodes = window.__cy!.nodes('.is-named');
      return { count: nodes.length, labelled: nodes.filter((node) => node.style('label') !== '').length };
    });
    expect(named.count).toBeLessThan(ARCHIVE.nodes.length / 4);
    // those whose names would collide with a more mentioned one's are left unlabelled
    expect(named.labelled).toBeGreaterThan(0);
    await saveScreenshot(page, 'large-graph-zoomed-in');
    const ids = ARCHIVE.nodes.map((node) => node.id);
    const xy = Float64Array.from(ids.flatMap((id) => [rendered[id]?.x ?? NaN, rendered[id]?.y ?? NaN]));
    const index = new Map(ids.map((id, at) => [id, at]));
    const ends = Int32Array.from(ARCHIVE.edges.flatMap((edge) => [index.get(edge.source) ?? -1, index.get(edge.target) ?? -1]));
    // the mouse lands on whole pixels of the page
    const onPixel = (value: number, offset: number): number => Math.round(offset + value) - offset;
    const midpointOf = (at: number) => ({
      x: onPixel((xy[ends[at * 2]! * 2]! + xy[ends[at * 2 + 1]! * 2]!) / 2, box?.x ?? 0),
      y: onPixel((xy[ends[at * 2]! * 2 + 1]! + xy[ends[at * 2 + 1]! * 2 + 1]!) / 2, box?.y ?? 0),
    });
    const pairs = new Map<string, number>();
    const pairOf = (edge: { source: string; target: string }) => [edge.source, edge.target].sort().join(' ');
    for (const edge of ARCHIVE.edges) pairs.set(pairOf(edge), (pairs.get(pairOf(edge)) ?? 0) + 1);
    // a relation alone between its nodes, its middle in view, clear of every node (22 model pixels wide) and nearer to it than any other line
    const chosen = ARCHIVE.edges.findIndex((edge, at) => {
      const middle = midpointOf(at);
      if (!(RELATION_TYPES as readonly string[]).includes(edge.type) || pairs.get(pairOf(edge)) !== 1 || !box) return false;
      if (!(middle.x > 40 && middle.x < box.width - 40 && middle.y > 40 && middle.y < box.height - 40)) return false;
      if (ids.some((id) => Math.hypot(rendered[id]!.x - middle.x, rendered[id]!.y - middle.y) < 40)) return false;
      return findNearestEdge(xy, ends, () => true, middle, 5) === at;
    });
    expect(chosen).toBeGreaterThanOrEqual(0);
    const edge = ARCHIVE.edges[chosen]!;

    await clickCanvas(page, '#graph', midpointOf(chosen), 'right');
    const menu = page.locator('.node-menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.locator('.node-menu-title').textContent()).toBe(edge.type.toLowerCase().replaceAll('_', ' '));
    await page.keyboard.press('Escape');
  });

  it('moves a picture of the graph while a script moves its viewport, then draws it properly again', async () => {
    const moved = await page.evaluate(async () => {
      const cy = window.__cy!;
      // Cytoscape's renderer fields, which viewport-picture.ts sets
      const renderer = (cy as unknown as {
        renderer(): { textureMult: number; canvasWidth: number; TEXTURE_BUFFER: number; data: { wheelZooming?: boolean; bufferCanvases: HTMLCanvasElement[] } };
      }).renderer();
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const picture: boolean[] = [];
      for (let step = 0; step < 6; step++) {
        cy.panBy({ x: 6, y: 4 });
        picture.push(renderer.data.wheelZooming === true);
        await nextFrame();
      }
      const texture = renderer.data.bufferCanvases[renderer.TEXTURE_BUFFER]!;
      return { picture, textureMult: renderer.textureMult, textureWidth: texture.width, canvasWidth: renderer.canvasWidth };
    });
    // a single jump is drawn properly; from the second change on, the movement moves a picture
    expect(moved.picture).toEqual([false, true, true, true, true, true]);
    // the picture is at the screen's resolution, so starting it reuses the nodes' images drawn for the screen
    expect(moved.textureMult).toBe(1);
    expect(moved.textureWidth).toBe(moved.canvasWidth);
    // still again: drawn properly, edges included
    await expect.poll(() => page.evaluate(() => (window.__cy as unknown as { renderer(): { data: { wheelZooming?: boolean } } }).renderer().data.wheelZooming)).toBe(false);
    const inked = await page.evaluate(() => {
      const layer = document.querySelector<HTMLCanvasElement>('#graph canvas[data-id="edge-layer"]')!;
      const pixels = layer.getContext('2d')!.getImageData(0, 0, layer.width, layer.height).data;
      let count = 0;
      for (let at = 3; at < pixels.length; at += 4) if (pixels[at]! > 0) count += 1;
      return count;
    });
    expect(inked).toBeGreaterThan(0);
  });

  it('raised no script error in the page along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
