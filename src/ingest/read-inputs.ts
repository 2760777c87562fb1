/**
 * @module Reading inputs — files, folders (recursively), and standard input as `-` — into
 * Articles. Every input yields either an article or an InputError; nothing stops the batch.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { francAll } from 'franc-min';
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { parseDatedText } from './dated-text.js';
import { isFeed, parseFeed } from './feed.js';
import { parseHtml } from './html.js';
import { articleFromValue, parseJsonLine, parseJsonLines } from './jsonl.js';

/** One input's outcome: an article, a failure, or an article passed over on purpose (skipped: its language). */
export type InputResult = { ok: true; article: Article } | { ok: false; error: InputError; skipped?: boolean };

export interface ReadOptions {
  /** Publication date for plain text and JSON lines that carry none. */
  date?: string | null;
  /** Standard input (for `-`) as a stream of chunks; injectable for tests. */
  stdin?: () => AsyncIterable<Buffer | string>;
  /** Called for files a folder walk passes over (unsupported extension), so the caller can report them. */
  onSkip?: (file: string, reason: string) => void;
  /** Largest file read, in bytes (default 50 MB): a bigger one is refused, not read into memory. */
  maxBytes?: number;
  /** Languages kept (ISO 639-3, e.g. ['eng']); others are skipped with the detected language. null keeps all. */
  languages?: readonly string[] | null;
}

type Format = 'text' | 'jsonl' | 'json' | 'html' | 'feed';
const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};
export const SUPPORTED_EXTENSIONS = Object.freeze([...Object.keys(FORMATS), '.gz']);
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The format of a file by its extension; "x.jsonl.gz" is JSON Lines, compressed. */
function formatOf(file: string): Format | null {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return FORMATS[path.extname(name)] ?? null;
}

/**
 * The language of a text (ISO 639-3) by franc on its first 2,000 characters, or 'und' when unsure:
 * a text under 250 characters (a headline, a name-heavy sentence) or one where English scores close
 * to the best is never skipped for its language.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  if (sample.length < 250) return 'und';
  // plainly English (about a fifth of running English is these words; other languages, Scots too,
  // come well below): no need for franc, which costs more than the rest of reading an article
  if (plainlyEnglish(sample)) return 'eng';
  const scores = francAll(sample, { minLength: 40 });
  const [top, score] = scores[0] ?? ['und', 0];
  if (top === 'und' || top === 'eng') return top;
  const english = scores.find(([l]) => l === 'eng')?.[1] ?? 0;
  return english >= 0.9 * score ? 'und' : top;
}

const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'that', 'with', 'said', 'has', 'have', 'from', 'which', 'were', 'been', 'this', 'for']);

/** At least 40 words, of which 12% or more are the commonest English function words (English news: 1 article in 100 below 12 %, the median 19-21 %; Dutch about 2 %). */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return false;
  let n = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) n++;
  return n >= 0.12 * words.length;
}

function languageCheck(r: InputResult, languages: readonly string[] | null | undefined): InputResult {
  if (!r.ok || !languages || languages.length === 0) return r;
  const lang = detectLanguage(r.article.text);
  if (lang === 'und' || languages.includes(lang)) return r;
  const where = { file: r.article.origin?.file ?? r.article.id, line: r.article.origin?.line ?? null };
  return { ok: false, skipped: true, error: new InputError(`language ${lang}, not ${languages.join('/')}`, where, 'pass --any-language to code it anyway') };
}

/** Decodes bytes as UTF-8, refusing binary data and invalid UTF-8 with a clear error. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new InputError('this is a binary file, not text', { file }, 'give a UTF-8 text, JSON Lines or JSON file');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let at = 0;
    // find the first offending byte for the message
    for (let end = Math.min(bytes.length, 1 << 20), lo = 0, hi = end; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
        lo = mid + 1;
        at = mid;
      } catch {
        hi = mid;
      }
    }
    throw new InputError(`not valid UTF-8 (first bad byte near offset ${at})`, { file }, 'convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8');
  }
}

function* parseDocument(content: string, file: string, format: Format, options: ReadOptions): Generator<InputResult> {
  if (format === 'jsonl') {
    yield* parseJsonLines(content, file, options.date ?? null);
    return;
  }
  if (format === 'feed') {
    yield* parseFeed(content, file, options.date ?? null);
    return;
  }
  if (format === 'html') {
    try {
      yield { ok: true, article: parseHtml(content, file, options.date ?? null) };
    } catch (e) {
      if (e instanceof InputError) yield { ok: false, error: e };
      else throw e;
    }
    return;
  }
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      yield { ok: false, error: new InputError(`malformed JSON: ${(e as Error).message}`, { file }, 'give one article object or an array of them') };
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      yield articleFromValue(items[i], { file, line: null }, options.date ?? null, Array.isArray(value) ? `[${i}].` : '');
    }
    return;
  }
  try {
    yield { ok: true, article: parseDatedText(content, { file }, { date: options.date ?? null }) };
  } catch (e) {
    if (e instanceof InputError) yield { ok: false, error: e };
    else throw e;
  }
}

/**
 * A JSON Lines file read line by line, so memory stays flat however long it is; the size limit
 * applies to each line instead. A line that is not valid UTF-8 is one failure.
 */
async function* streamJsonLines(file: string, options: ReadOptions): AsyncGenerator<InputResult> {
  let stream: ReturnType<typeof createReadStream>;
  try {
    const fh = await open(file, 'r');
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    await fh.close();
    if (head.subarray(0, bytesRead).includes(0)) {
      yield { ok: false, error: new InputError('this is a binary file, not text', { file }, 'give a UTF-8 text, JSON Lines or JSON file') };
      return;
    }
    stream = createReadStream(file);
  } catch (e) {
    yield { ok: false, error: new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file }, 'check the path and its permissions') };
    return;
  }
  yield* jsonLinesOf(stream as AsyncIterable<Buffer>, Buffer.alloc(0), file, options);
}

/** The lines of a stream of chunks (after `pending`, bytes already read from it) as JSON Lines articles. */
async function* jsonLinesOf(chunks: AsyncIterable<Buffer | string>, pending: Buffer, file: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 0;
  const one = (bytes: Buffer): InputResult | null => {
    line++;
    if (bytes.length > limit)
      return { ok: false, error: new InputError(`the line is ${(bytes.length / 1048576).toFixed(1)} MB, over the limit`, { file, line }, 'raise --max-size') };
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { ok: false, error: new InputError('not valid UTF-8', { file, line }, 'convert the file to UTF-8') };
    }
    return parseJsonLine(text.replace(/\r$/, ''), file, line, options.date ?? null);
  };
  const lines = function* (): Generator<InputResult> {
    let nl = pending.indexOf(10);
    while (nl >= 0) {
      const r = one(pending.subarray(0, nl));
      if (r) yield r;
      pending = pending.subarray(nl + 1);
      nl = pending.indexOf(10);
    }
  };
  try {
    yield* lines();
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
      yield* lines();
    }
  } catch (e) {
    yield { ok: false, error: new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file, line: line + 1 }, 'check the file') };
    return;
  }
  if (pending.length) {
    const r = one(pending);
    if (r) yield r;
  }
}

/**
 * Standard input: JSON Lines (its first non-blank byte opens an object) is read line by line as it
 * arrives, so a stream of any length is coded in constant memory; anything else (dated text, a feed,
 * a page) is read whole, up to the size limit.
 */
async function* readStdin(chunks: AsyncIterable<Buffer | string>, options: ReadOptions): AsyncGenerator<InputResult> {
  const file = '<stdin>';
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const it = chunks[Symbol.asyncIterator]();
  const read: Buffer[] = [];
  let size = 0;
  let first = -1; // the first non-blank byte
  try {
    while (first < 0) {
      const next = await it.next();
      if (next.done) break;
      const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      read.push(bytes);
      size += bytes.length;
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i] as number;
        if (b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 0xef && b !== 0xbb && b !== 0xbf) {
          first = b;
          break;
        }
      }
    }
    const head = Buffer.concat(read);
    if (head.subarray(0, 8192).includes(0)) {
      yield { ok: false, error: new InputError('this is binary data, not text', { file }, 'give UTF-8 text, JSON Lines or JSON on standard input') };
      return;
    }
    if (first === 0x7b) {
      yield* jsonLinesOf({ [Symbol.asyncIterator]: () => it }, head, file, options);
      return;
    }
    // the rest is read whole: refused as soon as it passes the limit (the first chunks too)
    while (size <= limit) {
      const next = await it.next();
      if (next.done) break;
      const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      size += bytes.length;
      read.push(bytes);
    }
    if (size > limit) {
      yield {
        ok: false,
        error: new InputError(
          `standard input is over the limit of ${(limit / 1048576).toFixed(1)} MB (only JSON Lines is read as it streams)`,
          { file },
          'give JSON Lines (one article per line), or raise --max-size',
        ),
      };
      return;
    }
  } catch (e) {
    yield { ok: false, error: new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file }, 'check what feeds standard input') };
    return;
  }
  let content: string;
  try {
    content = decodeUtf8(Buffer.concat(read), file);
  } catch (e) {
    yield { ok: false, error: e as InputError };
    return;
  }
  // a feed or a page when it opens a tag; dated text otherwise
  const format: Format = /^\s*</.test(content) ? (isFeed(content) ? 'feed' : 'html') : 'text';
  yield* parseDocument(content, file, format, options);
}

async function* readFileInput(file: string, format: Format, options: ReadOptions): AsyncGenerator<InputResult> {
  if (format === 'jsonl' && !/\.gz$/i.test(file)) {
    yield* streamJsonLines(file, options);
    return;
  }
  let bytes: Buffer;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = (await stat(file)).size;
    if (size > limit) {
      yield {
        ok: false,
        error: new InputError(`the file is ${(size / 1048576).toFixed(1)} MB, over the limit of ${(limit / 1048576).toFixed(1)} MB`, { file }, 'split it, or raise --max-size'),
      };
      return;
    }
    bytes = await readFile(file);
    if (/\.gz$/i.test(file)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: limit });
      } catch (e) {
        const big = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        yield {
          ok: false,
          error: new InputError(
            big ? `decompressed, the file is over the limit of ${(limit / 1048576).toFixed(1)} MB` : `not a valid gzip file: ${(e as Error).message}`,
            { file },
            big ? 'split it, or raise --max-size' : 'check the file',
          ),
        };
        return;
      }
    }
  } catch (e) {
    yield { ok: false, error: new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file }, 'check the path and its permissions') };
    return;
  }
  let content: string;
  try {
    content = decodeUtf8(bytes, file);
  } catch (e) {
    yield { ok: false, error: e as InputError };
    return;
  }
  yield* parseDocument(content, file, format, options);
}

async function* walk(dir: string, options: ReadOptions): AsyncGenerator<InputResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    yield {
      ok: false,
      error: new InputError(`cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: dir }, 'check the path and its permissions'),
    };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch (e) {
      yield { ok: false, error: new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: p }, 'check the path and its permissions') };
      continue;
    }
    if (s.isDirectory()) yield* walk(p, options);
    else {
      const format = formatOf(p);
      if (format) yield* readFileInput(p, format, options);
      else options.onSkip?.(p, `unsupported extension; reads ${SUPPORTED_EXTENSIONS.join(' ')}`);
    }
  }
}

/** Reads every input in order, yielding one result per article, failure or skipped article. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  for await (const r of readAllInputs(inputs, options)) yield languageCheck(r, options.languages);
}

async function* readAllInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin((options.stdin ?? (() => process.stdin))(), options);
      continue;
    }
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { ok: false, error: new InputError(code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code ?? (e as Error).message}`, { file: input }, 'check the path') };
      continue;
    }
    if (s.isDirectory()) {
      yield* walk(input, options);
      continue;
    }
    const format = formatOf(input);
    if (!format) {
      yield {
        ok: false,
        error: new InputError(
          `unsupported file type ${JSON.stringify(path.extname(input) || '(no extension)')}`,
          { file: input },
          `Entente reads ${SUPPORTED_EXTENSIONS.join(' ')}; rename plain text to .txt`,
        ),
      };
      continue;
    }
    yield* readFileInput(input, format, options);
  }
}

/** Total size in bytes of the inputs (files, and files inside folders), for progress; stdin counts 0. */
export async function inputBytes(inputs: readonly string[]): Promise<number> {
  let total = 0;
  const visit = async (p: string): Promise<void> => {
    try {
      const st = await stat(p);
      if (st.isDirectory()) {
        for (const n of await readdir(p)) if (!n.startsWith('.')) await visit(path.join(p, n));
      } else if (formatOf(p)) total += st.size;
    } catch {
      // unreadable inputs are reported when they are read
    }
  };
  for (const i of inputs) if (i !== '-') await visit(i);
  return total;
}
