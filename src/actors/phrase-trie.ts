/**
 * @module A token-sequence trie for dictionary phrases (country names, demonyms, role nouns):
 * built once per stage from the dictionary, then longest-match lookups at any token.
 */
import type { Token } from '../core/types.js';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value: V | null;
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: null };
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
    for (const w of keys) {
      let n = node.next.get(w);
      if (!n) {
        n = { next: new Map(), value: null };
        node.next.set(w, n);
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

  /** Longest phrase starting at token `i` (not crossing `limit`): its value and end token (exclusive). */
  match(tokens: readonly Token[], i: number, limit: number): { value: V; end: number } | null {
    // the actor passes ask the same tries at the same tokens many times: walk each start once per article
    if (tokens !== this.cachedFor) {
      this.cachedFor = tokens;
      this.cached = new Array(tokens.length);
    }
    let found = this.cached[i];
    if (found === undefined) {
      found = this.walk(tokens, i);
      this.cached[i] = found;
    }
    for (let k = found.length - 1; k >= 0; k--) {
      const m = found[k] as { value: V; end: number };
      if (m.end <= limit) return m;
    }
    return null;
  }

  /** Every phrase starting at token `i`, shortest first. */
  private walk(tokens: readonly Token[], i: number): ReadonlyArray<{ value: V; end: number }> {
    let node: TrieNode<V> | undefined = this.root;
    let all: Array<{ value: V; end: number }> | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j] as Token;
      // Token.norm is lower case with straight apostrophes: the case-insensitive key, precomputed
      node = node.next.get(this.caseSensitive ? t.text : t.norm);
      if (node?.value != null) {
        all ??= [];
        all.push({ value: node.value, end: j + 1 });
      }
    }
    return all ?? NONE;
  }
}

const NONE: ReadonlyArray<never> = [];
