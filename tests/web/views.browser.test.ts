import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DocumentView, GraphElements, SaidAboutCell } from '../../store/graph-store.ts';
import { clickCanvas, describeInBrowser, useExplorerSession, readHash, saveScreenshot } from './browser-harness.ts';
import type { ExplorerSession } from './browser-harness.ts';
import { NESTED_AGENCY_NETWORK } from './agency-network.fixtures.ts';
import { splitByRelation } from '../../web/graph/agency-focus.ts';
import { NESTING_RELATION } from '../../model/graph-model.ts';

describeInBrowser('who said what, the agency map and the document view in Chromium (needs `npx vite build` first)', () => {
  let session: ExplorerSession | undefined;
  let page: Page;

  useExplorerSession((opened) => {
    session = opened;
    page = opened.page;
  });

  it('who said what: draws a speaker → subject edge per pair, narrows to a typed speaker, and lists the quotes of a clicked edge', async () => {
    const cells = await getJson<{ cells: SaidAboutCell[] }>(page, '/api/said-about?limit=300');
    expect(cells.cells.length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Who said what about whom' }).click();

    expect(await readHash(page, 'view')).toBe('said-about');
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length), { timeout: 10_000 }).toBe(cells.cells.length);
    const top = cells.cells[0]!;
    const narrowed = (await getJson<{ cells: SaidAboutCell[] }>(page, `/api/said-about?speakers=${encodeURIComponent(top.speaker.id)}`)).cells;

    await page.locator('#said-about-speaker').fill(top.speaker.name);
    await page.locator(`#said-about-speaker-suggestions [data-entity-id="${top.speaker.id}"]`).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect.poll(() => readHash(page, 'speaker')).toBe(top.speaker.id);
    await expect.poll(() => page.evaluate(() => window.__cySaidAbout!.edges().length)).toBe(narrowed.length);
    const edgeId = `said:${top.speaker.id}->${top.subject.id}`;
    await page.waitForTimeout(300);
    const middle = await page.evaluate((id) => window.__cySaidAbout!.getElementById(id).renderedMidpoint(), edgeId);
    await clickCanvas(page, '#said-about-graph', middle);

    await expect.poll(() => page.locator('#quote-panel .entity-name').textContent()).toBe(`${top.speaker.name} → ${top.subject.name}`);
    await expect.poll(() => page.locator('#quote-panel .quote').count()).toBe(top.count);
    expect(await page.locator('#quote-panel .quote-document').first().getAttribute('href')).toMatch(/^#view=document&document=[0-9a-f]{64}$/);
    await saveScreenshot(page, 'said-about');
  });

  it('document: opens from a quote link with mentions coloured by type and quotes shaded, and a mention click selects the entity in the graph', async () => {
    const link = page.locator('#quote-panel .quote-document').first();
    const documentId = (await link.getAttribute('href'))!.split('document=')[1]!;
    const doc = await getJson<DocumentView>(page, `/api/documents/${documentId}`);
    await link.click();

    await expect.poll(() => readHash(page, 'view')).toBe('document');
    await expect.poll(() => page.locator('.document-title').textContent()).toBe(doc.title);
    const mentionIds = await page
      .locator('.document-text .mention')
      .evaluateAll((marks) => new Set(marks.flatMap((mark) => mark.getAttribute('data-entity-ids')!.split(' '))).size);
    expect(mentionIds).toBe(new Set(doc.mentions.map((mention) => mention.entityId)).size);
    expect(await page.locator('.document-text .is-quote').count()).toBeGreaterThanOrEqual(doc.quotes.filter((quote) => quote.kind === 'direct').length);
    expect(await page.locator('.document-text .is-reported').count()).toBeGreaterThanOrEqual(doc.quotes.filter((quote) => quote.kind === 'indirect').length);
    const spoken = doc.quotes.find((quote) => quote.speaker);
    if (spoken) expect(await page.locator(`.document-text [data-quote]`).first().getAttribute('title')).toMatch(/(Quote|Reported statement) by /);
    await saveScreenshot(page, 'document');

    const person = page.locator('.document-text .mention[data-type="Person"]').first();
    const personId = (await person.getAttribute('data-entity-id'))!;
    await person.click();

    await expect.poll(() => readHash(page, 'view')).toBe('graph');
    await page.waitForFunction((id) => window.__cy?.getElementById(id).selected() ?? false, personId, { timeout: 10_000 });
    expect(await page.locator('#entity-panel .type-badge').textContent()).toMatch(/Person/);
  });

  it('back and forward move between the views the user went through', async () => {
    await page.goBack();
    await expect.poll(() => readHash(page, 'view')).toBe('document');
    expect(await page.locator('#view-document').isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => readHash(page, 'view')).toBe('said-about');
    expect(await page.locator('#view-said-about').isVisible()).toBe(true);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.locator('#view-graph').isVisible()).toBe(true);
  });

  it('agency map: draws the network with PART_OF as nesting, colours relations by type with a legend, and shows a clicked agency', async () => {
    const network = await getJson<GraphElements>(page, '/api/agencies/network?limit=300');
    await page.getByRole('tab', { name: 'Graph' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    await expect.poll(() => readHash(page, 'view')).toBe('agencies');
    // by default only what a relation touches; the others are counted on the toggle
    const { related, unrelated } = splitByRelation(network);
    await expect.poll(() => page.evaluate(() => window.__cyAgencies!.nodes().length), { timeout: 10_000 }).toBe(related.nodes.length);
    const drawn = await page.evaluate(() => ({ edges: window.__cyAgencies!.edges().length, nested: window.__cyAgencies!.nodes('[parent]').length }));
    expect(drawn.edges + drawn.nested).toBe(network.edges.length);
    for (const type of new Set(network.edges.map((edge) => edge.type))) {
      expect(await page.locator(`#relation-legend [data-relation="${type}"] .filter-count`).textContent()).not.toBe('0');
    }
    if (unrelated.length > 0) expect(await page.locator('#agency-toolbar').textContent()).toContain(`Show ${unrelated.length} name`);
    // an agency that holds no parts: a parent's centre is covered by the parts drawn inside it
    const isWhole = (id: string) => network.edges.some((edge) => edge.type === NESTING_RELATION && edge.target === id);
    const agency = related.nodes.find((node) => node.label === 'Agency' && !isWhole(node.id))!;
    await page.waitForTimeout(300);
    await clickCanvas(page, '#agency-graph', await page.evaluate((id) => window.__cyAgencies!.getElementById(id).renderedPosition(), agency.id));

    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(agency.name);
    expect(await readHash(page, 'entity')).toBe(agency.id);
    await saveScreenshot(page, 'agency-map');
  });

  it('agency map: a link #view=agencies&entity=<id> selects that agency, centres it and shows its details', async () => {
    const network = await getJson<GraphElements>(page, '/api/agencies/network?limit=300');
    const { related } = splitByRelation(network);
    // the least mentioned related agency: not the one a fit would happen to put mid-screen
    const agency = [...related.nodes].sort((a, b) => Number(a.properties['mentions']) - Number(b.properties['mentions']))[0]!;
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=agencies&entity=${encodeURIComponent(agency.id)}`);

    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes(':selected').map((node) => node.id()) ?? []), { timeout: 10_000 }).toEqual([agency.id]);
    await expect.poll(() => page.locator('#entity-panel .entity-name').textContent()).toBe(agency.name);
    await page.waitForTimeout(500); // the centring animation
    // centred with its label, so the node itself sits a little above the middle: within its own size of it
    const placed = await page.evaluate((id) => {
      const cy = window.__cyAgencies!;
      const node = cy.getElementById(id);
      const at = node.renderedPosition();
      return { offCentre: Math.hypot(at.x - cy.width() / 2, at.y - cy.height() / 2), size: node.renderedOuterHeight() };
    }, agency.id);
    expect(placed.offCentre).toBeLessThan(placed.size);
    await saveScreenshot(page, 'agency-map-link');
  });

  it('agency map: a link to an agency without relations draws the names without relations first, then selects it', async () => {
    const lonely = { id: 'agency:lonely-board', label: 'Agency', name: 'Lonely Review Board', properties: { mentions: 1 } };
    await page.route('**/api/agencies/network*', (route) => route.fulfill({ json: { ...NESTED_AGENCY_NETWORK, nodes: [...NESTED_AGENCY_NETWORK.nodes, lonely] } }));
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=agencies&entity=${encodeURIComponent(lonely.id)}`);

    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes(':selected').map((node) => node.id()) ?? []), { timeout: 10_000 }).toEqual([lonely.id]);
    expect(await page.locator('#agency-show-unrelated').isChecked()).toBe(true);
    expect(await page.locator('#agency-toolbar').textContent()).toContain('Show 1 name without relations');
    expect(await page.evaluate(() => window.__cyAgencies!.nodes().length)).toBe(NESTED_AGENCY_NETWORK.nodes.length + 1);
    await page.unroute('**/api/agencies/network*');
  });

  it('restores who said what narrowed to an entity from a shared link', async () => {
    const cells = await getJson<{ cells: SaidAboutCell[] }>(page, '/api/said-about?limit=1');
    const speaker = cells.cells[0]!.speaker;
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=said-about&entity=${encodeURIComponent(speaker.id)}`);

    await expect.poll(() => page.locator('.filter-chip').textContent(), { timeout: 10_000 }).toContain(speaker.name);
    const touchesSpeaker = (id: string): Promise<boolean[]> =>
      page.evaluate((wanted) => window.__cySaidAbout!.edges().map((edge) => [edge.source().id(), edge.target().id()].includes(wanted)), id);
    await expect.poll(() => touchesSpeaker(speaker.id)).not.toHaveLength(0);
    expect((await touchesSpeaker(speaker.id)).every(Boolean)).toBe(true);
    expect(await page.locator('[role=tab][aria-selected=true]').textContent()).toBe('Who said what about whom');
  });

  it('agency map: draws PART_OF as boxes within boxes, and each kind of relation in its own colour', async () => {
    await page.route('**/api/agencies/network*', (route) => route.fulfill({ json: NESTED_AGENCY_NETWORK }));
    await page.goto('about:blank');
    await page.goto(`${session!.url}/#view=agencies`);

    await expect.poll(() => page.evaluate(() => window.__cyAgencies?.nodes().length ?? 0), { timeout: 10_000 }).toBe(NESTED_AGENCY_NETWORK.nodes.length);
    const drawn = await page.evaluate(() => {
      const cy = window.__cyAgencies!;
      return {
        parents: cy.nodes(':parent').map((node) => node.id()).sort(),
        edgeColours: new Set(cy.edges().map((edge) => edge.style('line-color'))).size,
        edgeTypes: new Set(cy.edges().map((edge) => edge.data('type'))).size,
      };
    });
    expect(drawn.parents).toEqual(['agency:dhs', 'agency:fwsa', 'org:port-alder']);
    expect(drawn.edgeColours).toBe(drawn.edgeTypes);
    expect(await page.locator('#relation-legend [data-relation="SUED"] .filter-count').textContent()).toBe('1');
    await saveScreenshot(page, 'agency-map-nesting');
    await page.unroute('**/api/agencies/network*');
  });

  it('lists the articles in the document view when none is chosen', async () => {
    await page.getByRole('tab', { name: 'Document' }).click();

    await expect.poll(() => page.locator('.article-list li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('raised no script error in the page along the way', () => {
    expect(session?.pageErrors).toEqual([]);
  });
});

function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (path) => (await fetch(path)).json(), url) as Promise<T>;
}
