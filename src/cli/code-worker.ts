/**
 * @module A worker thread of the coding pool: builds the pipeline once, then codes the articles it
 * is sent. Articles and coded articles cross threads by structured clone (no JSON round trip).
 */
import type { Article, CodedArticle } from '../core/types.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { createPreset } from '../presets/default-preset.js';

let pipeline: ReturnType<typeof createPreset> | null = null;

export default function code(task: { article: Article; version: string; dictionaries?: string | undefined }): CodedArticle {
  pipeline ??= createPreset('default', { dictionaries: loadDictionaries(task.dictionaries), version: task.version });
  // the pipeline freezes its output; a plain copy crosses the thread boundary
  return pipeline.code(task.article);
}
