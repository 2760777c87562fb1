/**
 * @module Text normalisation applied once, on input: BOM dropped, line endings made \n, Unicode NFC,
 * control characters other than tab and newline replaced by a space. The output carries the
 * normalised text, so every offset a user sees refers to text they have.
 */

// C0 controls except \t and \n, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normalizeText(raw: string): string {
  let t = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  t = t.replace(/\r\n?/g, '\n').normalize('NFC').replace(CONTROL, ' ');
  return t;
}

/** Trims white space at both ends (an article's text starts and ends with content). */
export function trimText(t: string): string {
  return t.replace(/^\s+/, '').replace(/\s+$/, '');
}
