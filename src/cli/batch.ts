/**
 * @module What every command that codes inputs shares: reading them, coding each article,
 * reporting failures and skips (and counting them), so that one bad article never stops a batch;
 * and the frame of the commands that print something per article (entities, quotes, explain).
 */
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../core/errors.js';
import type { Article, CodedArticle } from '../core/types.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { checkIsoDay } from '../ingest/date.js';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import { createPreset } from '../presets/default-preset.js';
import { type QuoteUnit, quoteUnitOf } from '../quotes/units.js';
import { type ArticleCoder, countsOf, inThread } from './coder.js';
import type { Io } from './io.js';
import { BatchReport } from './report.js';

/**
 * Reads and codes the inputs, yielding each coded article in input order; a failure or skip is listed
 * on stderr and counted. Up to `coder.concurrency` articles are in flight (backpressure on the reader).
 */
export async function* codeInputs(inputs: readonly string[], options: ReadOptions, coder: ArticleCoder, report: BatchReport, io: Io, quiet = false): AsyncGenerator<CodedArticle> {
  type Outcome = { ok: true; coded: CodedArticle } | { ok: false; error: unknown };
  const queue: Array<{ article: Article; outcome: Promise<Outcome> }> = [];
  const next = async (): Promise<CodedArticle | null> => {
    const head = queue.shift() as { article: Article; outcome: Promise<Outcome> };
    const o = await head.outcome;
    if (o.ok) {
      report.noteCoded(countsOf(o.coded));
      return o.coded;
    }
    // a bug in a stage must not stop the batch: report it with the article and go on
    const a = head.article;
    const err = new InputError(
      `internal error: ${(o.error as Error).message}`,
      { file: a.origin?.file ?? a.id, line: a.origin?.line ?? null },
      'please report it with this article',
    );
    report.noteFailed(err);
    io.stderr(`entente: failed ${err.describe()}\n`);
    return null;
  };
  for await (const r of readInputs(inputs, options)) {
    if (!r.ok) {
      report.noteFailed(r.error, r.skipped);
      if (!r.skipped || !quiet) io.stderr(`entente: ${r.skipped ? 'skipped' : 'failed'} ${r.error.describe()}\n`);
      continue;
    }
    const article = r.article;
    queue.push({
      article,
      outcome: coder.code(article).then(
        (coded): Outcome => ({ ok: true, coded }),
        (error: unknown): Outcome => ({ ok: false, error }),
      ),
    });
    while (queue.length >= coder.concurrency) {
      const a = await next();
      if (a) yield a;
    }
  }
  while (queue.length) {
    const a = await next();
    if (a) yield a;
  }
}

export interface ArticleCommandSpec {
  readonly name: string;
  readonly help: string;
  readonly formats: readonly string[];
  readonly extraOptions?: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;
  /** Checks the extra options; throws UsageError when they are wrong. */
  readonly check?: (values: Record<string, string | boolean | undefined>) => void;
  /** Without inputs (e.g. `entente quotes` on the store); without it, inputs are required. */
  readonly withoutInputs?: (values: Record<string, string | boolean | undefined>, io: Io) => Promise<number>;
  readonly render: (a: CodedArticle, format: string, values: Record<string, string | boolean | undefined>) => string;
}

/** The --quote-unit option's unit (the default when not given); a usage error naming the choices otherwise. */
export function quoteUnitOption(v: unknown, command: string): QuoteUnit {
  try {
    return quoteUnitOf(v);
  } catch (e) {
    throw new UsageError((e as Error).message, `see \`entente ${command} --help\``);
  }
}

/** A YYYY-MM-DD option's value, or undefined when not given; a usage error naming the flag otherwise. */
export function dayOption(flag: string, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const bad = checkIsoDay(String(v));
  if (bad) throw new UsageError(`${flag}: ${bad}`);
  return String(v);
}

/** `entente entities|quotes|explain …`: parse, code every input, print what the command shows of each. */
export async function articleCommand(argv: readonly string[], io: Io, version: string, spec: ArticleCommandSpec): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const r = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        date: { type: 'string' },
        dictionaries: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...spec.extraOptions,
      },
    });
    values = r.values as Record<string, string | boolean | undefined>;
    positionals = r.positionals;
  } catch (e) {
    throw new UsageError((e as Error).message, `see \`entente ${spec.name} --help\``);
  }
  if (values.help) {
    io.stdout(`${spec.help}\n`);
    return 0;
  }
  if (positionals.length === 0 && spec.withoutInputs) return spec.withoutInputs(values, io);
  const format = String(values.format ?? spec.formats[0]);
  if (!spec.formats.includes(format)) throw new UsageError(`unknown --format ${JSON.stringify(format)}; use ${spec.formats.join(' or ')}`);
  const date = dayOption('--date', values.date) ?? null;
  spec.check?.(values);
  const quoteUnit = quoteUnitOption(values['quote-unit'], spec.name);
  if (positionals.length === 0) throw new UsageError('no input given', 'name files, folders, or - for standard input');
  const pipeline = createPreset('default', {
    dictionaries: loadDictionaries(typeof values.dictionaries === 'string' ? values.dictionaries : undefined, (m) => io.stderr(`entente: ${m}\n`)),
    version,
    quoteUnit,
  });
  const report = new BatchReport(io.stderr, 'quiet', 0);
  for await (const a of codeInputs(positionals, { date, stdin: io.stdin, languages: null }, inThread(pipeline), report, io)) io.stdout(spec.render(a, format, values));
  return report.failures > 0 ? 1 : 0;
}
