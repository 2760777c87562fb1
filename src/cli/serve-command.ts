/**
 * @module `entente serve`: the HTTP API and the dashboard on the store, on 127.0.0.1 unless told
 * otherwise.
 */

import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApi } from '../api/app.js';
import { DASHBOARD_DIR, dashboardBuilt, serveDashboard } from '../api/dashboard.js';
import { EntenteError, UsageError } from '../core/errors.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { createPreset } from '../presets/default-preset.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import type { Io } from './io.js';
import { DEFAULT_DB } from './store-commands.js';

export const SERVE_HELP = `Usage: entente serve [--db FILE] [--port N] [--host ADDRESS]

Serves the web dashboard at / and the HTTP API under /api on the store (./${DEFAULT_DB} by default):
/api/code, /api/articles, /api/events, /api/events/ID, /api/dyad/A/B, /api/actors, /api/quotes,
/api/graph, /api/stats; the OpenAPI document at /api/openapi.json. Binds to 127.0.0.1 unless --host
says otherwise. Prints the dashboard's URL once it listens; stops on Ctrl-C (SIGINT) or SIGTERM.
The dashboard is built by \`npm run build\` (into dist/web); without it only the API is served.

Environment:
  ENTENTE_TOKEN        bearer token for writes (POST /api/articles); without it writes are refused
  ENTENTE_READ_TOKEN   bearer token for reads too; without it reads are open

Options:
  --db FILE      the store
  --port N       the port (default 8080)
  --host ADDR    the address to bind (default 127.0.0.1)
  --dictionaries D  builtin (default), petrarch:DIR or builtin,petrarch:DIR: what POST /api/articles
                 codes with (docs/petrarch-dictionaries.md)`;

export async function serveCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  let values: { db?: string; port?: string; host?: string; dictionaries?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, dictionaries: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente serve --help`');
  }
  if (values.help) {
    io.stdout(`${SERVE_HELP}\n`);
    return 0;
  }
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  const host = values.host ?? '127.0.0.1';
  const dictionaries = loadDictionaries(values.dictionaries, (m) => io.stderr(`entente: ${m}\n`));
  const store = await DuckDbStore.open(values.db ?? DEFAULT_DB);
  const pipeline = createPreset('default', { dictionaries, version });
  const app = createApi({ store, pipeline, token: process.env.ENTENTE_TOKEN ?? null, readToken: process.env.ENTENTE_READ_TOKEN ?? null });
  const withDashboard = dashboardBuilt();
  if (withDashboard) serveDashboard(app);
  try {
    await new Promise<void>((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const base = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
        const notes = [
          `entente: serving ${base}/api (OpenAPI: /api/openapi.json) on ${values.db ?? DEFAULT_DB}`,
          withDashboard ? `entente: dashboard at ${base}/` : `entente: no dashboard (${DASHBOARD_DIR} is not built: run \`npm run build\`)`,
          ...(process.env.ENTENTE_TOKEN ? [] : ['entente: writes are off (set ENTENTE_TOKEN to allow them)']),
          'entente: Ctrl-C stops the server',
        ];
        io.stdout(`${notes.join('\n')}\n`);
      });
      server.once('error', (e: NodeJS.ErrnoException) => {
        reject(
          e.code === 'EADDRINUSE'
            ? new EntenteError(`${host}:${port} is already in use`, 'stop what listens there or choose another port with --port')
            : new EntenteError(`cannot listen on ${host}:${port}: ${e.message}`, 'check --host and --port'),
        );
      });
      const stop = () => {
        server.close(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  } finally {
    await store.close();
  }
  return 0;
}
