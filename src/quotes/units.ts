/**
 * @module The unit a quotation record stands for. `quotation` (the default): one record per quoted
 * passage — in “A,” she said. “B.” A and B are two records, B marked `continues`. `attribution`: one
 * record per act of attribution (one speaker, one cue), as attribution corpora such as PolNeAR count
 * them — A and B are one record from A's start to B's end, the passages in `parts`.
 */

import type { Quote } from '../core/schema.js';

export const QUOTE_UNITS = ['quotation', 'attribution'] as const;
export type QuoteUnit = (typeof QUOTE_UNITS)[number];

/** The quotations of `text` as records of `unit`; the input is not changed. */
export function quoteUnits(text: string, quotes: readonly Quote[], unit: QuoteUnit): Quote[] {
  if (unit === 'quotation' || !quotes.some((q) => q.continues)) return [...quotes];
  const out: Quote[] = [];
  // the record each cue last opened, to which a continuing quotation with that cue belongs
  const openedBy = new Map<string, number>();
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const head = q.continues && key !== null ? openedBy.get(key) : undefined;
    if (head === undefined) {
      const { continues: _, ...own } = q;
      if (key !== null) openedBy.set(key, out.length);
      out.push(own);
      continue;
    }
    const h = out[head] as Quote;
    const parts = [...(h.parts ?? [{ start: h.start, end: h.end, text: h.text }]), ...(q.parts ?? [{ start: q.start, end: q.end, text: q.text }])];
    // one record from the first passage to the last, the attribution between them included
    const end = Math.max(h.end, q.end);
    out[head] = { ...h, end, text: text.slice(h.start, end), parts };
  }
  return out;
}

/** The unit named by a --quote-unit value (undefined: the default); throws naming the choices otherwise. */
export function quoteUnitOf(value: unknown): QuoteUnit {
  if (value === undefined) return 'quotation';
  if ((QUOTE_UNITS as readonly unknown[]).includes(value)) return value as QuoteUnit;
  throw new Error(`unknown --quote-unit ${JSON.stringify(value)}; use ${QUOTE_UNITS.join(' or ')}`);
}
