/**
 * @module The named pipelines: the one place that knows the order of the stages.
 * default: language layer → actors → quotations → events → discards.
 */

import { createActorStage } from '../actors/actor-stage.js';
import { createPipeline, type NamedStage, type Pipeline } from '../core/pipeline.js';
import type { Doc } from '../core/types.js';
import type { Dictionaries } from '../dictionaries/types.js';
import { createDiscardStage } from '../events/discard-stage.js';
import { createEventStage } from '../events/event-stage.js';
import { createNlpStage } from '../nlp/nlp-stage.js';
import { createQuoteStage } from '../quotes/quote-stage.js';
import { type QuoteUnit, quoteUnits } from '../quotes/units.js';

export interface PresetOptions {
  readonly dictionaries: Dictionaries;
  /** The version of Entente recorded on every coded article. */
  readonly version: string;
  /** What one quotation record stands for (quotes/units.ts): a quoted passage (default) or an attribution. */
  readonly quoteUnit?: QuoteUnit;
}

const PRESETS = Object.freeze({
  default: (o: PresetOptions): readonly NamedStage[] =>
    Object.freeze([
      { name: 'nlp', run: createNlpStage() },
      { name: 'actors', run: createActorStage({ dictionaries: o.dictionaries }) },
      { name: 'quotes', run: createQuoteStage({ dictionaries: o.dictionaries }) },
      { name: 'events', run: createEventStage({ dictionaries: o.dictionaries }) },
      { name: 'discards', run: createDiscardStage({ dictionaries: o.dictionaries }) },
      // last, so that events and their times are found the same way whatever the unit
      ...(o.quoteUnit === 'attribution' ? [{ name: 'quote-units', run: attributionUnits }] : []),
    ]),
});

function attributionUnits(doc: Doc): Doc {
  doc.quotes = quoteUnits(doc.article.text, doc.quotes, 'attribution');
  return doc;
}

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.freeze(Object.keys(PRESETS)) as readonly PresetName[];

export function createPreset(name: PresetName, options: PresetOptions): Pipeline {
  return createPipeline(name, options.version, PRESETS[name](options));
}
