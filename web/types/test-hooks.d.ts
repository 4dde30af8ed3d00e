import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Test hook: the explorer's Cytoscape instance, read by tests/web/explorer.browser.test.ts. */
    __cy?: Core;
  }
}
