/**
 * @module JSON Lines input: one article per line, `{id?, date, text, url?, title?}`. Each line is
 * checked on its own, so one bad line costs one article, with an error naming the file and line.
 */
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { makeArticle } from './article.js';

const LineSchema = z.object({
  id: z
    .union([z.string().min(1), z.number()])
    .optional()
    .nullable(),
  date: z.string().optional().nullable(),
  text: z.string({ error: 'missing or not a string' }),
  url: z.string().optional().nullable(),
  title: z.string().optional().nullable(),
});

export type LineResult = { ok: true; article: Article } | { ok: false; error: InputError };

/** Checks one parsed JSON value as an article; `fieldPrefix` places it in an array (`[3].`). */
export function articleFromValue(value: unknown, where: { file: string; line: number | null }, fallbackDate: string | null, fieldPrefix = ''): LineResult {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError('expected a JSON object {"date", "text", …}', { ...where, field: fieldPrefix.replace(/\.$/, '') || null }, 'each article must be one JSON object');
    }
    const r = LineSchema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      const field = fieldPrefix + (issue?.path.join('.') ?? '');
      throw new InputError(issue?.message ?? 'invalid article', { ...where, field: field || null }, 'fields: id?, date (YYYY-MM-DD), text, url?, title?');
    }
    const v = r.data;
    const article = makeArticle(
      { id: v.id === undefined || v.id === null ? null : String(v.id), date: v.date ?? fallbackDate, text: v.text, url: v.url ?? null, title: v.title ?? null },
      where,
      'add a "date" field (YYYY-MM-DD) or pass --date',
    );
    return { ok: true, article };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // makeArticle names bare fields; keep the array position in front of them
    if (fieldPrefix && e.field && !e.field.startsWith(fieldPrefix)) {
      return { ok: false, error: new InputError(e.message, { ...where, field: fieldPrefix + e.field }, e.hint) };
    }
    return { ok: false, error: e };
  }
}

/** Parses one line (1-based `line`). Empty lines give null. */
export function parseJsonLine(raw: string, file: string, line: number, fallbackDate: string | null = null): LineResult | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: new InputError(`malformed JSON: ${(e as Error).message}`, { file, line }, 'each line must be one JSON object') };
  }
  return articleFromValue(value, { file, line }, fallbackDate);
}

/** Parses a whole JSON Lines document. */
export function* parseJsonLines(text: string, file: string, fallbackDate: string | null = null): Generator<LineResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const r = parseJsonLine(lines[i] ?? '', file, i + 1, fallbackDate);
    if (r) yield r;
  }
}
