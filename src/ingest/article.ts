/** @module Building an Article from what a reader found, with the checks every format shares. */
import { InputError } from '../core/errors.js';
import { contentId } from '../core/hash.js';
import type { Article, GivenText } from '../core/types.js';
import { checkIsoDay } from './date.js';
import { givenText, normalizeText, trimText } from './normalize.js';

export interface ArticleFields {
  id?: string | null;
  date: string | null;
  text: string;
  url?: string | null;
  title?: string | null;
}

export interface Where {
  file: string;
  line?: number | null;
}

/** Validates and normalises; throws InputError naming the file, line and field. */
export function makeArticle(f: ArticleFields, where: Where, dateHint: string): Article {
  const line = where.line ?? null;
  if (f.date === null || f.date === '') {
    throw new InputError('no publication date', { file: where.file, line, field: 'date' }, dateHint);
  }
  const bad = checkIsoDay(f.date);
  if (bad) throw new InputError(bad, { file: where.file, line, field: 'date' }, 'give the publication day as YYYY-MM-DD');
  const text = trimText(normalizeText(f.text));
  if (text === '') {
    throw new InputError('the article text is empty', { file: where.file, line, field: 'text' }, 'remove the article or add its text');
  }
  const id = f.id ?? contentId(f.date, text);
  return Object.freeze({
    kind: 'article',
    id,
    date: f.date,
    text,
    ...given(f.text, text),
    url: f.url ?? null,
    title: f.title ?? null,
    origin: Object.freeze({ file: where.file, line }),
  });
}

/** The `given` field of an article whose text normalising changed (its offsets are mapped back in the output). */
function given(raw: string, text: string): { given?: GivenText } {
  const g = givenText(raw, text);
  return g ? { given: g } : {};
}
