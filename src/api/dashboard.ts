/**
 * @module Serves the built dashboard (web/, built by Vite into dist/web) next to the API: its
 * static files, and index.html for every other GET outside /api so that the single-page app's own
 * paths (/dyad/USA/BOL, /event/…) survive a reload. The API keeps /api.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** Where `npm run build` puts the dashboard: dist/web, next to dist/api. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../web', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** True when the dashboard has been built into `dir`. */
export function dashboardBuilt(dir = DASHBOARD_DIR): boolean {
  return existsSync(path.join(dir, 'index.html'));
}

/** Adds the dashboard's routes to `app`; call after the API routes. */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env and schema types
export function serveDashboard(app: Hono<any, any, any>, dir = DASHBOARD_DIR): void {
  const root = path.resolve(dir);
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return c.text('bad path', 400);
    }
    const file = path.resolve(root, `.${rel}`);
    if (file !== root && !file.startsWith(root + path.sep)) return c.text('not found', 404);
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) {
      const body = await readFile(file);
      // Vite puts content hashes in the names under assets/: they never change
      const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(body, 200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    }
    // a missing file with an extension is a real 404; anything else is one of the app's pages
    if (path.extname(rel)) return c.text('not found', 404);
    return c.body(await readFile(path.join(root, 'index.html')), 200, { 'content-type': TYPES['.html'] as string, 'cache-control': 'no-cache' });
  });
}
