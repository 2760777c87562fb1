/**
 * @module Small integer ids for the words dictionaries look up, so that the phrase tries compare
 * numbers, not strings. A word gets an id when a dictionary phrase holds it (`internWord`); a
 * token's text and norm are looked up once (`tokenWordIds`; `analyse` does it once per wink word)
 * and are -1 when no dictionary holds them, which no trie starts with.
 */
import type { Token } from '../core/types.js';

const ids = new Map<string, number>();
/** Bumped whenever a word gets a new id: caches of looked-up ids (tokens.ts) are stale then. */
let generation = 0;

/** The id of a dictionary word, given one if it has none. */
export function internWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    ids.set(word, id);
    generation++;
  }
  return id;
}

/** The id of a word, or -1 when no dictionary phrase holds it. */
export const wordId = (word: string): number => ids.get(word) ?? -1;

/** Changes whenever a word gets a new id. */
export const wordIdGeneration = (): number => generation;

/** A token array's word ids: each token's text and norm (-1: no dictionary holds it). */
export interface TokenWordIds {
  readonly text: Int32Array;
  readonly norm: Int32Array;
  /** The generation of ids they were looked up in. */
  readonly generation: number;
}

const byTokens = new WeakMap<readonly Token[], TokenWordIds>();

/** Records the ids `analyse` looked up along with the tokens. */
export function rememberTokenWordIds(tokens: readonly Token[], text: Int32Array, norm: Int32Array): void {
  byTokens.set(tokens, { text, norm, generation });
}

/** The word ids of these tokens: the ones recorded with them if still current, else looked up now. */
export function tokenWordIds(tokens: readonly Token[]): TokenWordIds {
  const known = byTokens.get(tokens);
  if (known && known.generation === generation && known.text.length === tokens.length) return known;
  const text = new Int32Array(tokens.length);
  const norm = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    text[i] = wordId(t.text);
    norm[i] = wordId(t.norm);
  }
  const fresh = { text, norm, generation };
  byTokens.set(tokens, fresh);
  return fresh;
}
