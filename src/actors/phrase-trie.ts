/**
 * @module A token-sequence trie for dictionary phrases (country names, demonyms, role nouns):
 * built once per stage from the dictionary, then longest-match lookups at any token.
 */
import type { Token } from '../core/types.js';
import { internWord, tokenWordIds } from '../nlp/word-ids.js';

/** A trie node; edges are keyed by word ids (nlp/word-ids.ts), not strings. */
interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value: V | null;
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: null };
  /** The root's edges again, as an array indexed by word id (ids are small and dense): most walks end at the first lookup. */
  private readonly firstWords: Array<TrieNode<V> | undefined> = [];
  /** Case-sensitive tries compare token text as written; others compare the lower-cased norm. */
  constructor(private readonly caseSensitive: boolean) {}

  /** Adds a phrase given as its token texts; the first value added for a phrase wins. */
  add(words: readonly string[], value: V): void {
    this.addKeys(
      words.map((w) => this.key(w)),
      value,
    );
    // case-sensitive lookups use the token as written: store the curly-apostrophe spelling too
    if (this.caseSensitive && words.some((w) => w.includes("'")))
      this.addKeys(
        words.map((w) => w.replace(/'/g, '’')),
        value,
      );
  }

  private addKeys(keys: readonly string[], value: V): void {
    let node = this.root;
    for (const k of keys) {
      const w = internWord(k);
      let n = node.next.get(w);
      if (!n) {
        n = { next: new Map(), value: null };
        node.next.set(w, n);
        if (node === this.root) {
          // grown one by one, so the array stays a plain (not a sparse) one
          while (this.firstWords.length <= w) this.firstWords.push(undefined);
          this.firstWords[w] = n;
        }
      }
      node = n;
    }
    node.value ??= value;
  }

  /** The key a phrase word is stored under: as written (case-sensitive), or like Token.norm. */
  private key(w: string): string {
    return this.caseSensitive ? w : w.toLowerCase().replace(/[’‘`]/g, "'");
  }

  /** The tokens the cached matches below belong to (the passes of one article share them). */
  private cachedFor: readonly Token[] | null = null;
  /** Per start token: every phrase starting there, shortest first (computed on first use). */
  private cached: Array<ReadonlyArray<{ value: V; end: number }> | undefined> = [];
  /** The word ids of those tokens this trie compares: their texts (case-sensitive) or norms. */
  private cachedIds: Int32Array = new Int32Array(0);

  /** Longest phrase starting at token `i` (not crossing `limit`): its value and end token (exclusive). */
  match(tokens: readonly Token[], i: number, limit: number): { value: V; end: number } | null {
    // the actor passes ask the same tries at the same tokens many times: walk each start once per article
    if (tokens !== this.cachedFor) {
      this.cachedFor = tokens;
      this.cached = new Array(tokens.length);
      const ids = tokenWordIds(tokens);
      this.cachedIds = this.caseSensitive ? ids.text : ids.norm;
    }
    let found = this.cached[i];
    if (found === undefined) {
      found = this.walk(i);
      this.cached[i] = found;
    }
    for (let k = found.length - 1; k >= 0; k--) {
      const m = found[k] as { value: V; end: number };
      if (m.end <= limit) return m;
    }
    return null;
  }

  /** Every phrase starting at token `i` of the cached tokens, shortest first. */
  private walk(i: number): ReadonlyArray<{ value: V; end: number }> {
    const ids = this.cachedIds;
    // most tokens start no phrase: one integer lookup
    const first = ids[i];
    let node: TrieNode<V> | undefined = first !== undefined && first >= 0 ? this.firstWords[first] : undefined;
    let all: Array<{ value: V; end: number }> | null = null;
    for (let j = i + 1; node; j++) {
      if (node.value != null) {
        all ??= [];
        all.push({ value: node.value, end: j });
      }
      if (j >= ids.length) break;
      // a token's id is its text's (case-sensitive) or its norm's: lower case, straight apostrophes
      node = node.next.get(ids[j] as number);
    }
    return all ?? NONE;
  }
}

const NONE: ReadonlyArray<never> = [];
