type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Returns a new element with attributes and children; text goes in as text, never as HTML.
 * @example h('li', { class: 'chip', title: alias }, [alias])
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Returns the element matching the selector, or throws naming the selector that matched nothing. */
export function findRequired<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T & Element>(selector);
  if (!element) throw new Error(`The page has no element matching "${selector}"; check web/index.html.`);
  return element;
}

/** Formats an ISO date like `2024-03-05` as `5 Mar 2024`; other text is returned as it is. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
