/**
 * @module `entente serve`: the HTTP API on the store, on 127.0.0.1 unless told otherwise.
 */

import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApi } from '../api/app.js';
import { UsageError } from '../core/errors.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { createPreset } from '../presets/default-preset.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import type { Io } from './io.js';
import { DEFAULT_DB } from './store-commands.js';

export const SERVE_HELP = `Usage: entente serve [--db FILE] [--port N] [--host ADDRESS]

Serves the HTTP API on the store (./${DEFAULT_DB} by default): /api/code, /api/articles, /api/events,
/api/dyad/A/B, /api/actors, /api/quotes, /api/graph, /api/stats; the OpenAPI document at
/api/openapi.json. Binds to 127.0.0.1 unless --host says otherwise.

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
  await new Promise<void>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      io.stdout(
        `entente: serving http://${host}:${info.port}/api (OpenAPI: /api/openapi.json) on ${values.db ?? DEFAULT_DB}${process.env.ENTENTE_TOKEN ? '' : '; writes are off (set ENTENTE_TOKEN)'}\n`,
      );
    });
    const stop = () => {
      server.close(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
