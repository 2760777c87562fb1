/**
 * @module The named pipelines: the one place that knows the order of the stages.
 * default: language layer → actors → quotations → events → discards.
 */

import { createActorStage } from '../actors/actor-stage.js';
import { createPipeline, type NamedStage, type Pipeline } from '../core/pipeline.js';
import type { Dictionaries } from '../dictionaries/types.js';
import { createDiscardStage } from '../events/discard-stage.js';
import { createEventStage } from '../events/event-stage.js';
import { createNlpStage } from '../nlp/nlp-stage.js';
import { createQuoteStage } from '../quotes/quote-stage.js';

export interface PresetOptions {
  readonly dictionaries: Dictionaries;
  /** The version of Entente recorded on every coded article. */
  readonly version: string;
}

const PRESETS = Object.freeze({
  default: (o: PresetOptions): readonly NamedStage[] =>
    Object.freeze([
      { name: 'nlp', run: createNlpStage() },
      { name: 'actors', run: createActorStage({ dictionaries: o.dictionaries }) },
      { name: 'quotes', run: createQuoteStage({ dictionaries: o.dictionaries }) },
      { name: 'events', run: createEventStage({ dictionaries: o.dictionaries }) },
      { name: 'discards', run: createDiscardStage({ dictionaries: o.dictionaries }) },
    ]),
});

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.freeze(Object.keys(PRESETS)) as readonly PresetName[];

export function createPreset(name: PresetName, options: PresetOptions): Pipeline {
  return createPipeline(name, options.version, PRESETS[name](options));
}
