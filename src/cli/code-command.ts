/**
 * @module `entente code`: reads articles from files, folders, JSON Lines or standard input, codes
 * each one, and writes them out in input order. A bad input is reported on stderr and skipped;
 * the batch goes on. Exit 0 when every input was coded, 1 when some failed.
 */
import { rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { DEFAULT_MAX_BYTES, inputBytes, type ReadOptions, SUPPORTED_EXTENSIONS } from '../ingest/read-inputs.js';
import { createPreset } from '../presets/default-preset.js';
import type { QuoteUnit } from '../quotes/units.js';
import { codeInputs, dayOption, quoteUnitOption } from './batch.js';
import { type ArticleCoder, inThread, jsonOf, workerCount, workerPool } from './coder.js';
import type { Io } from './io.js';
import { FORMATS, type OutputFormat, pretty, TABLE_HEADER, tableRows } from './output.js';
import { BatchReport } from './report.js';

export const CODE_HELP = `Usage: entente code [options] <input…>

Codes dated news articles into events, entities and actor mentions (the CodedArticle contract,
docs/coded-article.schema.json).

Inputs (any number, in order):
  FILE.txt          dated text: opens with "date YYYY-MM-DD", the text on the same line or the next;
                    plain text without that line needs --date
  FILE.jsonl        JSON Lines, one {"id", "date", "text", "url"?, "title"?} per line (ids are kept)
  FILE.json         one such object, or an array of them
  FILE.html         a web page: its main text (Readability), title, date and URL from its meta tags
  FILE.xml/.rss/.atom  an RSS or Atom feed: one article per item
  FILE.….gz         any of these, gzip-compressed
  FOLDER            every ${SUPPORTED_EXTENSIONS.join(' ')} file inside, recursively (hidden files skipped)
  -                 standard input (JSON Lines if it starts with "{", dated text otherwise)

Options:
  --format FORMAT   jsonl (default; one CodedArticle per line), json (an array), pretty (readable
                    summary per article) or table (one row per event)
  --out FILE        write to FILE (written whole, then moved into place) instead of standard output
  --date YYYY-MM-DD publication date for inputs that carry none
  --max-size MB     refuse input files larger than this (default 50)
  --dictionaries D  builtin (default), petrarch:DIR (the PETRARCH/TABARI files in DIR), or
                    builtin,petrarch:DIR (both); see docs/petrarch-dictionaries.md
  --any-language    code articles in any language (default: English only; others are skipped
                    and counted with the language detected)
  --quote-unit U    quotation (default): one record per quoted passage — in “A,” she said. “B.”
                    A and B apart, B marked "continues"; attribution: one record per act of
                    attribution (speaker and cue), A to B with the passages in "parts", as
                    attribution corpora (PolNeAR) count them
  --workers N       worker threads coding in parallel (default: the machine's cores for inputs of
                    a few MB or more, as many as free memory holds at ~320 MB each, else 1);
                    output keeps input order
  --quiet           no progress and no summary (failures are still listed)
  -h, --help        this help

Progress goes to stderr: a live line on a terminal, a line every 10 s otherwise; then a summary
(read, coded, skipped and failed by reason, events, mentions, seconds).

Exit status: 0 every input was coded (skipped languages are not failures); 1 some inputs failed (each is listed on stderr with its file,
line and reason, and the others are still coded); 2 the command line is wrong.

Examples:
  entente code examples/article-2025-11-11-bolivia.txt --format pretty
  entente code --date 2025-11-11 notes.txt
  cat articles.jsonl | entente code - > coded.jsonl`;

export async function codeCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente code --help`');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${CODE_HELP}\n`);
    return 0;
  }
  const format = (values.format ?? 'jsonl') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${JSON.stringify(values.format)}; use one of ${FORMATS.join(', ')}`);
  dayOption('--date', values.date);
  if (positionals.length === 0) throw new UsageError('no input given', 'name files, folders, or - for standard input; see `entente code --help`');

  const quoteUnit = quoteUnitOption(values['quote-unit'], 'code');
  const readOptions = inputOptions(values, io);
  const bytes = await inputBytes(positionals);
  const coder = makeCoder(values.workers, bytes, version, values.dictionaries, values.quiet ? undefined : (m) => io.stderr(`entente: ${m}\n`), quoteUnit, format === 'jsonl');
  const report = new BatchReport(io.stderr, values.quiet ? 'quiet' : io.isTTY ? 'tty' : 'plain', bytes);
  const out: string[] = [];
  const emit = (s: string): void => {
    if (values.out) out.push(s);
    else io.stdout(s);
  };
  const skipped: string[] = [];
  const all: CodedArticle[] = [];
  if (format === 'table') emit(`${TABLE_HEADER}\n`);
  try {
    for await (const a of codeInputs(positionals, { ...readOptions, onSkip: (f) => skipped.push(f) }, coder, report, io, values.quiet === true)) {
      if (format === 'jsonl') emit(`${jsonOf(a)}\n`);
      else if (format === 'json') all.push(a);
      else if (format === 'pretty') emit(`${pretty(a)}\n\n`);
      else for (const row of tableRows(a)) emit(`${row}\n`);
    }
  } finally {
    await coder.close();
  }
  if (format === 'json') emit(`${JSON.stringify(all, null, 2)}\n`);
  if (values.out) {
    const tmp = `${values.out}.tmp-${process.pid}`;
    await writeFile(tmp, out.join(''));
    await rename(tmp, values.out);
  }
  if (skipped.length > 0 && !values.quiet)
    io.stderr(`entente: passed over ${skipped.length} file(s) with unsupported extensions in folders (reads ${SUPPORTED_EXTENSIONS.join(' ')})\n`);
  if (!values.quiet) io.stderr(report.summary());
  const failed = report.failures;
  return failed > 0 ? 1 : 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      date: { type: 'string' },
      'max-size': { type: 'string' },
      'any-language': { type: 'boolean' },
      dictionaries: { type: 'string' },
      workers: { type: 'string', short: 'w' },
      'quote-unit': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The coder for a batch: this thread, or a pool of worker threads (--workers, or by input size). */
export function makeCoder(
  flag: string | boolean | undefined,
  bytes: number,
  version: string,
  dictionaries?: string | boolean,
  warn?: (message: string) => void,
  quoteUnit: QuoteUnit = 'quotation',
  json = false,
): ArticleCoder {
  const spec = typeof dictionaries === 'string' ? dictionaries : undefined;
  // loaded here first, so a bad dictionary stops the command before any input is read
  const loaded = loadDictionaries(spec, warn);
  let n: number;
  try {
    n = workerCount(flag, bytes);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return n > 1 ? workerPool(n, version, spec, quoteUnit) : inThread(createPreset('default', { dictionaries: loaded, version, quoteUnit }), { json });
}

/** Reader options from the shared flags (--date, --max-size, --any-language). */
export function inputOptions(
  values: { date?: string | boolean | undefined; 'max-size'?: string | boolean | undefined; 'any-language'?: string | boolean | undefined },
  io: Io,
): ReadOptions {
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-size'] !== undefined) {
    const mb = Number(values['max-size']);
    if (!(mb > 0)) throw new UsageError(`--max-size must be a number of megabytes, got ${JSON.stringify(values['max-size'])}`);
    maxBytes = Math.round(mb * 1048576);
  }
  return { date: typeof values.date === 'string' ? values.date : null, stdin: io.stdin, maxBytes, languages: values['any-language'] ? null : ['eng'] };
}
