// The dashboard's static files and SPA fallback next to the API, called in-process (app.request).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { pipeline } from '../../test/support.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { createApi } from './app.js';
import { dashboardBuilt, serveDashboard } from './dashboard.js';

let app: ReturnType<typeof createApi>;
const dir = mkdtempSync(path.join(tmpdir(), 'entente-web-'));

beforeAll(async () => {
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Entente</title>');
  writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(tmpdir(), 'entente-secret.txt'), 'secret');
  app = createApi({ store: await DuckDbStore.open(':memory:'), pipeline });
  serveDashboard(app, dir);
});

it('knows whether the dashboard is built', () => {
  expect(dashboardBuilt(dir)).toBe(true);
  expect(dashboardBuilt(path.join(dir, 'assets'))).toBe(false);
});

it.each([
  ['/', 200, 'text/html; charset=utf-8', '<!doctype html><title>Entente</title>'],
  ['/dyad/USA/BOL', 200, 'text/html; charset=utf-8', '<!doctype html><title>Entente</title>'],
  ['/assets/index-abc.js', 200, 'text/javascript; charset=utf-8', 'console.log(1)'],
  ['/assets/missing.js', 404, 'text/plain; charset=UTF-8', 'not found'],
  ['/..%2fentente-secret.txt', 404, 'text/plain; charset=UTF-8', 'not found'],
])('GET %s → %i %s', async (url, status, type, body) => {
  const r = await app.request(url);
  expect([r.status, r.headers.get('content-type'), await r.text()]).toEqual([status, type, body]);
});

it('caches hashed assets for good and pages never', async () => {
  expect((await app.request('/assets/index-abc.js')).headers.get('cache-control')).toMatch(/immutable/);
  expect((await app.request('/event/x')).headers.get('cache-control')).toBe('no-cache');
});

it('leaves /api to the API: JSON 404s, not the app', async () => {
  const r = await app.request('/api/nothing');
  expect([r.status, (await r.json()).error]).toEqual([404, 'not_found']);
  expect((await app.request('/api/stats')).status).toBe(200);
});
