import cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import type { ApiClient } from '../api-client.ts';
import { toAgencyElements } from '../graph/agency-elements.ts';
import { createAgencyStylesheet } from '../graph/agency-style.ts';
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
  /** Selects and centres a node; false when it is not on the map. */
  select(id: string): boolean;
}

/** Returns the agency map drawn into its canvas, with its legend kept in step with what is drawn. */
export function createAgencyMapView(
  parts: { canvas: HTMLElement; overlay: GraphOverlay; legend: HTMLElement },
  api: Pick<ApiClient, 'getAgencyNetwork'>,
  handlers: { onNodeTap(node: NodeData): void },
): AgencyMapView {
  const cy = cytoscape({ container: parts.canvas, style: createAgencyStylesheet(), minZoom: 0.2, maxZoom: 3 });
  restyleOnZoom(cy);
  cy.on('tap', 'node', (event) => handlers.onNodeTap((event.target as NodeSingular).data() as NodeData));
  mountRelationLegend(parts.legend);
  let loaded: Promise<void> | undefined;

  async function load(): Promise<void> {
    parts.overlay.show({ kind: 'loading', message: 'Loading the agency map…' });
    try {
      const network = await api.getAgencyNetwork({ limit: NETWORK_LIMIT });
      cy.elements().remove();
      cy.add(toAgencyElements(network));
      const counts = new Map<string, number>();
      for (const edge of network.edges) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
      mountRelationLegend(parts.legend, counts);
      if (network.nodes.length === 0) {
        parts.overlay.show({ kind: 'empty', message: 'No agencies or organizations yet. Ingest some articles, then reload.' });
        return;
      }
      parts.overlay.show({ kind: 'ready' });
      await runLayout(cy.elements(), { animate: false });
      capFitZoom(cy);
    } catch (error) {
      loaded = undefined;
      const message = error instanceof Error ? error.message : String(error);
      parts.overlay.show({ kind: 'error', message: `Could not load the agency map: ${message}`, retry: () => void show() });
    }
  }
  const show = async (): Promise<void> => {
    cy.resize();
    loaded ??= load();
    await loaded;
  };

  return {
    cy,
    show,
    select(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return false;
      cy.elements(':selected').unselect();
      node.select();
      cy.animate({ center: { eles: node } }, { duration: 300 });
      return true;
    },
  };
}
