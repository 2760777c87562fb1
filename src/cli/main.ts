#!/usr/bin/env node
/**
 * @module The `entente` command: dispatches to one subcommand per file and turns typed errors
 * into exit codes in one place (usage 2, anything else 1).
 */
import { readFileSync } from 'node:fs';
import { DictionaryError, EntenteError, InputError, UsageError } from '../core/errors.js';
import { codeCommand } from './code-command.js';
import { dictionariesCommand } from './dictionaries-command.js';
import { entitiesCommand } from './entities-command.js';
import { explainCommand } from './explain-command.js';
import type { Io } from './io.js';
import { quotesCommand } from './quotes-command.js';
import { serveCommand } from './serve-command.js';
import { actorsCommand, dyadCommand, eventsCommand, exportCommand, ingestCommand, statsCommand } from './store-commands.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const HELP = `entente ${VERSION} — political event data from dated news articles

Usage: entente <command> [options]

Commands:
  code <input…>     code articles into events, entities and actor mentions (JSON Lines by default)
  entities <input…> the entity table of each article: mentions, names, actor codes, coreference
  quotes <input…>   the quotations of each article: speaker, actor, kind, cue, text
  explain <input…>  sentence by sentence: actors, patterns matched, why each event was or was not coded
  ingest <input…>   code articles into the store (./entente.duckdb, or --db FILE)
  events            the store's deduplicated events, filtered by actor, code and date
  dyad A B          the relation between two actors over time, by quad class and Goldstein
  actors            the most active actors in the store
  stats             what the store holds
  quotes            without inputs: the store's quotations, by --speaker or --actor
  export            the store as GDELT 2.0 tables, PLOVER JSON Lines, CSV or Parquet
  serve             the dashboard and the HTTP API on the store (OpenAPI at /api/openapi.json)
  dictionaries check DIR  check PETRARCH/TABARI dictionaries (and say what they hold)

Options:
  -h, --help        help (also: entente <command> --help)
  -v, --version     the version

Learn more in README.md and docs/.`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') {
      io.stdout(`${HELP}\n`);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (cmd === 'code') return await codeCommand(rest, io, VERSION);
    if (cmd === 'entities') return await entitiesCommand(rest, io, VERSION);
    if (cmd === 'quotes') return await quotesCommand(rest, io, VERSION);
    if (cmd === 'explain') return await explainCommand(rest, io, VERSION);
    if (cmd === 'ingest') return await ingestCommand(rest, io, VERSION);
    if (cmd === 'events') return await eventsCommand(rest, io);
    if (cmd === 'dyad') return await dyadCommand(rest, io);
    if (cmd === 'actors') return await actorsCommand(rest, io);
    if (cmd === 'stats') return await statsCommand(rest, io);
    if (cmd === 'export') return await exportCommand(rest, io);
    if (cmd === 'serve') return await serveCommand(rest, io, VERSION);
    if (cmd === 'dictionaries') return await dictionariesCommand(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(cmd)}`, 'see `entente --help`');
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`entente: ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof DictionaryError) {
      io.stderr(`entente: ${e.describe()}\n`);
      return 1;
    }
    if (e instanceof EntenteError) {
      io.stderr(`entente: ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
      return 1;
    }
    throw e;
  }
}

const io: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: () => process.stdin,
  isTTY: process.stderr.isTTY === true,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`entente: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
