/**
 * @module Sentence boundaries: wink-nlp's, corrected by small ordered passes —
 * (1) a blank line always ends a sentence; (2) no boundary without white space before it
 * ("anti-U.S."); (3) none before a lower-case word ("the U.S. government"); (4) none after an
 * initial or a title abbreviation ("Christian K. Caruzo", "Gen. Smith").
 */
import type { Sentence, Token } from '../core/types.js';

const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col maj capt sgt cmdr adm gov sen rep rev prof st mt ft pres amb sec supt insp no vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

const isSpace = (t: Token): boolean => t.pos === 'SPACE' || t.text.trim() === '';

/** Token indexes at which a sentence starts, after the correcting passes. */
export function sentenceStarts(text: string, tokens: readonly Token[], winkSentences: ReadonlyArray<readonly [number, number]>): number[] {
  const starts = new Set<number>(winkSentences.map(([s]) => s));
  // (1) paragraph breaks
  for (const t of tokens) {
    if (isSpace(t) && /\n[ \t]*\n/.test(t.text)) starts.add(t.index + 1);
    else {
      // a blank line in the gap before the token (two characters at least: most gaps are one space)
      const gapStart = tokens[t.index - 1]?.end ?? 0;
      if (t.start - gapStart >= 2 && /\n[ \t]*\n\s*$/.test(text.slice(gapStart, t.start))) starts.add(t.index);
    }
  }
  const result: number[] = [];
  for (const s of [...starts].sort((a, b) => a - b)) {
    // skip white-space tokens at the start of a sentence
    let i = s;
    while (i < tokens.length && isSpace(tokens[i] as Token)) i++;
    if (i >= tokens.length) continue;
    if (result.length > 0 && !keepBoundary(text, tokens, i)) continue;
    if (result[result.length - 1] !== i) result.push(i);
  }
  if (result[0] !== undefined && result[0] !== 0) {
    // leading white space belongs to no sentence; the first content token opens the first one
    let first = 0;
    while (first < tokens.length && isSpace(tokens[first] as Token)) first++;
    if (result[0] !== first) result.unshift(first);
  }
  return result;
}

function keepBoundary(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  let p = i - 1;
  while (p >= 0 && isSpace(tokens[p] as Token)) p--;
  if (p < 0) return true;
  const prev = tokens[p] as Token;
  const gap = text.slice(prev.end, tok.start);
  if (/\n[ \t]*\n/.test(gap)) return true; // (1) a blank line always ends a sentence
  if (gap === '') return false; // (2)
  if (/^\p{Ll}/u.test(tok.text)) return false; // (3)
  // (4) initials and title abbreviations: "K." or "Gen." (wink may split the period off)
  const before = prev.text === '.' ? tokens[p - 1] : prev;
  const word = (before?.text ?? '').replace(/\.$/, '');
  const adjoined = prev.text !== '.' || (before !== undefined && before.end === prev.start);
  if (adjoined && /^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(tok.text)) return false;
  if (adjoined && TITLE_ABBREVIATIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(tok.text)) return false;
  return true;
}

/** Builds sentences from their start tokens and marks each token with its sentence. */
export function buildSentences(text: string, tokens: Token[], winkSentences: ReadonlyArray<readonly [number, number]>): Sentence[] {
  const starts = sentenceStarts(text, tokens, winkSentences);
  const sentences: Sentence[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = starts[k] as number;
    let end = k + 1 < starts.length ? (starts[k + 1] as number) : tokens.length;
    let last = end - 1;
    while (last > first && isSpace(tokens[last] as Token)) last--;
    end = last + 1;
    const index = sentences.length;
    for (let i = first; i < end; i++) (tokens[i] as Token).sentence = index;
    sentences.push({ index, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, firstToken: first, endToken: end });
  }
  return sentences;
}
