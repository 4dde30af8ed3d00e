import { h } from '../dom.ts';
import { NODE_TYPE_VISUALS } from '../graph/node-types.ts';
import { createSwatch } from './legend.ts';

/** Checkboxes that show or hide node types; reports the set of hidden types on each change. */
export interface TypeFilter {
  /** Ticks the type again if it was hidden, e.g. when the user searches for one of its entities. */
  reveal(type: string): void;
  /** Shows how many of each type are drawn. */
  setCounts(counts: ReadonlyMap<string, number>): void;
}

/** Returns the type filter rendered into `root`. */
export function mountTypeFilter(root: HTMLElement, onChange: (hidden: ReadonlySet<string>) => void): TypeFilter {
  const boxes = new Map<string, HTMLInputElement>();
  const counts = new Map<string, HTMLElement>();
  const hidden = (): Set<string> => new Set([...boxes].filter(([, box]) => !box.checked).map(([type]) => type));

  const items = NODE_TYPE_VISUALS.map((visual) => {
    const box = h('input', { type: 'checkbox', name: 'type', value: visual.label, checked: true });
    box.addEventListener('change', () => onChange(hidden()));
    boxes.set(visual.label, box);
    const count = h('span', { class: 'filter-count' }, ['0']);
    counts.set(visual.label, count);
    const name = h('span', { class: 'filter-name' }, [visual.plural]);
    return h('li', {}, [h('label', { class: 'filter-item' }, [box, createSwatch(visual.label), name, count])]);
  });
  root.replaceChildren(
    h('h2', { class: 'section-title', id: 'type-filter-title' }, ['Show']),
    h('ul', { class: 'filter-list', 'aria-labelledby': 'type-filter-title' }, items),
  );

  return {
    reveal(type) {
      const box = boxes.get(type);
      if (!box || box.checked) return;
      box.checked = true;
      onChange(hidden());
    },
    setCounts(drawn) {
      for (const [type, element] of counts) element.textContent = String(drawn.get(type) ?? 0);
    },
  };
}
