/**
 * @module Tokens with exact offsets. wink-nlp keeps every character of the text (tokens plus
 * their preceding spaces), so offsets are recovered by walking the text; a token that does not
 * sit where expected is found by search, so offsets are right even if wink changes a character.
 */
import type { ItsHelpers } from 'wink-nlp';
import allowed from 'wink-nlp/src/allowed.js';
import type { Token } from '../core/types.js';
import { vocabularySize, wink } from './wink.js';
import { rememberTokenWordIds, wordId, wordIdGeneration } from './word-ids.js';

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

/** wink's raw document data, as its `its` functions see it: 4 numbers a token, the lexeme cache. */
interface Rdd {
  tokens: ArrayLike<number>;
  sentences: ReadonlyArray<readonly number[]>;
  nonBreakingSpaces: Record<number, string>;
  cache: { value(uid: number): string; lookup(text: string): number[] | null; add(text: string, category: number): number };
}
type ItsFn = (index: number, rdd: Rdd, addons: unknown) => unknown;
let grabbed: { rdd: Rdd; addons: unknown } | null = null;
/** An `its` function that hands back wink's raw document data (registered once as allowed). */
const grab: ItsFn = (_i, rdd, addons) => {
  grabbed = { rdd, addons };
  return 0;
};
let registered = false;
/** wink's raw data of a document with at least one token (read through `grab`, registered once as allowed). */
function rawData(doc: ReturnType<ReturnType<typeof wink>['readDoc']>): { rdd: Rdd; addons: unknown } | null {
  if (!registered) {
    allowed.its4token.add(grab);
    allowed.its4tokens.add(grab);
    registered = true;
  }
  grabbed = null;
  doc
    .tokens()
    .itemAt(0)
    .out(grab as unknown as ItsHelpers['value']);
  const g = grabbed;
  grabbed = null;
  return g;
}

/** Per wink lexeme id: the token's norm (lower case, straight apostrophes), computed once. */
const normByUid: Array<string | undefined> = [];
/** Lexeme ids from here on (words first met after a long stream of text) are not kept: bounded memory. */
const MAX_UID = 400_000;
/**
 * The token's lemma, normalised, computed once per wink lexeme id and POS index: per lexeme id the
 * lemma under the first POS it was met with (most words have one), the rest in a map by
 * lexeme id × 64 + POS index (flat arrays, not one small array per word: those read slowly).
 */
const lemmaByUid: Array<string | undefined> = [];
const lemmaPosByUid = new Int8Array(MAX_UID).fill(-1);
const moreLemmas = new Map<number, string>();
/** Per wink lexeme id: the word ids (word-ids.ts) of its text and norm; -2 not looked up yet. */
const textIdByUid = new Int32Array(MAX_UID).fill(-2);
const normIdByUid = new Int32Array(MAX_UID).fill(-2);
/** The word-id generation the two tables above were filled in. */
let idGeneration = -1;
/** Per POS index: the tag. */
const posNames: string[] = [];
const POS_MASK = 0x3f00000;
const LEMMA_SHIFT = 20;

/** wink's lexeme cache, once a text has been analysed (it is the same for every document). */
let lexemes: Rdd['cache'] | null = null;
/**
 * The vocabulary id wink gives this exact string as one token: -1 when it is none (outside wink's own
 * vocabulary, or a contraction, which is two tokens); null before any text was analysed. (The cache's
 * look-up sees only the vocabulary: `tokenizeAsFresh`.)
 */
export function winkLexemeId(word: string): number | null {
  if (!lexemes) return null;
  const ids = lexemes.lookup(word);
  return ids && ids.length === 1 ? (ids[0] as number) : -1;
}

/**
 * wink's tokenizer keeps a space-delimited string whole when its lexeme cache holds it, and the
 * cache also holds every string wink has met outside its vocabulary, in any text before: "Clinton's"
 * met once unsplit stays one token in every later article. So an article's tokens (and tags, events,
 * quotations) depended on which articles the thread had read before — a pool's output could differ
 * from one thread's. Made deterministic: the tokenizer's look-ups see only wink's own vocabulary (and
 * its contractions), as for the first text it reads; words met before still keep their ids.
 */
let ownVocabularyOnly = false;
function tokenizeAsFresh(nlp: ReturnType<typeof wink>): void {
  if (ownVocabularyOnly) return;
  const cache = rawData(nlp.readDoc('qqzxqvbnonword'))?.rdd?.cache;
  if (!cache) throw new Error('wink-nlp did not hand over its lexeme cache: this build of Entente expects wink-nlp 2.4.0 (npm ci installs it)');
  const vocabulary = vocabularySize();
  const lookup = cache.lookup;
  const add = cache.add;
  // adding a word reads the cache too (the model's features look up its lower case): as it is
  let adding = 0;
  cache.add = (s: string, category: number) => {
    adding++;
    try {
      return add(s, category);
    } finally {
      adding--;
    }
  };
  cache.lookup = (s: string) => {
    const ids = lookup(s);
    return adding === 0 && ids !== null && ids.length === 1 && (ids[0] as number) >= vocabulary ? null : ids;
  };
  ownVocabularyOnly = true;
}

export function analyse(text: string): Analysis {
  const nlp = wink();
  const its: ItsHelpers = nlp.its;
  tokenizeAsFresh(nlp);
  const doc = nlp.readDoc(text);
  const n = doc.tokens().length();
  const raw0 = n > 0 ? rawData(doc) : null;
  // wink-nlp is pinned (package.json): this reads its document data the way 2.4.0 lays it out; a wink
  // that stops handing it over must fail loudly here, not code garbage
  if (n > 0 && !raw0?.rdd?.tokens) throw new Error('wink-nlp did not hand over its token data: this build of Entente expects wink-nlp 2.4.0 (npm ci installs it)');
  const rdd = raw0?.rdd;
  const addons = raw0?.addons;
  const raw = rdd?.tokens ?? [];
  const cache = rdd?.cache;
  if (cache) lexemes = cache;
  const itsPos = its.pos as unknown as ItsFn;
  const itsLemma = its.lemma as unknown as ItsFn;
  const tokens: Token[] = [];
  const at = new Int32Array(n + 1);
  if (idGeneration !== wordIdGeneration()) {
    textIdByUid.fill(-2);
    normIdByUid.fill(-2);
    idGeneration = wordIdGeneration();
  }
  // a token may split in two (a possessive)
  const textIds = new Int32Array(2 * n);
  const normIds = new Int32Array(2 * n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    at[i] = tokens.length;
    const uid = raw[i * 4] as number;
    const v = (cache as Rdd['cache']).value(uid);
    const spaceWord = raw[i * 4 + 1] as number;
    const count = spaceWord & 0xffff;
    let start = cursor + (count < 0xffff ? count : ((rdd as Rdd).nonBreakingSpaces[i] as string).length);
    const there = text.startsWith(v, start);
    if (!there) {
      const found = text.indexOf(v, cursor);
      start = found >= 0 ? found : Math.min(start, text.length);
    }
    const end = Math.min(start + v.length, text.length);
    cursor = end;
    const word = there ? v : text.slice(start, end);
    const posIndex = ((raw[i * 4 + 2] as number) & POS_MASK) >>> LEMMA_SHIFT;
    let pos = posNames[posIndex];
    if (pos === undefined) {
      pos = itsPos(i, rdd as Rdd, addons) as string;
      posNames[posIndex] = pos;
    }
    const clitic = end - start > 2 && (word.endsWith('’s') || word.endsWith("'s")) && /\p{L}/u.test(word.charAt(word.length - 3));
    if (clitic) {
      const base = word.slice(0, -2);
      textIds[tokens.length] = wordId(base);
      normIds[tokens.length] = wordId(normOf(base));
      textIds[tokens.length + 1] = wordId(word.slice(-2));
      normIds[tokens.length + 1] = wordId("'s");
      tokens.push({ index: tokens.length, start, end: end - 2, text: base, pos, lemma: normOf(base), norm: normOf(base), sentence: -1 });
      tokens.push({ index: tokens.length, start: end - 2, end, text: word.slice(-2), pos: 'PART', lemma: "'s", norm: "'s", sentence: -1 });
      continue;
    }
    if (uid >= normByUid.length && uid < MAX_UID) {
      while (normByUid.length <= uid) {
        normByUid.push(undefined);
        lemmaByUid.push(undefined);
      }
    }
    let norm = uid < MAX_UID ? normByUid[uid] : undefined;
    if (norm === undefined) {
      norm = normOf(v);
      if (uid < MAX_UID) normByUid[uid] = norm;
    }
    // a contraction's lemma sits in the token itself; any other's depends on the word and its POS only
    let lemma: string | undefined;
    if (spaceWord > 65535) lemma = normOf(itsLemma(i, rdd as Rdd, addons) as string);
    else {
      const first = uid < MAX_UID ? lemmaPosByUid[uid] : -2;
      if (first === posIndex) lemma = lemmaByUid[uid] as string;
      else if (first === -1) {
        lemma = normOf(itsLemma(i, rdd as Rdd, addons) as string);
        lemmaPosByUid[uid] = posIndex;
        lemmaByUid[uid] = lemma;
      } else {
        const key = uid * 64 + posIndex;
        lemma = first === -2 ? undefined : moreLemmas.get(key);
        if (lemma === undefined) {
          lemma = normOf(itsLemma(i, rdd as Rdd, addons) as string);
          if (first !== -2) moreLemmas.set(key, lemma);
        }
      }
    }
    let textId: number;
    let normId: number;
    if (uid < MAX_UID) {
      normId = normIdByUid[uid] as number;
      if (normId === -2) {
        normId = wordId(norm);
        normIdByUid[uid] = normId;
      }
      textId = textIdByUid[uid] as number;
      if (textId === -2) {
        textId = wordId(v);
        textIdByUid[uid] = textId;
      }
      if (!there) textId = wordId(word);
    } else {
      normId = wordId(norm);
      textId = wordId(word);
    }
    textIds[tokens.length] = textId;
    normIds[tokens.length] = normId;
    tokens.push({ index: tokens.length, start, end, text: word, pos, lemma, norm, sentence: -1 });
  }
  at[n] = tokens.length;
  rememberTokenWordIds(tokens, textIds.subarray(0, tokens.length), normIds.subarray(0, tokens.length));
  const winkSentences: Array<[number, number]> = [];
  for (const sp of rdd?.sentences ?? []) winkSentences.push([at[sp[0] as number] as number, at[(sp[1] as number) + 1] as number]);
  return { tokens, winkSentences };
}
