/**
 * @module Is a word an ordinary English word? True when its lower-case form is in wink-nlp's
 * English vocabulary ("steel", "national", "farms"), false for most names ("lavrov", "john").
 * Used to tell a person's name from a capitalised phrase of common words ("Steel Curtain").
 */
import { winkLexemeId } from './tokens.js';
import { vocabularySize, wink } from './wink.js';

const cache = new Map<string, boolean>();

export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  let known = cache.get(w);
  if (known !== undefined) return known;
  // wink's lexeme cache answers as tokenising the word would (one token, in the vocabulary), without
  // tokenising it; before any text was read, tokenise
  const id = winkLexemeId(w);
  if (id !== null) known = id >= 0 && id < vocabularySize();
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
