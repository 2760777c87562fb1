import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/tokens.js';
import { PhraseTrie } from './phrase-trie.js';

describe('phrase tries keyed by word ids', () => {
  it('finds the longest phrase at a token, within the limit, case as written or by norm', () => {
    const { tokens } = analyse('The Grand Duchy of Zembla signed with the grand duchy.');
    const named = new PhraseTrie<string>(true);
    named.add(['Grand', 'Duchy'], 'short');
    named.add(['Grand', 'Duchy', 'of', 'Zembla'], 'long');
    const nouns = new PhraseTrie<string>(false);
    nouns.add(['Grand', 'Duchy'], 'noun');
    const grand = tokens.findIndex((t) => t.text === 'Grand');
    expect(named.match(tokens, grand, tokens.length)).toEqual({ value: 'long', end: grand + 4 });
    expect(named.match(tokens, grand, grand + 3)).toEqual({ value: 'short', end: grand + 2 });
    const lower = tokens.findIndex((t) => t.text === 'grand');
    expect(named.match(tokens, lower, tokens.length)).toBeNull();
    expect(nouns.match(tokens, lower, tokens.length)).toEqual({ value: 'noun', end: lower + 2 });
    expect(named.match(tokens, tokens.length, tokens.length)).toBeNull();
  });

  it('finds words first met in a trie built after the text was analysed', () => {
    // the text's words were looked up before any dictionary held "Qwertyland": a stale lookup would miss it
    const { tokens } = analyse('Envoys of Qwertyland’s neighbour Xyzzystan met.');
    const trie = new PhraseTrie<string>(true);
    trie.add(['Xyzzystan'], 'XYZ');
    trie.add(['Qwertyland'], 'QWE');
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(trie.match(tokens, at('Xyzzystan'), tokens.length)?.value).toBe('XYZ');
    expect(trie.match(tokens, at('Qwertyland'), tokens.length)?.value).toBe('QWE');
    // and on the same words analysed again, now from the analyser's cache of ids
    const again = analyse('Xyzzystan and Qwertyland.').tokens;
    expect(trie.match(again, 0, again.length)?.value).toBe('XYZ');
    expect(trie.match(again, 2, again.length)?.value).toBe('QWE');
  });
});
