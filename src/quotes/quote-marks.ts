/**
 * @module Quotation-mark spans in a text: curly (“ ”), guillemets (« »), low-high („ “) and
 * straight (") double quotes; single curly quotes (‘ ’) when the text uses no double ones. Nested
 * quotes stay inside the outer one. A quotation left open at a paragraph break continues when
 * the next paragraph opens with a quotation mark (news style for quotes over several paragraphs);
 * otherwise it ends with its paragraph.
 */

export interface QuoteMarks {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (or the end of the text the quote ran to). */
  readonly close: number;
  /** The quoted words: inside the marks, trimmed. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Whether a closing mark was found. */
  readonly closed: boolean;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
/** The characters the scan acts on (any other does nothing, inside a quotation or out): it skips to the next. */
const MARKS = /[\n"“”«»„‘’]/g;

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return [a, b];
}

export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const singles = !/[“”«»„"]/.test(text);
  let open = -1;
  let depth = 0;
  let openChar = '';
  let innerStraight = false;
  const finish = (close: number, closed: boolean, markLen: number) => {
    const [a, b] = trimmed(text, open + 1, closed ? close - markLen : close);
    if (b > a) out.push({ open, close, contentStart: a, contentEnd: b, closed });
    open = -1;
    depth = 0;
  };
  for (let i = 0; i < text.length; i++) {
    MARKS.lastIndex = i;
    const mark = MARKS.exec(text);
    if (!mark) break;
    i = mark.index;
    const ch = text[i] as string;
    if (open >= 0 && ch === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 8))) {
      // paragraph break inside a quotation: continue if the next paragraph opens with a mark
      let j = i;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      const next = text[j] as string;
      if (OPEN.has(next) || (next === '"' && openChar === '"') || (singles && next === '‘')) {
        i = j; // the mark that reopens is part of the same quotation
        continue;
      }
      finish(i, false, 0);
      continue;
    }
    const straight = ch === '"';
    const single = singles && (ch === '‘' || ch === '’');
    if (open < 0) {
      const opensHere = OPEN.has(ch) || (straight && (i === 0 || /[\s([{—–-]/.test(text[i - 1] as string))) || (single && ch === '‘');
      if (opensHere) {
        open = i;
        openChar = ch;
        depth = 0;
        innerStraight = false;
      }
      continue;
    }
    // inside a quotation
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    // mixed marks, as typed: a curly quotation closed by a straight mark (‘“Yes," he said’) — unless a
    // straight pair opened inside it — or by a second opening mark (‘“Yes,“ he said’)
    let mixedClose = false;
    if (straight && openChar === '“') {
      if (innerStraight) innerStraight = false;
      else if (/\s|[([{—–-]/.test(prev)) innerStraight = true;
      else mixedClose = /[\s,.;:!?)\]—–-]/.test(next);
    } else if (ch === '“' && openChar === '“' && /[,.!?]/.test(prev) && /\s/.test(next)) mixedClose = true;
    // guillemets may nest; a second “ inside a “…” quotation is a stray mark, not a nested quote
    if (ch === '«' && openChar === '«') depth++;
    else if (mixedClose || CLOSE.has(ch) || (straight && openChar === '"') || (single && ch === '’' && !/\p{L}/u.test(text[i + 1] ?? ''))) {
      if (depth > 0 && !straight) depth--;
      else finish(i + 1, true, 1);
    }
  }
  if (open >= 0) finish(text.length, false, 0);
  return out;
}
