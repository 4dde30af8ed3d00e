import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, Collection, LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

const fcoseRegistered = registerFcose();

function registerFcose(): boolean {
  try {
    cytoscape.use(fcose);
    return true;
  } catch (error) {
    console.warn('The fcose layout could not be registered; using cose instead.', error);
    return false;
  }
}

// the options of cytoscape-fcose this explorer sets; see its README for the rest
interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  nodeRepulsion: number;
  idealEdgeLength: number;
  nodeSeparation: number;
  /** Pull towards the centre; it keeps unconnected components close together. */
  gravity: number;
  gravityRange: number;
  /** Space around nodes with no edges, which fcose lays out in a grid. */
  tilingPaddingVertical: number;
  tilingPaddingHorizontal: number;
}

/** How to run one layout. */
export interface LayoutRequest {
  /** Start from the current positions (after a merge) instead of scattering everything. */
  keepPositions?: boolean;
  animate?: boolean;
}

/** Lays out the elements with fcose, or with the built-in cose if fcose fails; resolves when done. */
export async function runLayout(elements: Collection, request: LayoutRequest = {}): Promise<void> {
  if (elements.nodes().empty()) return;
  const base = {
    animate: request.animate ?? true,
    animationDuration: 450,
    fit: true,
    padding: 40,
    randomize: !request.keepPositions,
    nodeDimensionsIncludeLabels: true,
  };
  if (fcoseRegistered) {
    try {
      const fcoseOptions: FcoseLayoutOptions = {
        ...base,
        name: 'fcose',
        quality: 'default',
        nodeRepulsion: 22000,
        idealEdgeLength: 120,
        nodeSeparation: 80,
        gravity: 1.2,
        gravityRange: 1.5,
        // room for the labels under unconnected nodes, which fcose tiles in a grid
        tilingPaddingVertical: 36,
        tilingPaddingHorizontal: 100,
      };
      await start(elements, fcoseOptions);
      return;
    } catch (error) {
      console.warn('The fcose layout failed; falling back to cose.', error);
    }
  }
  await start(elements, { ...base, name: 'cose', nodeRepulsion: () => 22000, idealEdgeLength: () => 120 });
}

function start(elements: Collection, options: LayoutOptions): Promise<void> {
  const layout = elements.layout(options);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  return stopped.then(() => undefined);
}
