import { h } from '../dom.ts';
import { RELATION_VISUALS } from '../graph/relation-types.ts';

/** Renders the agency map's legend: a line sample and the count drawn per relation type, and what a box means. */
export function mountRelationLegend(root: HTMLElement, counts: ReadonlyMap<string, number> = new Map()): void {
  root.replaceChildren(
    h('h2', { class: 'section-title' }, ['Relations']),
    h(
      'ul',
      { class: 'legend-list' },
      RELATION_VISUALS.map((visual) => {
        const count = counts.get(visual.type) ?? 0;
        return h('li', { 'data-relation': visual.type, class: count === 0 ? 'is-absent' : null }, [
          h('span', { class: 'legend-edge', style: `border-top: 3px ${visual.line} ${visual.colour}`, 'aria-hidden': 'true' }),
          h('span', { class: 'filter-name' }, [visual.caption]),
          h('span', { class: 'filter-count' }, [String(count)]),
        ]);
      }),
    ),
    h('ul', { class: 'legend-list legend-notes' }, [
      h('li', {}, [h('span', { class: 'legend-box', 'aria-hidden': 'true' }), 'box: an agency and its parts']),
    ]),
  );
}
