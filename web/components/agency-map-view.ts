import cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { GraphElements } from '../../contract/graph.ts';
import type { ApiClient } from '../api-client.ts';
import { h } from '../dom.ts';
import { toAgencyElements } from '../graph/agency-elements.ts';
import { splitByRelation } from '../graph/agency-focus.ts';
import type { AgencyFocus } from '../graph/agency-focus.ts';
import { createAgencyStylesheet } from '../graph/agency-style.ts';
import { avoidLabelCollisions } from '../graph/avoid-label-collisions.ts';
import { runLayout } from '../graph/layout.ts';
import { capFitZoom, restyleOnZoom } from '../graph/readable-labels.ts';
import type { NodeData } from '../graph/to-elements.ts';
import type { GraphOverlay } from './graph-overlay.ts';
import { mountRelationLegend } from './relation-legend.ts';

const NETWORK_LIMIT = 300;

/** The agency map: agencies and organizations, PART_OF as nesting, relations coloured by type. */
export interface AgencyMapView {
  readonly cy: Core;
  /** Loads the network the first time, then only resizes; call when the view is shown. */
  show(): Promise<void>;
  /** Selects and centres a node, drawing the unrelated names first if it is one of them; false when it is not on the map. */
  select(id: string): Promise<boolean>;
  /** Hides these nodes and edges, for the date filter; the rest show again. */
  setFilteredOut(ids: ReadonlySet<string>): void;
  /** Says over the map why the date filter left nothing of it, or, undefined, takes that message back. */
  showFilteredOut(message: string | undefined): void;
}

/** Returns the agency map drawn into its canvas, with its legend kept in step with what is drawn. */
export function createAgencyMapView(
  parts: { canvas: HTMLElement; overlay: GraphOverlay; legend: HTMLElement; toolbar: HTMLElement },
  api: Pick<ApiClient, 'getAgencyNetwork'>,
  handlers: { onNodeTap(node: NodeData): void; /** The map was drawn anew: apply the date filter to it. */ onDrawn(): void },
): AgencyMapView {
  const cy = cytoscape({ container: parts.canvas, style: createAgencyStylesheet(), minZoom: 0.1, maxZoom: 3 });
  restyleOnZoom(cy);
  avoidLabelCollisions(cy);
  cy.on('tap', 'node', (event) => handlers.onNodeTap((event.target as NodeSingular).data() as NodeData));
  mountRelationLegend(parts.legend);
  const toggle = h('input', { type: 'checkbox', id: 'agency-show-unrelated' });
  const toggleText = h('span', {}, ['Show names without relations']);
  parts.toolbar.replaceChildren(h('label', { class: 'confidence-filter', for: 'agency-show-unrelated' }, [toggle, toggleText]));
  parts.toolbar.hidden = true;
  let focus: AgencyFocus | undefined;
  let loaded: Promise<void> | undefined;

  async function draw(): Promise<void> {
    if (!focus) return;
    const graph: GraphElements = toggle.checked ? { nodes: [...focus.related.nodes, ...focus.unrelated], edges: focus.related.edges } : focus.related;
    cy.elements().remove();
    cy.add(toAgencyElements(graph));
    if (cy.nodes().empty()) {
      // say what is hidden and how to show it, rather than an empty canvas
      const message = focus.unrelated.length > 0
        ? `No relations between agencies or organizations found yet. ${focus.unrelated.length} are named without one: tick "Show names without relations" to see them.`
        : 'No agencies or organizations yet. Ingest some articles, then reload.';
      parts.overlay.show({ kind: 'empty', message });
      return;
    }
    parts.overlay.show({ kind: 'ready' });
    await runLayout(cy.elements(), { animate: false });
    capFitZoom(cy);
    handlers.onDrawn();
  }

  async function load(): Promise<void> {
    parts.overlay.show({ kind: 'loading', message: 'Loading the agency map…' });
    try {
      const network = await api.getAgencyNetwork({ limit: NETWORK_LIMIT });
      focus = splitByRelation(network);
      const counts = new Map<string, number>();
      for (const edge of focus.related.edges) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
      mountRelationLegend(parts.legend, counts);
      const count = focus.unrelated.length;
      toggleText.textContent = `Show ${count} ${count === 1 ? 'name' : 'names'} without relations`;
      parts.toolbar.hidden = count === 0;
      if (network.nodes.length === 0) {
        parts.overlay.show({ kind: 'empty', message: 'No agencies or organizations yet. Ingest some articles, then reload.' });
        return;
      }
      await draw();
    } catch (error) {
      loaded = undefined;
      const message = error instanceof Error ? error.message : String(error);
      parts.overlay.show({ kind: 'error', message: `Could not load the agency map: ${message}`, retry: () => void show() });
    }
  }
  toggle.addEventListener('change', () => void draw());

  const show = async (): Promise<void> => {
    cy.resize();
    loaded ??= load();
    await loaded;
  };

  let filteredOutMessage: string | undefined;
  return {
    cy,
    show,
    setFilteredOut(ids) {
      cy.batch(() => cy.elements().forEach((element) => void element.toggleClass('is-filtered-out', ids.has(element.id()))));
    },
    showFilteredOut(message) {
      // only take back the message this put up: a loading or error state is not ours to clear
      if (message) parts.overlay.show({ kind: 'empty', message });
      else if (filteredOutMessage) parts.overlay.show({ kind: 'ready' });
      filteredOutMessage = message;
    },
    async select(id) {
      if (cy.getElementById(id).empty() && focus?.unrelated.some((node) => node.id === id)) {
        toggle.checked = true;
        await draw();
      }
      const node = cy.getElementById(id);
      if (node.empty()) {
        parts.overlay.notify(`${id} is not on the agency map: it is not among the ${NETWORK_LIMIT} most mentioned agencies and organizations.`);
        return false;
      }
      cy.elements(':selected').unselect();
      node.select();
      cy.stop();
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
      return true;
    },
  };
}
