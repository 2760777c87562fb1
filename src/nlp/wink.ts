/**
 * @module The shared wink-nlp instance (English lite web model, sentence boundaries and POS).
 * Loaded once per thread, on first use; no I/O, so it runs in workers and the browser too.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;
let vocabulary = 0;

export function wink(): WinkMethods {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    // wink numbers words outside its vocabulary from the vocabulary's size up, in the order it
    // meets them; read that size before any text is seen
    vocabulary = instance.readDoc('qqzxqvbnonword').tokens().itemAt(0).out(instance.its.uniqueId) as number;
  }
  return instance;
}

/** Number of words in wink's English vocabulary: token ids below it are known words. */
export function vocabularySize(): number {
  wink();
  return vocabulary;
}
