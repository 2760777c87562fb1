/**
 * @module The time of a sentence's events. A sentence's own time expression comes first; one that
 * names none takes the time of the occasion it refers to ("said during the press conference" after
 * "On Monday, Landau held a press conference"), else the last time anchor of the sentence before it in
 * the same paragraph — a narrative keeps its time until it names a new one ("Landau travelled to La
 * Paz over the weekend. The president met with Landau …"). A new paragraph, a quotation and a
 * boundary ("until 2008", "since May") start afresh; only a day or a few days carry on (a year or month
 * is more often background), and never a time inside a quotation or after the article's day.
 */
import { type Quote, type Sentence, startingBefore, type TimeExpression, type Token } from '../core/types.js';

/** Occasions an article dates once and refers back to with a definite noun phrase. */
const OCCASIONS =
  'conference|summit|meeting|talks|visit|trip|inauguration|ceremony|interview|speech|address|rally|encounter|negotiations|session|hearing|briefing|forum|debate|funeral|parade|election|elections|referendum|vote';
const OCCASION = new RegExp(`\\b(${OCCASIONS})\\b`, 'gi');
/** "during/at/on the sidelines of/in + the/that/their … + occasion" (up to two words between). */
const BACK_REFERENCE = new RegExp(
  `\\b(?:during|at|on the sidelines of|in|after)\\s+(?:the|that|this|their|his|her|its|the same)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${OCCASIONS})\\b`,
  'giu',
);
/** The first day a time expression names (its day, or its range's first). */
export const firstDay = (t: TimeExpression): string => t.date ?? t.range?.[0] ?? '';

const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** A time after one of these bounds a state ("until 2008") rather than dating an act. */
const BOUNDARY = /\b(?:until|till|since|by|before|after|through|from|to)\s+(?:the\s+)?$/i;

/**
 * For each sentence, the time expressions its events take: its own, or the one it inherits (see the
 * module). `times` and `sentences` in document order.
 */
export function sentenceTimes(text: string, sentences: readonly Sentence[], times: readonly TimeExpression[], quotes: readonly Quote[], articleDate: string): TimeExpression[][] {
  const out: TimeExpression[][] = sentences.map(() => []);
  let t = 0;
  for (const s of sentences) {
    while (t < times.length && (times[t] as TimeExpression).start < s.start) t++;
    for (let k = t; k < times.length && (times[k] as TimeExpression).end <= s.end; k++) (out[s.index] as TimeExpression[]).push(times[k] as TimeExpression);
  }
  const isAnchor = (x: TimeExpression): boolean => !BOUNDARY.test(text.slice(Math.max(0, x.start - 16), x.start));
  // the anchor each occasion noun was last dated with, as the text is read
  const occasions = new Map<string, TimeExpression>();
  // whether a sentence starts inside a direct quotation: one sweep over the quotations by their start
  const quoteSpans = quotes.filter((q) => q.kind === 'direct').sort((a, b) => a.start - b.start);
  let q = 0;
  let quotedTo = -1;
  const inQuote = (at: number): boolean => {
    for (; q < quoteSpans.length && (quoteSpans[q] as Quote).start <= at; q++) quotedTo = Math.max(quotedTo, (quoteSpans[q] as Quote).end);
    return at < quotedTo;
  };
  let carried: TimeExpression | null = null;
  let prev: Sentence | null = null;
  for (const s of sentences) {
    const own = out[s.index] as TimeExpression[];
    const quoted = inQuote(s.start);
    const body = text.slice(s.start, s.end);
    if (prev === null || text.slice(prev.end, s.start).includes('\n')) carried = null;
    prev = s;
    const anchors = own.filter(isAnchor);
    // what a quotation says of time, and a time after the article's day (a plan), set no narrative time
    const told = anchors.filter((x) => !inQuote(x.start) && firstDay(x) <= articleDate);
    let inherited: TimeExpression | null = null;
    if (own.length === 0) {
      // (only when an occasion was dated before and its word is in the sentence: most sentences skip the search)
      if (occasions.size > 0 && mentionsOccasion(body, occasions))
        for (const m of body.matchAll(BACK_REFERENCE)) {
          inherited = occasions.get((m[1] as string).toLowerCase()) ?? null;
          if (inherited) break;
        }
      if (!inherited && carried && !quoted && !/^\s*["“‘]/.test(body)) inherited = carried;
      if (inherited) own.push(inherited);
    } else {
      // a narrative is carried by a day or a few days ("on Monday", "over the weekend"); a year or a
      // month is more often background ("the treaty the two countries signed in 2025"), and a sentence
      // with only a boundary ends the narrative's time
      const last = told[told.length - 1] ?? null;
      carried = last && (last.date || (last.range && daysBetween(last.range[0], last.range[1]) <= 7)) ? last : null;
    }
    const anchor = told[told.length - 1] ?? inherited;
    if (anchor) for (const m of body.matchAll(OCCASION)) occasions.set((m[1] as string).toLowerCase(), anchor);
  }
  return out;
}

/** Whether the text holds one of the dated occasion words (lower-cased, as BACK_REFERENCE's match is looked up). */
function mentionsOccasion(body: string, occasions: ReadonlyMap<string, unknown>): boolean {
  const lower = body.toLowerCase();
  for (const word of occasions.keys()) if (lower.includes(word)) return true;
  return false;
}

/**
 * The time of one event among its sentence's: the first after the matched words (trigger and target)
 * that no verb of another clause separates from them ("met Peru on Friday", not "accused Peru of
 * violating the treaty they signed in 2025"), else the first before them ("On Monday, Chile said …"),
 * else none. `wordsEnd` is the offset where the matched words end. An intention or a threat
 * (`statement`) is dated by when it was stated, never by the time of the act it announces ("said on
 * Tuesday it would meet Peru on June 30").
 */
export function timeOfEvent(times: readonly TimeExpression[], tokens: readonly Token[], wordsEnd: number, statement = false): TimeExpression | null {
  let before: TimeExpression | null = null;
  let j = startingBefore(tokens, wordsEnd); // the first token after the words
  for (const t of times) {
    if (t.start < wordsEnd) {
      before ??= t;
      continue;
    }
    if (statement) break;
    let verb = false;
    for (; j < tokens.length && (tokens[j] as Token).start < t.start; j++) if ((tokens[j] as Token).pos === 'VERB') verb = true;
    if (!verb) return t;
    break; // a later time is further inside the other clause
  }
  return before;
}
