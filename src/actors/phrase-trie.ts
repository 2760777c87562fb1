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
    let node = this.root;
    for (const w0 of words) {
      const w = this.key(w0);
      let n = node.next.get(w);
      if (!n) {
        n = { next: new Map(), value: null };
        node.next.set(w, n);
      }
      node = n;
    }
    node.value ??= value;
  }

  private key(w: string): string {
    const k = w.replace(/[’‘]/g, "'");
    return this.caseSensitive ? k : k.toLowerCase();
  }

  /** Longest phrase starting at token `i` (not crossing `limit`): its value and end token (exclusive). */
  match(tokens: readonly Token[], i: number, limit: number): { value: V; end: number } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { value: V; end: number } | null = null;
    for (let j = i; j < limit && node; j++) {
      const t = tokens[j] as Token;
      node = node.next.get(this.key(t.text));
      if (node?.value != null) best = { value: node.value, end: j + 1 };
    }
    return best;
  }
}
