import { h } from '../dom.ts';
import { VIEW_NAMES } from '../navigation/url-state.ts';
import type { ViewName } from '../navigation/url-state.ts';

const TAB_LABELS: Record<ViewName, string> = {
  graph: 'Graph',
  'said-about': 'Who said what about whom',
  agencies: 'Agency map',
  timeline: 'Timeline',
  document: 'Document',
};

/** The row of view tabs; showing a view also shows the page parts marked for it with `data-views`. */
export interface ViewTabs {
  show(view: ViewName): void;
}

/**
 * Returns tabs rendered into `root` (a tablist); a click, or ArrowLeft/ArrowRight/Home/End, asks `onChoose` for a view.
 * Each tab controls the element `#view-<name>`.
 */
export function mountViewTabs(root: HTMLElement, onChoose: (view: ViewName) => void): ViewTabs {
  root.setAttribute('role', 'tablist');
  root.setAttribute('aria-label', 'Views');
  const tabs = VIEW_NAMES.map((view) => {
    const tab = h('button', { type: 'button', role: 'tab', id: `tab-${view}`, class: 'view-tab', 'aria-controls': `view-${view}`, 'data-view': view }, [
      TAB_LABELS[view],
    ]);
    tab.addEventListener('click', () => onChoose(view));
    return tab;
  });
  root.replaceChildren(...tabs);
  root.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab?.focus();
    if (tab) onChoose(tab.dataset['view'] as ViewName);
  });

  return {
    show(view) {
      for (const tab of tabs) {
        const selected = tab.dataset['view'] === view;
        tab.setAttribute('aria-selected', String(selected));
        // one tab stop for the whole row; arrows move within it
        tab.tabIndex = selected ? 0 : -1;
      }
      for (const part of document.querySelectorAll<HTMLElement>('[data-views]')) {
        part.hidden = !(part.dataset['views'] ?? '').split(' ').includes(view);
      }
    },
  };
}
