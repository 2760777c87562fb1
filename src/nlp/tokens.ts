/**
 * @module Tokens with exact offsets. wink-nlp keeps every character of the text (tokens plus
 * their preceding spaces), so offsets are recovered by walking the text; a token that does not
 * sit where expected is found by search, so offsets are right even if wink changes a character.
 */
import type { ItsHelpers } from 'wink-nlp';
import type { Token } from '../core/types.js';
import { wink } from './wink.js';

export interface Analysis {
  tokens: Token[];
  /** wink's sentences as token ranges [first, endExclusive). */
  winkSentences: Array<[number, number]>;
}

export const normOf = (s: string): string => {
  const l = s.toLowerCase();
  // most tokens have no curly apostrophe; skip the regex for them
  return l.includes('’') || l.includes('‘') || l.includes('`') ? l.replace(/[’‘`]/g, "'") : l;
};

export function analyse(text: string): Analysis {
  const nlp = wink();
  const its: ItsHelpers = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare lemma with the add-on signature; at run time it is an ordinary its helper
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  // wink index → our index (a split token shifts the rest), for the sentence spans
  const at = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    at[i] = tokens.length;
    const v = values[i] as string;
    let start = cursor + (spaces[i] as string).length;
    // fast path: the token is where wink says, and its text is wink's value (no copy)
    const there = text.startsWith(v, start);
    if (!there) {
      const found = text.indexOf(v, cursor);
      start = found >= 0 ? found : Math.min(start, text.length);
    }
    const end = Math.min(start + v.length, text.length);
    cursor = end;
    const word = there ? v : text.slice(start, end);
    // wink splits a possessive "’s" off a word it has not seen ("Rubio" + "’s") but keeps it on once
    // the word is in its cache from an earlier text: split it always, so the tokens of an article
    // do not depend on the articles read before it
    const clitic = end - start > 2 && (word.endsWith('’s') || word.endsWith("'s")) && /\p{L}/u.test(word.charAt(word.length - 3));
    if (clitic) {
      const base = word.slice(0, -2);
      tokens.push({ index: tokens.length, start, end: end - 2, text: base, pos: pos[i] as string, lemma: normOf(base), norm: normOf(base), sentence: -1 });
      tokens.push({ index: tokens.length, start: end - 2, end, text: word.slice(-2), pos: 'PART', lemma: "'s", norm: "'s", sentence: -1 });
    } else tokens.push({ index: tokens.length, start, end, text: word, pos: pos[i] as string, lemma: normOf(lemmas[i] as string), norm: normOf(v), sentence: -1 });
  }
  at[values.length] = tokens.length;
  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const sp = s.out(its.span) as [number, number];
    winkSentences.push([at[sp[0]] as number, at[sp[1] + 1] as number]);
  });
  return { tokens, winkSentences };
}
