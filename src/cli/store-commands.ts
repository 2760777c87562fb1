/**
 * @module The store commands: `entente ingest` codes inputs into the store; `events`, `dyad`,
 * `actors` and `stats` query it. The store is a DuckDB file (default ./entente.duckdb, or --db).
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { EXPORT_FORMATS, type ExportFormat, exportStore } from '../export/exporters.js';
import { inputBytes } from '../ingest/read-inputs.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import type { Period } from '../store/store.js';
import { codeInputs, dayOption } from './batch.js';
import { inputOptions, makeCoder } from './code-command.js';
import type { Io } from './io.js';
import { cell } from './output.js';
import { BatchReport } from './report.js';

export const DEFAULT_DB = 'entente.duckdb';

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(argv: readonly string[], options: Options, command: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { ...options, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message, `see \`entente ${command} --help\``);
  }
}

// ---- output as table, JSON Lines or CSV
export function render(objects: ReadonlyArray<object>, format: string): string {
  const rows = objects as ReadonlyArray<Record<string, unknown>>;
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  const cols = rows.length ? Object.keys(rows[0] as object) : [];
  const cellText = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v));
  if (format === 'csv') {
    const q = (v: unknown) => {
      const s = cellText(v);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    return [cols.join(','), ...rows.map((r) => cols.map((c) => q(r[c])).join(','))].join('\n') + '\n';
  }
  if (format !== 'table') throw new UsageError(`unknown --format ${JSON.stringify(format)}; use table, jsonl or csv`);
  if (!rows.length) return '(nothing)\n';
  const widths = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cellText(r[c]).length))));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => cell(v, widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(cols), ...rows.map((r) => line(cols.map((c) => cellText(r[c]))))].join('\n') + '\n';
}

export const INGEST_HELP = `Usage: entente ingest [options] <input…>

Codes articles (every input format of \`entente code\`) and stores them, with their entities,
quotations and events, in the store. Idempotent: an article already stored with the same content
adds nothing; a changed article with the same id replaces its records. Each batch is one
transaction, so an interrupted run leaves no partial article; run it again to finish.

Options:
  --db FILE          the store (default ./${DEFAULT_DB}; created when missing)
  --batch N          articles per transaction (default 500)
  --date YYYY-MM-DD  publication date for inputs that carry none
  --max-size MB      refuse input files larger than this (default 50)
  --any-language     store articles in any language (default: English only; others skipped and counted)
  --workers N        worker threads coding in parallel (default: the cores for inputs of a few MB or
                     more, as many as free memory holds at ~320 MB each)
  --dictionaries D   builtin (default), petrarch:DIR or builtin,petrarch:DIR (docs/petrarch-dictionaries.md)
  --wait SECONDS     when another process is writing to the store, wait up to this long (default: refuse at once)
  --quiet            no progress and no summary line of counts
  -h, --help         this help`;

export async function ingestCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      batch: { type: 'string' },
      date: { type: 'string' },
      'max-size': { type: 'string' },
      'any-language': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      wait: { type: 'string' },
      workers: { type: 'string', short: 'w' },
      dictionaries: { type: 'string' },
    },
    'ingest',
  );
  if (values.help) {
    io.stdout(`${INGEST_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input given', 'name files, folders, or - for standard input');
  const batchSize = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch must be a positive whole number, got ${JSON.stringify(values.batch)}`);
  dayOption('--date', values.date);
  const wait = values.wait === undefined ? 0 : Number(values.wait);
  if (!(wait >= 0)) throw new UsageError(`--wait must be a number of seconds, got ${JSON.stringify(values.wait)}`);
  const readOptions = inputOptions(values, io);
  const bytes = await inputBytes(positionals);
  const db = String(values.db ?? DEFAULT_DB);
  // a bad dictionary stops the command before the store is opened
  loadDictionaries(typeof values.dictionaries === 'string' ? values.dictionaries : undefined, values.quiet ? undefined : (m) => io.stderr(`entente: ${m}\n`));
  const store = await DuckDbStore.open(db, { waitSeconds: wait });
  const coder = makeCoder(values.workers, bytes, version, values.dictionaries);
  const report = new BatchReport(io.stderr, values.quiet ? 'quiet' : io.isTTY ? 'tty' : 'plain', bytes);
  const totals = { added: 0, replaced: 0, unchanged: 0, eventMentions: 0 };
  let batch: CodedArticle[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const r = await store.ingest(batch);
    for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += r[k];
    batch = [];
  };
  try {
    for await (const a of codeInputs(positionals, readOptions, coder, report, io, values.quiet === true)) {
      batch.push(a);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await coder.close();
    await store.close();
  }
  if (!values.quiet) io.stderr(report.summary());
  io.stderr(`entente: stored ${totals.added} new and ${totals.replaced} changed article(s), ${totals.unchanged} unchanged, ${totals.eventMentions} event mention(s) in ${db}\n`);
  return report.failures > 0 ? 1 : 0;
}

export const EVENTS_HELP = `Usage: entente events [options]

Lists the store's events, deduplicated: one per source, target, code and day (or date range),
with how many mentions, outlets and articles report it.

Options:
  --actor CODE     either side's actor code starts with CODE (BOL matches BOLGOV)
  --source CODE    the source's code starts with CODE
  --target CODE    the target's code starts with CODE
  --code CODE      the CAMEO code starts with CODE (05 matches 051 and 057)
  --since DAY      on or after DAY (YYYY-MM-DD)
  --until DAY      on or before DAY
  --limit N        at most N events (default 1000)
  --format F       table (default), jsonl or csv
  --db FILE        the store (default ./${DEFAULT_DB})`;

async function openExisting(db: unknown): Promise<DuckDbStore> {
  return DuckDbStore.open(String(db ?? DEFAULT_DB));
}

export async function eventsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    argv,
    {
      actor: { type: 'string' },
      source: { type: 'string' },
      target: { type: 'string' },
      code: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    },
    'events',
  );
  if (values.help) {
    io.stdout(`${EVENTS_HELP}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? 1000 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, got ${JSON.stringify(values.limit)}`);
  const filter = Object.fromEntries(
    Object.entries({
      actor: values.actor,
      source: values.source,
      target: values.target,
      code: values.code,
      since: dayOption('--since', values.since),
      until: dayOption('--until', values.until),
      limit,
    }).filter(([, v]) => v !== undefined),
  );
  const store = await openExisting(values.db);
  try {
    io.stdout(render(await store.events(filter), String(values.format ?? 'table')));
  } finally {
    await store.close();
  }
  return 0;
}

export const DYAD_HELP = `Usage: entente dyad A B [--by day|week|month|year] [options]

The relation between two actors over time (both directions; codes match by prefix, so USA covers
USAGOV and USAMIL): events per period by quad class (1 verbal and 2 material cooperation, 3 verbal
and 4 material conflict), the sum and mean of their Goldstein scores, and net cooperation
(quads 1+2 minus 3+4).

Options:
  --by PERIOD      day, week, month (default) or year
  --format F       table (default), jsonl or csv
  --db FILE        the store (default ./${DEFAULT_DB})`;

export async function dyadCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { by: { type: 'string' }, format: { type: 'string' } }, 'dyad');
  if (values.help) {
    io.stdout(`${DYAD_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('dyad needs two actor codes, e.g. `entente dyad USA BOL`');
  const by = String(values.by ?? 'month');
  if (!['day', 'week', 'month', 'year'].includes(by)) throw new UsageError(`--by must be day, week, month or year, got ${JSON.stringify(by)}`);
  const store = await openExisting(values.db);
  try {
    const [a, b] = positionals.map((p) => p.toUpperCase()) as [string, string];
    io.stdout(render(await store.dyad(a, b, by as Period), String(values.format ?? 'table')));
  } finally {
    await store.close();
  }
  return 0;
}

export async function actorsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(argv, { limit: { type: 'string' }, format: { type: 'string' } }, 'actors');
  if (values.help) {
    io.stdout(
      `Usage: entente actors [--limit N] [--format table|jsonl|csv] [--db FILE]\n\nThe most active actors in the store: event mentions as source or target, and articles.\n`,
    );
    return 0;
  }
  const store = await openExisting(values.db);
  try {
    io.stdout(render(await store.actors(values.limit === undefined ? 50 : Number(values.limit)), String(values.format ?? 'table')));
  } finally {
    await store.close();
  }
  return 0;
}

export async function statsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' } }, 'stats');
  if (values.help) {
    io.stdout(
      `Usage: entente stats [--format table|jsonl] [--db FILE]\n\nWhat the store holds: articles, event mentions, deduplicated events, quotations, entities, the days covered.\n`,
    );
    return 0;
  }
  const store = await openExisting(values.db);
  try {
    io.stdout(render([{ ...(await store.stats()) }], String(values.format ?? 'table')));
  } finally {
    await store.close();
  }
  return 0;
}

/** `entente quotes` without inputs: the store's quotations, by speaker or actor. */
export async function storedQuotesCommand(values: { speaker?: string; actor?: string; db?: string; format?: string; limit?: string }, io: Io): Promise<number> {
  const store = await openExisting(values.db);
  try {
    const filter = Object.fromEntries(
      Object.entries({ speaker: values.speaker, actor: values.actor, limit: values.limit ? Number(values.limit) : undefined }).filter(([, v]) => v !== undefined),
    );
    io.stdout(render(await store.quotes(filter), values.format ?? 'table'));
  } finally {
    await store.close();
  }
  return 0;
}

export const EXPORT_HELP = `Usage: entente export --format FORMAT --out PATH [options]

Writes the store in a format analysts load (every column: docs/formats.md):
  gdelt-events    the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header,
                  one row per deduplicated event with NumMentions, NumSources, NumArticles
  gdelt-mentions  the GDELT 2.0 mentions table: one row per mention, with character offsets
  gdelt           both: PATH.export.CSV and PATH.mentions.CSV
  plover    PLOVER JSON Lines: one record per event mention with its PLOVER type and mode, CAMEO code,
            actors, trigger text, place, sentence and URL
  csv       the deduplicated events (or, with --what mentions, every event mention) as CSV with a header
  parquet   the same as Parquet

Options:
  --what events|mentions   for csv and parquet (default events)
  --db FILE                the store (default ./${DEFAULT_DB})`;

export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(argv, { format: { type: 'string' }, out: { type: 'string' }, what: { type: 'string' } }, 'export');
  if (values.help) {
    io.stdout(`${EXPORT_HELP}\n`);
    return 0;
  }
  const format = String(values.format ?? '');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, 'see `entente export --help`');
  if (!values.out) throw new UsageError('--out PATH is required');
  const what = String(values.what ?? 'events');
  if (what !== 'events' && what !== 'mentions') throw new UsageError('--what must be events or mentions');
  const store = await openExisting(values.db);
  try {
    for (const f of await exportStore(store, format as ExportFormat, String(values.out), what)) io.stderr(`entente: wrote ${f.rows} row(s) to ${f.file}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
