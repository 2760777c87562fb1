/**
 * @module HTML pages: the main text by Mozilla's Readability (the Firefox Reader View library) on a
 * server-side DOM (linkedom), paragraphs kept as blank-line-separated blocks; the title, date and
 * canonical URL from the page's meta tags (Open Graph, article:published_time, JSON-LD, <time>).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { makeArticle } from './article.js';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption';

/** The first YYYY-MM-DD in a date string (ISO, or anything Date can read), or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function metaDate(document: Document): string | null {
  const metas = [
    'article:published_time',
    'og:published_time',
    'datePublished',
    'date',
    'pubdate',
    'publishdate',
    'dc.date',
    'DC.date.issued',
    'sailthru.date',
    'parsely-pub-date',
  ];
  for (const name of metas) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const d = dayOf(el?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const d = dayOf(m?.[1]);
    if (d) return d;
  }
  return dayOf(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** Reads one HTML page as an article. Throws InputError when it has no readable text or no date. */
export function parseHtml(html: string, file: string, fallbackDate: string | null): Article {
  const { document } = parseHTML(html);
  const title = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const date = metaDate(document) ?? fallbackDate;
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) throw new InputError('no readable article text in this page', { file }, 'give the article page itself, not an index or a script');
  const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const blocks = Array.from(body.querySelectorAll(BLOCKS))
    // a block inside another block (a <p> in a <blockquote>) is read with its container
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (parsed.textContent ?? '').trim();
  return makeArticle({ date, text, url, title: title || parsed.title || null }, { file }, 'the page has no publication date in its meta tags; pass --date');
}
