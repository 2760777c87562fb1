/** @module `entente quotes`: the quotations of each article — speaker, actor, kind, cue and text. */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { loadBuiltinDictionaries } from '../dictionaries/load.js';
import { checkIsoDay } from '../ingest/date.js';
import { readInputs } from '../ingest/read-inputs.js';
import { createPreset } from '../presets/default-preset.js';
import type { Io } from './io.js';
import { storedQuotesCommand } from './store-commands.js';

export const QUOTES_HELP = `Usage: entente quotes [options] <input…>
       entente quotes [--speaker NAME] [--actor CODE] [--db FILE]     (the store's quotations)

Prints the quotations of each article: direct quotes, partial quotes, scare-quoted terms and
indirect speech, each with its speaker (as written, and the person or body it resolves to), the
speaker's actor code, the cue ("said", "told", "according to") and the quoted text. A quotation
nobody is named for has no speaker: Entente does not guess. Inputs as for \`entente code\`.

Without inputs, lists the quotations in the store (./entente.duckdb, or --db), filtered by speaker
name (--speaker, part of the name) or the actor code the speaker stands for (--actor, a prefix).

Options:
  --format FORMAT   table (default) or jsonl (one {id, quotes} per article); csv for the store
  --date YYYY-MM-DD publication date for inputs that carry none
  -h, --help        this help`;

const cell = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

export function quoteTable(a: CodedArticle): string {
  const rows = [`# ${a.origin?.file ?? a.id} (${a.date})`, `${cell('kind', 9)} ${cell('speaker', 26)} ${cell('actor', 10)} ${cell('cue', 12)} text`];
  for (const q of a.quotes) {
    const who = q.speaker ? (q.speaker.name === q.speaker.text ? q.speaker.name : `${q.speaker.name} (“${q.speaker.text}”)`) : '-';
    rows.push(`${cell(q.kind, 9)} ${cell(who, 26)} ${cell(q.speaker?.actor ?? '-', 10)} ${cell(q.cue?.text ?? '-', 12)} ${q.text.replace(/\s+/g, ' ')}`);
  }
  return rows.join('\n');
}

export async function quotesCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  let values: { format?: string; date?: string; help?: boolean; speaker?: string; actor?: string; db?: string; limit?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        speaker: { type: 'string' },
        actor: { type: 'string' },
        db: { type: 'string' },
        limit: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente quotes --help`');
  }
  if (values.help) {
    io.stdout(`${QUOTES_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) return storedQuotesCommand(values, io);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl') throw new UsageError(`unknown --format ${JSON.stringify(format)}; use table or jsonl`);
  if (values.date !== undefined && checkIsoDay(values.date)) throw new UsageError(`--date: ${checkIsoDay(values.date)}`);
  if (positionals.length === 0) throw new UsageError('no input given', 'name files, folders, or - for standard input');
  const pipeline = createPreset('default', { dictionaries: loadBuiltinDictionaries(), version });
  let failed = 0;
  for await (const r of readInputs(positionals, { date: values.date ?? null, stdin: io.stdin })) {
    if (!r.ok) {
      failed++;
      io.stderr(`entente: skipped ${r.error.describe()}\n`);
      continue;
    }
    const a = pipeline.code(r.article);
    io.stdout(format === 'jsonl' ? `${JSON.stringify({ id: a.id, quotes: a.quotes })}\n` : `${quoteTable(a)}\n\n`);
  }
  return failed > 0 ? 1 : 0;
}
