import type { EntitySummary } from '../contract/entities.ts';
import type { GraphElements } from '../contract/graph.ts';
import type { ApiClient } from './api-client.ts';
import type { EntityPanel } from './components/entity-panel.ts';
import type { GraphOverlay } from './components/graph-overlay.ts';
import type { GraphView } from './components/graph-view.ts';
import type { TypeFilter } from './components/type-filter.ts';
import { isEntityLabel } from './graph/node-types.ts';
import type { NodeData } from './graph/to-elements.ts';

const OVERVIEW_LIMIT = 60;
const NEIGHBOURHOOD_LIMIT = 40;

/** The client and the components the actions drive. */
export interface ExplorerParts {
  api: ApiClient;
  graph: GraphView;
  overlay: GraphOverlay;
  panel: EntityPanel;
  filter: TypeFilter;
}

/** What the explorer does in answer to the user; each action fetches, then tells the parts to draw. */
export interface ExplorerActions {
  loadOverview(): Promise<void>;
  showDetails(node: NodeData): void;
  focusEntity(entity: EntitySummary): Promise<void>;
  /** Focuses an entity known only by id (from a link): fetches what it is first. */
  focusEntityById(id: string): Promise<void>;
  expand(id: string): Promise<void>;
  drawQueryResult(graph: GraphElements): Promise<void>;
  clearSelection(): void;
}

/** Returns the explorer's actions over its parts. */
export function createExplorerActions({ api, graph, overlay, panel, filter }: ExplorerParts): ExplorerActions {
  let panelRequest = 0;
  const refreshCounts = (): void => filter.setCounts(graph.countByType());
  const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

  async function loadEntity(id: string, name: string): Promise<void> {
    const request = ++panelRequest;
    panel.showLoading(name);
    try {
      const [entity, quotes] = await Promise.all([api.getEntity(id), api.getQuotes(id)]);
      if (request === panelRequest) panel.showEntity(entity, quotes);
    } catch (error) {
      if (request === panelRequest) panel.showError(`Could not load ${name}`, describe(error));
    }
  }

  async function loadOverview(): Promise<void> {
    overlay.show({ kind: 'loading', message: 'Loading the graph…' });
    try {
      const overview = await api.getOverview({ limit: OVERVIEW_LIMIT });
      if (overview.nodes.length === 0) {
        overlay.show({ kind: 'empty', message: 'The graph is empty. Ingest some articles, then reload.' });
      } else {
        overlay.show({ kind: 'ready' });
      }
      await graph.replace(overview);
      refreshCounts();
    } catch (error) {
      overlay.show({ kind: 'error', message: `Could not load the graph: ${describe(error)}`, retry: () => void loadOverview() });
    }
  }

  async function addNeighbourhood(id: string): Promise<number> {
    const neighbourhood = await api.getNeighborhood(id, { limit: NEIGHBOURHOOD_LIMIT });
    const added = await graph.merge(neighbourhood, id);
    refreshCounts();
    overlay.show({ kind: 'ready' });
    return added;
  }

  async function drawEntity(entity: EntitySummary): Promise<void> {
    try {
      await addNeighbourhood(entity.id);
    } catch (error) {
      overlay.notify(`Could not load the neighbours of ${entity.name}: ${describe(error)}`, 'error');
    }
    if (graph.has(entity.id)) return;
    // the neighbourhood did not come with the entity itself: draw it alone
    const alone = { id: entity.id, label: entity.type, name: entity.name, properties: { mentions: entity.mentions } };
    await graph.merge({ nodes: [alone], edges: [] });
    refreshCounts();
    overlay.show({ kind: 'ready' });
  }

  async function focusEntity(entity: EntitySummary): Promise<void> {
    filter.reveal(entity.type);
    const details = loadEntity(entity.id, entity.name);
    if (!graph.has(entity.id)) await drawEntity(entity);
    graph.select(entity.id);
    await details;
  }

  return {
    loadOverview,
    showDetails(node) {
      if (isEntityLabel(node.type)) void loadEntity(node.id, node.name);
      else {
        panelRequest++;
        panel.showNode(node);
      }
    },
    focusEntity,
    async focusEntityById(id) {
      const request = ++panelRequest;
      panel.showLoading(id);
      try {
        await focusEntity(await api.getEntity(id));
      } catch (error) {
        if (request === panelRequest) panel.showError('Could not show this entity', describe(error));
      }
    },
    async expand(id) {
      try {
        const added = await addNeighbourhood(id);
        overlay.notify(added === 0 ? 'No new neighbours to add.' : `Added ${added} node${added === 1 ? '' : 's'}.`);
      } catch (error) {
        overlay.notify(`Could not expand: ${describe(error)}`, 'error');
      }
    },
    async drawQueryResult(result) {
      overlay.show({ kind: 'ready' });
      await graph.replace(result);
      refreshCounts();
    },
    clearSelection() {
      panelRequest++;
      graph.cy.elements(':selected').unselect();
      panel.showPlaceholder();
    },
  };
}
