import type { Express } from 'express';

/** One route an Express app answers: its method and its full path as Express writes it. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

interface Layer {
  rawPath?: string | string[];
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the app registers, mounted routers included, e.g. `{ method: 'get', path: '/api/entities/:id' }`. */
export function listExpressRoutes(app: Express): RegisteredRoute[] {
  return routesOf((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

function routesOf(stack: Layer[], prefix: string): RegisteredRoute[] {
  return stack.flatMap((layer): RegisteredRoute[] => {
    if (layer.route) {
      const path = prefix + layer.route.path;
      return Object.keys(layer.route.methods).map((method) => ({ method, path }));
    }
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return layer.handle?.stack ? routesOf(layer.handle.stack, prefix + mount) : [];
  });
}
