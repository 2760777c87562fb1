/**
 * @module Is a word an ordinary English word? True when its lower-case form is in wink-nlp's
 * English vocabulary ("steel", "national", "farms"), false for most names ("lavrov", "john").
 * Used to tell a person's name from a capitalised phrase of common words ("Steel Curtain").
 */
import { winkKnows } from './tokens.js';
import { vocabularySize, wink } from './wink.js';

const cache = new Map<string, boolean>();

export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  let known = cache.get(w);
  if (known !== undefined) return known;
  // a string wink has never met is no word of its vocabulary: no need to tokenise it (most names)
  if (winkKnows(w) === false) known = false;
  else {
    const nlp = wink();
    const its = nlp.its;
    const d = nlp.readDoc(w);
    known = d.tokens().length() === 1 && (d.tokens().itemAt(0).out(its.uniqueId) as number) < vocabularySize();
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(w, known);
  return known;
}
