import type { GivenText } from '../core/types.js';

/**
 * @module Text normalisation applied once, on input: BOM dropped, line endings made \n, Unicode NFC,
 * control characters other than tab and newline replaced by a space, white space trimmed at both ends.
 * The stages read the normalised text; the output carries the text as it was given, and every offset
 * is mapped back to it (`givenText`), so offsets index the text the user has.
 */

// C0 controls except \t and \n, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normalizeText(raw: string): string {
  return normalizeCharacters(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
}

/** Line endings, NFC and control characters: what normalising does to any stretch of text. */
function normalizeCharacters(t: string): string {
  return t.replace(/\r\n?/g, '\n').normalize('NFC').replace(CONTROL, ' ');
}

/** Trims white space at both ends (an article's text starts and ends with content). */
export function trimText(t: string): string {
  return t.replace(/^\s+/, '').replace(/\s+$/, '');
}

let graphemes: Intl.Segmenter | null = null;

/**
 * The text as given and where each offset of `text` (= `trimText(normalizeText(given))`) lies in it;
 * null when they are the same. Normalisation changes a text one user-perceived character at a time (a
 * CR LF pair, a letter and its combining marks), so the characters are normalised one by one and their
 * places recorded. Also null when that does not give `text` (it always should; offsets then stay as
 * they are, into the normalised text the output then carries).
 */
export function givenText(given: string, text: string): GivenText | null {
  if (given === text) return null;
  const lead = given.indexOf(text);
  // only white space (and a BOM) trimmed: one shift
  if (lead >= 0 && trimText(normalizeText(given.slice(0, lead))) === '' && trimText(normalizeText(given.slice(lead + text.length))) === '') return { text: given, shift: lead };
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  const from = given.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { segment, index } of graphemes.segment(given.slice(from))) {
    const piece = normalizeCharacters(segment);
    const at = from + index;
    for (let i = 0; i < piece.length; i++) {
      starts.push(at);
      ends.push(at + segment.length);
    }
    pieces.push(piece);
  }
  const normalised = pieces.join('');
  const skip = normalised.length - normalised.replace(/^\s+/, '').length;
  if (trimText(normalised) !== text) return null;
  const start = new Int32Array(text.length + 1);
  const end = new Int32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) start[k] = starts[skip + k] as number;
  start[text.length] = ends[skip + text.length - 1] as number;
  end[0] = starts[skip] as number;
  for (let k = 1; k <= text.length; k++) end[k] = ends[skip + k - 1] as number;
  return { text: given, start, end };
}
