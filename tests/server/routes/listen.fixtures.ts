import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

/** An app listening on a free local port: the base URL of its API, and how to stop it. */
export async function listenOnFreePort(app: Express): Promise<{ api: string; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
