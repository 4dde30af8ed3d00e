import type { Position } from 'cytoscape';
import { h } from '../dom.ts';

/** One entry of the node menu: an action, or a line that says why an action is not offered. */
export type NodeMenuItem = { label: string; run(): void } | { label: string; note: true };

/** The menu a right-click on a node opens: keyboard reachable, closed by Escape, a pick, or a click elsewhere. */
export interface NodeMenu {
  open(title: string, at: Position, items: readonly NodeMenuItem[]): void;
  close(): void;
}

/** Returns a node menu placed inside `root` (the positioned graph area). */
export function createNodeMenu(root: HTMLElement): NodeMenu {
  const menu = h('div', { class: 'node-menu', role: 'menu', hidden: true });
  root.append(menu);
  let returnFocus: Element | null = null;
  const close = (): void => {
    if (menu.hidden) return;
    menu.hidden = true;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  const buttons = (): HTMLButtonElement[] => [...menu.querySelectorAll('button')];

  menu.addEventListener('keydown', (event) => {
    const list = buttons();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      list[(index + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length]?.focus();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.contains(event.target as Node)) close();
  });

  return {
    open(title, at, items) {
      returnFocus = document.activeElement;
      menu.replaceChildren(
        h('p', { class: 'node-menu-title' }, [title]),
        ...items.map((item) => {
          if (!('run' in item)) return h('p', { class: 'node-menu-note', role: 'note' }, [item.label]);
          const button = h('button', { type: 'button', role: 'menuitem', class: 'node-menu-item' }, [item.label]);
          button.addEventListener('click', () => {
            close();
            item.run();
          });
          return button;
        }),
      );
      menu.hidden = false;
      // keep the menu inside the graph area
      const left = Math.min(at.x + 8, root.clientWidth - menu.offsetWidth - 8);
      const top = Math.min(at.y + 8, root.clientHeight - menu.offsetHeight - 8);
      menu.style.left = `${Math.max(8, left)}px`;
      menu.style.top = `${Math.max(8, top)}px`;
      buttons()[0]?.focus();
    },
    close,
  };
}
