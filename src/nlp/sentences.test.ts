import { describe, expect, it } from 'vitest';
import { buildSentences } from './sentences.js';
import { analyse } from './tokens.js';

const split = (text: string): string[] => {
  const { tokens, winkSentences } = analyse(text);
  return buildSentences(text, tokens, winkSentences).map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it.each([
    ['MAS was a notoriously anti-U.S. government that ruled Bolivia.', ['MAS was a notoriously anti-U.S. government that ruled Bolivia.']],
    ['Christian K. Caruzo is a Venezuelan writer. He lives abroad.', ['Christian K. Caruzo is a Venezuelan writer.', 'He lives abroad.']],
    ['Gen. Smith arrived. He spoke.', ['Gen. Smith arrived.', 'He spoke.']],
    ['First paragraph without a stop\n\nSecond paragraph.', ['First paragraph without a stop', 'Second paragraph.']],
    ['“We are ready,” he said. “We will work together.”', ['“We are ready,” he said.', '“We will work together.”']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives every token exact offsets', () => {
    const text = 'U.S. Deputy Secretary  of State\n\nChristopher Landau’s “trip” — anti-U.S. rhetoric…';
    for (const t of analyse(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('never throws on text with no sentences', () => {
    expect(split('')).toEqual([]);
    expect(split('  \n\n ')).toEqual([]);
    expect(split('!!! ... ???').length).toBeGreaterThanOrEqual(1);
  });
});
