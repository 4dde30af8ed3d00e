import type { Css } from 'cytoscape';
import { h } from '../dom.ts';
import { NODE_TYPE_VISUALS, findNodeTypeVisual } from '../graph/node-types.ts';

const SVG = 'http://www.w3.org/2000/svg';

// outlines on a 16×16 box, close to how Cytoscape draws each shape
const SHAPE_PATHS: Partial<Record<Css.NodeShape, string>> = {
  hexagon: 'M1,8 L4.5,2 L11.5,2 L15,8 L11.5,14 L4.5,14 Z',
  diamond: 'M8,1 L15,8 L8,15 L1,8 Z',
  triangle: 'M8,1.5 L15,14.5 L1,14.5 Z',
  rectangle: 'M1.5,2.5 H14.5 V13.5 H1.5 Z',
  'round-rectangle': 'M4,2 H12 Q15,2 15,5 V11 Q15,14 12,14 H4 Q1,14 1,11 V5 Q1,2 4,2 Z',
  tag: 'M1.5,2.5 H10.5 L14.5,8 L10.5,13.5 H1.5 Z',
};

/** Returns a small SVG of the node shape and colour used for this label in the graph. */
export function createSwatch(label: string): SVGSVGElement {
  const visual = findNodeTypeVisual(label);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  const path = SHAPE_PATHS[visual.shape];
  const shape = path ? document.createElementNS(SVG, 'path') : document.createElementNS(SVG, 'circle');
  if (path) shape.setAttribute('d', path);
  else {
    shape.setAttribute('cx', '8');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '6.5');
  }
  shape.setAttribute('fill', visual.colour);
  shape.setAttribute('stroke', visual.border);
  shape.setAttribute('stroke-width', '1.2');
  svg.append(shape);
  return svg;
}

/** Renders the legend: each node type's shape and colour, what size means, and the edge styles. */
export function mountLegend(root: HTMLElement): void {
  root.replaceChildren(
    h('h2', { class: 'section-title' }, ['Legend']),
    h(
      'ul',
      { class: 'legend-list' },
      NODE_TYPE_VISUALS.map((visual) => h('li', {}, [createSwatch(visual.label), visual.label])),
    ),
    h('ul', { class: 'legend-list legend-notes' }, [
      h('li', {}, [h('span', { class: 'legend-size', 'aria-hidden': 'true' }), 'Size: mentions']),
      h('li', {}, [h('span', { class: 'legend-edge is-said', 'aria-hidden': 'true' }), 'said, said about']),
      h('li', {}, [h('span', { class: 'legend-edge is-about', 'aria-hidden': 'true' }), 'quote about']),
      h('li', { 'data-legend': 'quote' }, [h('span', { class: 'legend-text is-quote', 'aria-hidden': 'true' }, ['“…”']), 'quote, in an article']),
      h('li', { 'data-legend': 'reported' }, [h('span', { class: 'legend-text is-reported', 'aria-hidden': 'true' }, ['said…']), 'reported statement']),
      h('li', { 'data-legend': 'event' }, [h('span', { class: 'legend-text is-event', 'aria-hidden': 'true' }, ['vote']), 'event, underlined in an article']),
      h('li', {}, [h('span', { class: 'legend-edge', 'aria-hidden': 'true' }), 'other relation']),
    ]),
  );
}
