import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Test hooks: the explorer's Cytoscape instances, read by tests/web/explorer.browser.test.ts. */
    __cy?: Core;
    __cySaidAbout?: Core;
    __cyAgencies?: Core;
  }
}
