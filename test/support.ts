// Shared helpers for tests: one pipeline on the built-in dictionaries, and an article maker.
import { fileURLToPath } from 'node:url';
import { exampleParagraphs } from '../bench/corpus.mjs';
import type { Article, CodedArticle } from '../src/core/types.js';
import { loadBuiltinDictionaries } from '../src/dictionaries/load.js';
import { makeArticle } from '../src/ingest/article.js';
import { createPreset } from '../src/presets/default-preset.js';

export const pipeline = createPreset('default', { dictionaries: loadBuiltinDictionaries(), version: 'test' });

export function article(text: string, date = '2025-11-11'): Article {
  return makeArticle({ date, text }, { file: 'test' }, '');
}

export function code(text: string, date = '2025-11-11'): CodedArticle {
  return pipeline.code(article(text, date));
}

/** Events as compact `SOURCE CODE TARGET` strings, in order. */
export function triples(a: CodedArticle): string[] {
  return a.events.map((e) => `${e.source.actor} ${e.code} ${e.target?.actor ?? '-'}`);
}

/** n JSON Lines articles made deterministically from the examples' paragraphs, three each (for long runs). */
export function recombinedCorpus(n: number, prefix = 'a'): string {
  const paras = exampleParagraphs(fileURLToPath(new URL('..', import.meta.url)));
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `${prefix}${i}`, date: '2025-11-11', text: [0, 1, 2].map((k) => paras[(i * 7 + k * 13) % paras.length]).join('\n\n') }),
  ).join('\n');
}
