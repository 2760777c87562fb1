/**
 * @module A worker thread of the coding pool: builds the pipeline once, then codes the articles it
 * is sent. Articles cross threads by structured clone, coded articles as their JSON text with their counts.
 */
import type { Article } from '../core/types.js';
import { loadDictionaries } from '../dictionaries/petrarch/load.js';
import { createPreset } from '../presets/default-preset.js';
import type { QuoteUnit } from '../quotes/units.js';
import { articleJson, type WorkerResult } from './coder.js';

let pipeline: ReturnType<typeof createPreset> | null = null;

export default function code(task: { article: Article; version: string; dictionaries?: string | undefined; quoteUnit?: QuoteUnit | undefined }): WorkerResult {
  pipeline ??= createPreset('default', { dictionaries: loadDictionaries(task.dictionaries), version: task.version, quoteUnit: task.quoteUnit ?? 'quotation' });
  // JSON text crosses the thread boundary as one string copy, cheaper than cloning the object graph,
  // and is the JSON Lines output as it stands (coder.ts)
  // not frozen: the record is only written out here (freezing each of its objects was a tenth of the output's cost)
  const coded = pipeline.codeUnfrozen(task.article);
  return { json: articleJson(coded), events: coded.events.length, mentions: coded.mentions.length, chars: coded.text.length };
}
