/**
 * @module Reading inputs — files, folders (recursively), and standard input as `-` — into
 * Articles. Every input yields either an article or an InputError; nothing stops the batch.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { parseDatedText } from './dated-text.js';
import { articleFromValue, parseJsonLines } from './jsonl.js';

export type InputResult = { ok: true; article: Article } | { ok: false; error: InputError };

export interface ReadOptions {
  /** Publication date for plain text and JSON lines that carry none. */
  date?: string | null;
  /** Reads standard input (for `-`); injectable for tests. */
  stdin?: () => Promise<Buffer>;
  /** Called for files a folder walk passes over (unsupported extension), so the caller can report them. */
  onSkip?: (file: string, reason: string) => void;
}

type Format = 'text' | 'jsonl' | 'json';
const FORMATS: Readonly<Record<string, Format>> = { '.txt': 'text', '.text': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json' };
export const SUPPORTED_EXTENSIONS = Object.freeze(Object.keys(FORMATS));

function formatOf(file: string): Format | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
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

async function* readFileInput(file: string, format: Format, options: ReadOptions): AsyncGenerator<InputResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
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

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Reads every input in order, yielding one result per article or failure. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await (options.stdin ?? (() => readAll(process.stdin)))();
      let content: string;
      try {
        content = decodeUtf8(bytes, '<stdin>');
      } catch (e) {
        yield { ok: false, error: e as InputError };
        continue;
      }
      // JSON Lines when the first non-blank character opens an object; dated text otherwise.
      const format: Format = /^\s*\{/.test(content) ? 'jsonl' : 'text';
      yield* parseDocument(content, '<stdin>', format, options);
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
