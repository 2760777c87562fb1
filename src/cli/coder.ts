/**
 * @module Who codes the articles of a batch: the pipeline in this thread, or a pool of worker
 * threads (piscina) with one pipeline each. Either way articles come back in input order.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { deepFreeze, type Pipeline } from '../core/pipeline.js';
import { CodedArticleSchema } from '../core/schema.js';
import type { Article, CodedArticle } from '../core/types.js';
import type { QuoteUnit } from '../quotes/units.js';

export interface ArticleCoder {
  /** Codes one article; the promise settles in any order, the batch keeps input order. */
  code(article: Article): Promise<CodedArticle>;
  /** How many articles may be in flight at once (backpressure for the reader). */
  readonly concurrency: number;
  close(): Promise<void>;
}

/** `json`: write each coded article's JSON as it is coded (JSON Lines output), so that an article too large to write fails alone. */
export function inThread(pipeline: Pipeline, options: { json?: boolean } = {}): ArticleCoder {
  const code = options.json
    ? async (a: Article) => {
        const coded = pipeline.code(a);
        written.set(coded, articleJson(coded));
        return coded;
      }
    : async (a: Article) => pipeline.code(a);
  return { code, concurrency: 1, close: async () => undefined };
}

/** A coded article's JSON; an error naming what made it too large when it is longer than a string can be. */
export function articleJson(coded: CodedArticle): string {
  try {
    return JSON.stringify(coded);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new Error(
      `the coded article is too large to write as JSON (${coded.text.length} characters: ${coded.quotes.length} quotations, ${coded.entities.length} entities, ${coded.events.length} events); split the article`,
    );
  }
}

/** Old-generation heap of a worker thread, MB: its dictionaries (~100 MB) and the article in hand, with room for a 10 MB article. */
const WORKER_HEAP_MB = 512;

/** The JSON a worker wrote of a coded article, kept so that JSON Lines output need not write it again. */
const written = new WeakMap<CodedArticle, string>();
/** Counts the worker took of a coded article, so the batch report need not parse its JSON. */
const counted = new WeakMap<CodedArticle, ArticleCounts>();

/** What the batch report counts of a coded article. */
export interface ArticleCounts {
  readonly events: number;
  readonly mentions: number;
  readonly chars: number;
}

/** A coded article as one line of JSON: the worker's text when it came from the pool. */
export function jsonOf(a: CodedArticle): string {
  return written.get(a) ?? JSON.stringify(a);
}

/** Events, mentions and characters of a coded article (without parsing the JSON of one from the pool). */
export function countsOf(a: CodedArticle): ArticleCounts {
  return counted.get(a) ?? { events: a.events.length, mentions: a.mentions.length, chars: a.text.length };
}

/** What a worker sends back for an article: its JSON text and its counts. */
export interface WorkerResult extends ArticleCounts {
  readonly json: string;
}

/** The fields of a coded article (the contract's), each a lazy getter of a pool article. */
const FIELDS = Object.keys(CodedArticleSchema.shape) as Array<keyof CodedArticle>;

/**
 * A coded article from the pool, parsed from its JSON only when a field is first read: JSON Lines
 * output writes the worker's text and the report takes the worker's counts, so this thread (which
 * feeds both workers and shares their two cores) never parses it; the store and the other formats read
 * it as an ordinary frozen object (enumerable getters, so spreading, JSON and structured clones see the
 * fields; the parsed value is deeply frozen, as an article coded on this thread is).
 */
export function lazyCoded(result: WorkerResult): CodedArticle {
  let value: CodedArticle | undefined;
  const parsed = (): CodedArticle => {
    value ??= deepFreeze(JSON.parse(result.json) as CodedArticle);
    return value;
  };
  const coded = {} as CodedArticle;
  for (const key of FIELDS) Object.defineProperty(coded, key, { enumerable: true, get: () => parsed()[key] });
  Object.freeze(coded);
  written.set(coded, result.json);
  counted.set(coded, { events: result.events, mentions: result.mentions, chars: result.chars });
  return coded;
}

/** `dictionaries`: the --dictionaries value, which each worker loads itself (undefined: the built-in ones); `quoteUnit`: --quote-unit. */
export function workerPool(workers: number, version: string, dictionaries?: string, quoteUnit: QuoteUnit = 'quotation'): ArticleCoder {
  const pool = new Piscina({
    filename: new URL('./code-worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    // a worker's heap holds its dictionaries and one article at a time: a bounded old generation makes V8
    // collect as it goes instead of growing towards the machine's memory (peak RSS of a long stream)
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    // the worker sends its article as JSON text (one string to copy, not an object graph to clone)
    // with its counts; this thread parses it only if something reads its fields
    code: async (article) => lazyCoded((await pool.run({ article, version, dictionaries, quoteUnit })) as WorkerResult),
    concurrency: workers * 4,
    close: () => pool.destroy(),
  };
}

/** The number of worker threads: --workers N, else the machine's cores for large inputs and 1 for small ones. */
export function workerCount(flag: string | boolean | undefined, inputBytes: number): number {
  if (flag !== undefined) {
    const n = Number(flag);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--workers must be a positive whole number, got ${JSON.stringify(flag)}`);
    return n;
  }
  // starting workers costs each a copy of the dictionaries: worth it from a few megabytes of text on
  return inputBytes > 2_000_000 ? defaultWorkers(os.availableParallelism(), os.freemem()) : 1;
}

/** Memory one worker thread takes (its copy of the dictionaries and a pipeline), measured by `npm run bench`: (e) − (d). */
export const WORKER_BYTES = 320 * 1048576;
/** Memory kept for the main thread (reading, the store, the output). */
const MAIN_BYTES = 512 * 1048576;

/** Workers by default: one per core, but no more than the free memory holds. */
export function defaultWorkers(cores: number, freeBytes: number): number {
  return Math.max(1, Math.min(cores, Math.floor((freeBytes - MAIN_BYTES) / WORKER_BYTES)));
}
