/**
 * @module The shared wink-nlp instance (English lite web model, sentence boundaries and POS).
 * Loaded once per thread, on first use; no I/O, so it runs in workers and the browser too.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;

export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
