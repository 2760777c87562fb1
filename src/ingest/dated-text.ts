/**
 * @module The dated-text format: the file opens with `date YYYY-MM-DD`, then the text on the same
 * line or the next. Plain text without that header needs a date from the caller (`--date`).
 */
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { makeArticle, type Where } from './article.js';

// Leading white space (and a BOM) is allowed before the header; the date token ends at white space.
const HEADER = /^\uFEFF?\s*date[ \t]*:?[ \t]+(\S+)(?:[ \t]+|\r?\n|$)/i;

export interface DatedTextOptions {
  /** Date for text that has no `date` header (the CLI's --date). */
  date?: string | null;
}

/** Parses one dated-text (or plain text) document. Throws InputError on bad input. */
export function parseDatedText(raw: string, where: Where, options: DatedTextOptions = {}): Article {
  const m = HEADER.exec(raw);
  if (m) {
    return makeArticle({ date: m[1] ?? null, text: raw.slice(m[0].length) }, where, '');
  }
  if (/^\uFEFF?\s*date\b/i.test(raw)) {
    throw new InputError('the `date` header has no date after it', { file: where.file, line: 1, field: 'date' }, 'write the first line as `date YYYY-MM-DD`');
  }
  return makeArticle({ date: options.date ?? null, text: raw }, where, 'the file does not open with `date YYYY-MM-DD`; add that line or pass --date YYYY-MM-DD');
}
