import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';

const texts = (text: string) => analyse(text).tokens.map((t) => t.text);

describe('tokens', () => {
  it('splits a possessive off a name the same way whatever was read before', () => {
    // wink-nlp keeps "Xelvorim’s" whole once it has cached it from "Xelvorim’s," in an earlier text
    const fresh = texts('Marco Xelvorim’s collapse.');
    expect(texts('No one except Xelvorim’s, records show.')).toEqual(['No', 'one', 'except', 'Xelvorim', '’s', ',', 'records', 'show', '.']);
    expect(texts('Marco Xelvorim’s collapse.')).toEqual(fresh);
    expect(fresh).toEqual(['Marco', 'Xelvorim', '’s', 'collapse', '.']);
  });

  it('keeps exact offsets and sentence spans across a split', () => {
    const text = 'Except Qorvantu’s, nobody came. Then Qorvantu’s aide spoke.';
    const { tokens, winkSentences } = analyse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const last = winkSentences[winkSentences.length - 1] as [number, number];
    expect(last[1]).toBe(tokens.length);
    expect(tokens.find((t) => t.text === '’s')?.pos).toBe('PART');
  });
});

describe('tokens read from wink-nlp internals', () => {
  it('match wink-nlp’s public out() columns (text, POS, lemma) on every token', async () => {
    const { wink } = await import('./wink.js');
    const text = 'They can’t run.\u00a0The run was long; they don’t run now. Ministers met ministers in Q3, e.g. 5.4% up.';
    const nlp = wink();
    const its = nlp.its;
    const d = nlp.readDoc(text);
    const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");
    const expected = (d.tokens().out(its.value) as string[]).map((v, i) => [
      v,
      (d.tokens().out(its.pos) as string[])[i],
      norm((d.tokens().out(its.lemma as unknown as typeof its.value) as string[])[i] as string),
      norm(v),
    ]);
    for (let round = 0; round < 2; round++) {
      const { tokens } = analyse(text);
      expect(tokens.map((t) => [t.text, t.pos, t.lemma, t.norm])).toEqual(expected);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('tokens do not depend on the texts read before', () => {
  it('tags a possessive as in a fresh process after wink has met it unsplit elsewhere', () => {
    const show = (text: string) => analyse(text).tokens.map((t) => `${t.text}/${t.pos}/${t.start}`);
    const sentence = "Analysts wrote about Zorblatt's decisive win over Quenfeld in the primary.";
    const first = show(sentence);
    // wink keeps "Zorblatt's" whole before a comma, and then (without care) wherever it meets it
    // again, which tagged "win" a verb
    analyse("It was Zorblatt's, not ours.");
    expect(show(sentence)).toEqual(first);
    expect(first).toContain('win/NOUN/41');
  });
});
