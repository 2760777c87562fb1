/**
 * @module Time expressions resolved against the article date: chrono-node (casual English, the
 * article date as the reference instant) for days, weekdays, weekends and months, and our own
 * parsers for what chrono lacks (bare years, decades). News reports the past, so a day or month
 * without a year that chrono places after the article date is moved back one year.
 */
import * as chrono from 'chrono-node';
import type { TimeExpression } from '../core/types.js';

export type { TimeExpression };

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Finds and resolves the time expressions of `text` written on `articleDate` (YYYY-MM-DD); offsets into `text`. */
// casual English without the clock-time parsers: events are dated to the day
const parser = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !/TimeExpressionParser|CasualTimeParser/.test(p.constructor.name));
  return c;
})();

/**
 * A paragraph can hold something chrono (without its clock-time parsers) finds only if it has one
 * of the cues its parsers need: digits with a date separator between them, a month or weekday name
 * (any case), a casual day word, or a time unit after a number or a relative word ("two days",
 * "5d", "the past week"). A superset: every paragraph chrono finds anything in passes.
 */
const UNITS = 'seconds?|sec|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|mon|qtr|quarters?|years?|yrs?|[smhdwy]';
/** A time unit after a number or a quantity word ("two days", "5d", "the past week"). */
const QUANTITY_THEN_UNIT = `(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of|this|last|past|next|after)\\b|[+-])\\s*(?:${UNITS})(?=\\W|$)`;
/**
 * The cue as three tests (one alternation of the three is true exactly when one of them is): the
 * third, a time unit after a quantity, is the costly one and the one parsersFor asks again, so it is
 * asked last and its answer handed on (Cues).
 */
const CUE_DIGITS = /\d[-/.\s]\d/;
const CUE_WORDS =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|thur|thurs|fri|sat|sun|weekend|weekday|now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|night)\b/i;

/**
 * What each of chrono's parsers needs in a text before its pattern can match (a superset: each
 * regex is implied by the parser's own pattern), so a paragraph runs only the parsers that can find
 * something in it; chrono's results are the same, as a parser that finds nothing adds nothing.
 */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const DIGIT_OR_ORDINAL = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const QUANTITY_UNIT = new RegExp(QUANTITY_THEN_UNIT, 'i');
/** A unit right before "ago"/"later"/…: the relative parsers' patterns end so ("two days ago", "a week later"). */
const UNIT_AGO = new RegExp(`(?:${UNITS})\\s{0,5}(?:ago|before|earlier)`, 'i');
const UNIT_LATER = new RegExp(`(?:${UNITS})\\s{0,5}(?:later|after|from now|henceforth|forward|out)`, 'i');
/**
 * A weekday name (or "week…") not inside a longer word, as the weekday parser's pattern has it:
 * found by its literal stem first, then the character before it checked (one regex with the
 * alternatives before the stem scanned every position, slower than the parser it saved).
 */
const WEEKDAY_STEM = /sun|mon|tue|wed|thu|fri|sat|week/gi;
const STEM_PREFIX = /(?:on|this|last|past|next)$/i;
function hasWeekday(t: string): boolean {
  WEEKDAY_STEM.lastIndex = 0;
  for (let m = WEEKDAY_STEM.exec(t); m; m = WEEKDAY_STEM.exec(t)) {
    const i = m.index;
    const before = i > 0 ? t.charCodeAt(i - 1) | 0x20 : 0;
    if (!(before >= 97 && before <= 122) || STEM_PREFIX.test(t.slice(Math.max(0, i - 4), i))) return true;
  }
  return false;
}
/** Cues several parsers share, each tested at most once per paragraph. */
class Cues {
  private q: boolean | undefined;
  private m: boolean | undefined;
  private d: boolean | undefined;
  constructor(private readonly t: string) {}
  /** Whether chrono can find anything in the text at all (a digit pair, a day or month word, a quantity and a unit). */
  get any(): boolean {
    return CUE_DIGITS.test(this.t) || CUE_WORDS.test(this.t) || this.quantityUnit;
  }
  get quantityUnit(): boolean {
    this.q ??= QUANTITY_UNIT.test(this.t);
    return this.q;
  }
  get month(): boolean {
    this.m ??= MONTH.test(this.t);
    return this.m;
  }
  get digitOrOrdinal(): boolean {
    this.d ??= DIGIT_OR_ORDINAL.test(this.t);
    return this.d;
  }
}
const NEEDS: Record<string, (t: string, c: Cues) => boolean> = {
  ENYearMonthDayParser: (t) => /\d{4}[-./\s]/.test(t),
  ISOFormatParser: (t) => /\d{4}-\d/.test(t),
  SlashDateFormatParser: (t) => /\d[/.-]\d/.test(t),
  ENTimeUnitWithinFormatParser: (t, c) => /within|in|for/i.test(t) && c.quantityUnit,
  ENMonthNameLittleEndianParser: (_t, c) => c.month && c.digitOrOrdinal,
  ENMonthNameMiddleEndianParser: (_t, c) => c.month && c.digitOrOrdinal,
  ENWeekdayParser: (t) => hasWeekday(t),
  ENSlashMonthFormatParser: (t) => /\d\/\d/.test(t),
  ENTimeUnitAgoFormatParser: (t, c) => /ago|before|earlier/i.test(t) && UNIT_AGO.test(t) && c.quantityUnit,
  ENTimeUnitLaterFormatParser: (t, c) => /later|after|from now|henceforth|forward|out/i.test(t) && UNIT_LATER.test(t) && c.quantityUnit,
  ENYearMonthNameParser: (t, c) => c.month && /\d/.test(t),
  ENCasualDateParser: (t) => /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i.test(t),
  ENEndOfCurrentMonthParser: (t) => /month/i.test(t),
  ENMonthNameParser: (_t, c) => c.month,
  ENRelativeDateFormatParser: (t) => /this|last|past|next/i.test(t),
  ENTimeUnitCasualRelativeFormatParser: (t, c) => /this|last|past|next|after|\+|-/i.test(t) && c.quantityUnit,
};
/** chrono's casual parsers without its clock-time ones, in chrono's order. */
export const ALL_PARSERS = parser.parsers;
/** The parsers that can find something in `text`, in chrono's order (a parser we do not know always runs). */
export function parsersFor(text: string): typeof ALL_PARSERS {
  return parsersWith(text, new Cues(text));
}
/** Each parser's need, in ALL_PARSERS's order (undefined: a parser we do not know, which always runs). */
const NEED_OF = ALL_PARSERS.map((p) => NEEDS[p.constructor.name]);
function parsersWith(text: string, cues: Cues): typeof ALL_PARSERS {
  const out: typeof ALL_PARSERS = [];
  for (let k = 0; k < ALL_PARSERS.length; k++) {
    const need = NEED_OF[k];
    if (need === undefined || need(text, cues)) out.push(ALL_PARSERS[k] as (typeof ALL_PARSERS)[number]);
  }
  return out;
}

/**
 * chrono's results, one unit at a time (offsets into the whole text), skipping units without a cue:
 * the given units (the article's sentences: an expression over a sentence boundary is dropped anyway,
 * and a cue-less sentence of a paragraph with a cue then costs nothing), else the paragraphs.
 */
function chronoResults(text: string, ref: Date, units?: ReadonlyArray<{ start: number; end: number }>): Array<{ index: number; text: string; start: chrono.ParsedComponents }> {
  const results: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = [];
  const parse = (from: number, to: number): void => {
    const part = text.slice(from, to);
    const cues = new Cues(part);
    if (!cues.any) return;
    parser.parsers = parsersWith(part, cues);
    for (const r of parser.parse(part, { instant: ref, timezone: 0 })) results.push({ index: r.index + from, text: r.text, start: r.start });
  };
  if (units) {
    for (const u of units) parse(u.start, u.end);
    return results;
  }
  // an expression that runs over a blank line would run over a sentence boundary, and be dropped
  let from = 0;
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    parse(from, m.index);
    from = m.index;
  }
  parse(from, text.length);
  return results;
}

/** `units`: spans to run chrono on one at a time (the sentences), else the paragraphs. */
export function resolveTimes(text: string, articleDate: string, units?: ReadonlyArray<{ start: number; end: number }>): TimeExpression[] {
  const ref = new Date(`${articleDate}T12:00:00Z`);
  const out: TimeExpression[] = [];
  const taken = (a: number, b: number): boolean => out.some((t) => a < t.end && b > t.start);
  for (const r of chronoResults(text, ref, units)) {
    const k = r.start;
    const lower = r.text.toLowerCase();
    // "now" names no day a reader could date an event by; a lower-case weekday or month is a word
    // ("sun", "march", "may"); a bare fraction is no date ("5/6", "24/7")
    if (/^(right )?now$/.test(lower.trim())) continue;
    if (/^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/.test(r.text.trim())) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) continue;
    // "a day after India expelled …", "two weeks later": counted from an event of the text, not from the
    // article's date (chrono counts from the article's date)
    if (/^(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(days?|weeks?|months?|years?)\s+(after|before|later|earlier)$/.test(lower.trim())) continue;
    const surface = r.text.replace(/[\s,.;:]+$/, '');
    let y = k.get('year') ?? ref.getUTCFullYear();
    const m = k.get('month') ?? 1;
    const d = k.get('day') ?? 1;
    let date: string | null = null;
    let range: [string, string] | null = null;
    if (/weekend/.test(lower)) {
      // news reports the weekend just past ("over the weekend", "last weekend"; on a Saturday or Sunday
      // the one under way); a coming one only when the text says so ("next weekend", or "this weekend"
      // written on a weekday). chrono alone looks forward from a Wednesday.
      const dow = ref.getUTCDay();
      const ahead = /\b(next|coming)\b/.test(lower) || (/\bthis\b/.test(lower) && dow >= 1 && dow <= 5);
      const sat = addDays(articleDate, ahead ? (6 - dow + 7) % 7 : -((dow + 1) % 7));
      range = [sat, addDays(sat, 1)];
    } else if (/\b(last|this|past|next) week\b/.test(lower)) {
      const day = ymd(y, m, d);
      const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
      const monday = addDays(day, -((dow + 6) % 7));
      range = [monday, addDays(monday, 6)];
    } else if (k.isCertain('weekday') && !k.isCertain('day')) {
      // "on Monday": the most recent such day on or before the article date (the same day if it is one)
      const want = k.get('weekday') ?? 0;
      const back = (ref.getUTCDay() - want + 7) % 7;
      date = addDays(articleDate, /\b(next|coming)\b/.test(lower) ? (want - ref.getUTCDay() + 7) % 7 || 7 : -back);
    } else if (k.isCertain('day') || k.isCertain('weekday')) {
      if (!k.isCertain('year') && ymd(y, m, d) > articleDate && !/\b(next|tomorrow|coming)\b/.test(lower)) y -= 1;
      date = ymd(y, m, d);
    } else if (k.isCertain('month')) {
      if (!k.isCertain('year') && ymd(y, m, 1) > articleDate) y -= 1;
      range = [ymd(y, m, 1), ymd(y, m, lastDay(y, m))];
    } else continue;
    out.push({ start: r.index, end: r.index + surface.length, text: surface, date, range });
  }
  // calendar periods relative to the article: "last year", "this month", "a year ago"
  const y0 = Number(articleDate.slice(0, 4));
  const m0 = Number(articleDate.slice(5, 7));
  for (const mt of text.matchAll(/\b(last|this|next|past)\s+(year|month)\b/gi)) {
    const start = mt.index ?? 0;
    const end = start + mt[0].length;
    if (taken(start, end)) continue;
    const which = (mt[1] as string).toLowerCase();
    const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
    let range: [string, string];
    if ((mt[2] as string).toLowerCase() === 'year') range = [ymd(y0 + shift, 1, 1), ymd(y0 + shift, 12, 31)];
    else {
      const d = new Date(Date.UTC(y0, m0 - 1 + shift, 1));
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + 1;
      range = [ymd(y, m, 1), ymd(y, m, lastDay(y, m))];
    }
    out.push({ start, end, text: mt[0], date: null, range });
  }
  // bare years ("in 2023", "until 2008") and decades ("the 1990s")
  for (const mt of text.matchAll(/\b(?:in|since|until|by|during|before|after|of)\s+(?:the\s+)?((1[89]|20)\d0s|(1[89]|20)\d\d)\b/gi)) {
    const word = mt[1] as string;
    const start = (mt.index ?? 0) + mt[0].length - word.length;
    if (taken(start, start + word.length)) continue;
    const y = Number.parseInt(word, 10);
    const range: [string, string] = word.endsWith('s') ? [ymd(y, 1, 1), ymd(y + 9, 12, 31)] : [ymd(y, 1, 1), ymd(y, 12, 31)];
    out.push({ start, end: start + word.length, text: word, date: null, range });
  }
  return out.sort((a, b) => a.start - b.start);
}
