import type { Health } from '../../contract/health.ts';

/** Returns the one-line summary of the store behind the API: backend and counts. */
export function formatHealth(health: Health): string {
  const { counts } = health;
  const entities = Object.values(counts.entities).reduce((sum, count) => sum + count, 0);
  const parts = [
    `${counts.documents} documents`,
    `${entities} entities`,
    `${counts.quotes} quotes`,
    `${counts.relations} relations`,
  ];
  return `${parts.join(' · ')} — ${health.backend}`;
}

/** Shows the health summary in `root`, or that the API cannot be reached. */
export function showStatus(root: HTMLElement, status: { health: Health } | { error: string }): void {
  if ('health' in status) {
    root.textContent = formatHealth(status.health);
    root.dataset['tone'] = 'ok';
    root.title = Object.entries(status.health.counts.entities)
      .map(([type, count]) => `${type}: ${count}`)
      .join('\n');
  } else {
    root.textContent = `API unavailable: ${status.error}`;
    root.dataset['tone'] = 'error';
    root.title = '';
  }
}
