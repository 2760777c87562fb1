/**
 * @module Reading PETRARCH/TABARI-format dictionary files (actors, agents, verbs, discards) into a
 * plain syntax tree, with every line it cannot read reported as a problem naming the file and line.
 * Pure: the caller reads the files. Both the PETRARCH-1 (TABARI) verb format and the PETRARCH-2
 * one (`{noun phrase}`, `(prepositional phrase)`) are read; convert.ts turns the tree into the
 * engine's dictionaries.
 */
import type { DatedCode, DictionarySource } from '../types.js';

export type { DatedCode };

export interface Problem {
  readonly file: string;
  readonly line: number;
  /** `error`: the entry cannot be read and is left out; `warning`: read, but a part is ignored. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface PetrarchActor {
  /** The phrases: the entry and its `+synonyms`, as upper-case words. */
  readonly phrases: readonly (readonly string[])[];
  /** Codes; several undated ones separated by `/` make a compound actor (`[FRO/BIL/SAM]`). */
  readonly codes: readonly DatedCode[];
  readonly file: string;
  readonly line: number;
}

export interface PetrarchAgent {
  readonly phrase: readonly string[];
  /** Explicit plural forms from `{…}`; empty braces mean "no plural"; null: the regular plural. */
  readonly plurals: readonly (readonly string[])[] | null;
  readonly code: string;
  /** `[~GOV]` appends to the actor's code, `[NGO~]` goes before it. */
  readonly position: 'suffix' | 'prefix';
  readonly file: string;
  readonly line: number;
}

/**
 * One token of a verb pattern. `joined`: written with `_` to the one before (next to it in the
 * text); `phrase`: in the same PETRARCH-2 `{noun phrase}` or `(prepositional phrase)` as the one
 * before (a few modifiers may stand between); neither: anywhere after it in the verb phrase.
 */
export type PatternToken = (
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'synset'; readonly name: string }
  | { readonly kind: 'verb' }
  | { readonly kind: 'target' }
  | { readonly kind: 'source' }
  | { readonly kind: 'compound' }
  | { readonly kind: 'skip' }
) & { readonly joined: boolean; readonly phrase?: boolean };

export interface PetrarchPattern {
  readonly tokens: readonly PatternToken[];
  readonly code: string;
  /** The second code of `[032:033]`: the event from the target back to the source. */
  readonly pairedCode: string | null;
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export interface PetrarchVerb {
  /** The words of the verb, upper case; `head` is the index of the inflected word (`WIRE_+TAP`). */
  readonly words: readonly string[];
  readonly head: number;
  /** Irregular forms from `{…}`, each as words. */
  readonly forms: readonly (readonly string[])[];
  /** A code given on the verb's own line, else the block's. */
  readonly code: string | null;
  readonly pairedCode: string | null;
  readonly line: number;
}

export interface VerbBlock {
  readonly name: string;
  readonly code: string;
  readonly pairedCode: string | null;
  readonly verbs: readonly PetrarchVerb[];
  readonly patterns: readonly PetrarchPattern[];
  readonly file: string;
  readonly line: number;
}

export interface Synset {
  readonly name: string;
  /** Members: phrases (upper-case words) or other synsets (`&NAME`). */
  readonly members: readonly (readonly string[])[];
  readonly file: string;
  readonly line: number;
}

export interface Discard {
  readonly phrase: readonly string[];
  /** `+PHRASE`: the whole story is discarded; otherwise the sentence. */
  readonly story: boolean;
  readonly file: string;
  readonly line: number;
}

export interface PetrarchDictionaries {
  readonly actors: PetrarchActor[];
  readonly agents: PetrarchAgent[];
  readonly blocks: VerbBlock[];
  readonly synsets: Map<string, Synset>;
  readonly discards: Discard[];
  readonly problems: Problem[];
}

export const emptyPetrarch = (): PetrarchDictionaries => ({ actors: [], agents: [], blocks: [], synsets: new Map(), discards: [], problems: [] });

interface Line {
  readonly n: number;
  /** The text with comments removed, trimmed at the end. */
  readonly text: string;
}

/** The file's lines without `<!-- … -->` blocks and `#` comments (blank lines kept as ''). */
function lines(src: DictionarySource): Line[] {
  const out: Line[] = [];
  let inComment = false;
  src.text.split(/\r?\n/).forEach((raw, i) => {
    let s = raw;
    let kept = '';
    for (;;) {
      if (inComment) {
        const end = s.indexOf('-->');
        if (end < 0) {
          s = '';
          break;
        }
        s = s.slice(end + 3);
        inComment = false;
        continue;
      }
      // `<!--` and the `<! --` seen in the wild
      const open = s.search(/<!\s*--/);
      if (open < 0) {
        kept += s;
        break;
      }
      kept += s.slice(0, open);
      s = s.slice(open).replace(/^<!\s*--/, '');
      inComment = true;
    }
    const hash = kept.indexOf('#');
    if (hash >= 0) kept = kept.slice(0, hash);
    out.push({ n: i + 1, text: kept.replace(/\s+$/, '') });
  });
  return out;
}

const words = (phrase: string): string[] =>
  phrase
    .trim()
    .split(/[\s_]+/)
    .filter((w) => w !== '')
    .map((w) => w.toUpperCase());

/** `950601` → 1995-06-01, `20080120` → 2008-01-20; null if not a date. */
export function parseDay(s: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    // TABARI's two-digit years: 00-29 are 2000s, the rest 1900s
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

/** CAMEO codes are three-letter parts, but older dictionaries hold codes such as YEMNO: any letters and digits are read. */
const ACTOR_CODE = /^[A-Z][A-Z0-9]{1,14}$|^---$|^\+\+\+$|^###$/;

/** The inside of an actor's `[…]`: one or more codes, or one code with a date restriction. */
export function parseActorCodes(inner: string): DatedCode[] | string {
  const s = inner.trim();
  let m = /^(\S+)\s*<\s*(\d+)$/.exec(s);
  if (m) {
    const day = parseDay(m[2] as string);
    if (!day) return `bad date ${JSON.stringify(m[2])} (write YYMMDD or YYYYMMDD)`;
    return checkCodes([{ code: m[1] as string, from: null, to: dayBefore(day) }]);
  }
  m = /^(\S+)\s*>\s*(\d+)$/.exec(s);
  if (m) {
    const day = parseDay(m[2] as string);
    if (!day) return `bad date ${JSON.stringify(m[2])} (write YYMMDD or YYYYMMDD)`;
    return checkCodes([{ code: m[1] as string, from: dayAfter(day), to: null }]);
  }
  m = /^(\S+)\s+(\d+)\s*-\s*(\d+)$/.exec(s);
  if (m) {
    const from = parseDay(m[2] as string);
    const to = parseDay(m[3] as string);
    if (!from || !to) return `bad date range ${JSON.stringify(`${m[2]}-${m[3]}`)} (write YYYYMMDD-YYYYMMDD)`;
    if (to < from) return `date range ends (${to}) before it starts (${from})`;
    return checkCodes([{ code: m[1] as string, from, to }]);
  }
  if (/\s/.test(s) || s === '') return `cannot read the code block [${inner}] (expected [CODE], [CODE <date], [CODE >date] or [CODE date-date])`;
  return checkCodes(s.split('/').map((code) => ({ code, from: null, to: null })));
}

function checkCodes(codes: DatedCode[]): DatedCode[] | string {
  for (const c of codes) if (!ACTOR_CODE.test(c.code.toUpperCase())) return `${JSON.stringify(c.code)} is not an actor code (three-letter parts, e.g. ARN or ARNGOV)`;
  return codes.map((c) => ({ ...c, code: c.code.toUpperCase() }));
}

/** Actors file: `NAME [CODE]`, `+SYNONYM` lines, and indented `[CODE date]` lines. */
export function parseActors(src: DictionarySource, into: PetrarchDictionaries): void {
  let current: { phrases: string[][]; codes: DatedCode[]; line: number } | null = null;
  const flush = (): void => {
    if (!current) return;
    if (current.codes.length === 0) into.problems.push({ file: src.file, line: current.line, severity: 'error', message: `actor ${current.phrases[0]?.join(' ')} has no code` });
    else into.actors.push({ phrases: current.phrases, codes: current.codes, file: src.file, line: current.line });
    current = null;
  };
  for (const { n, text } of lines(src)) {
    if (text.trim() === '') continue;
    const indented = /^\s/.test(text);
    const t = text.trim();
    const blocks = [...t.matchAll(/\[([^\]]*)\]/g)];
    if (t.includes('[') && blocks.length === 0) {
      into.problems.push({ file: src.file, line: n, severity: 'error', message: `unclosed code block in ${JSON.stringify(t)}` });
      continue;
    }
    const name = t.replace(/\[[^\]]*\]/g, '').trim();
    const codes: DatedCode[] = [];
    let bad = false;
    for (const b of blocks) {
      const r = parseActorCodes(b[1] as string);
      if (typeof r === 'string') {
        into.problems.push({ file: src.file, line: n, severity: 'error', message: r });
        bad = true;
      } else codes.push(...r);
    }
    if (name.startsWith('+')) {
      if (!current) {
        into.problems.push({ file: src.file, line: n, severity: 'error', message: `synonym ${name} follows no actor` });
        continue;
      }
      current.phrases.push(words(name.slice(1)));
      current.codes.push(...codes);
      continue;
    }
    if (name === '' || (indented && name === '')) {
      if (!current) {
        if (!bad) into.problems.push({ file: src.file, line: n, severity: 'error', message: 'code block follows no actor' });
        continue;
      }
      current.codes.push(...codes);
      continue;
    }
    flush();
    if (bad && codes.length === 0) continue;
    current = { phrases: [words(name)], codes, line: n };
  }
  flush();
}

/** Agents file: `!SUB! = A, B` substitution sets, `NOUN {PLURALS} [~CODE]` or `[CODE~]`. */
export function parseAgents(src: DictionarySource, into: PetrarchDictionaries): void {
  const subs = new Map<string, string[]>();
  for (const { n, text } of lines(src)) {
    const t = text.trim();
    if (t === '') continue;
    const sub = /^(![A-Z0-9_]+!)\s*=\s*(.+)$/i.exec(t);
    if (sub) {
      subs.set(
        (sub[1] as string).toUpperCase(),
        (sub[2] as string).split(',').map((w) => w.trim().toUpperCase()),
      );
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(t);
    if (!m) {
      into.problems.push({ file: src.file, line: n, severity: 'error', message: `cannot read agent line ${JSON.stringify(t)} (expected NOUN {PLURALS} [~CODE])` });
      continue;
    }
    const code = (m[3] as string).trim().toUpperCase();
    const cm = /^~([A-Z0-9]+)$/.exec(code) ?? /^([A-Z0-9]+)~$/.exec(code);
    if (!cm || (cm[1] as string).length % 3 !== 0) {
      into.problems.push({ file: src.file, line: n, severity: 'error', message: `agent code [${m[3]}] is not [~CODE] or [CODE~] with three-letter parts` });
      continue;
    }
    const position = code.startsWith('~') ? 'suffix' : 'prefix';
    const plurals = m[2] === undefined ? null : (m[2] as string).trim() === '' ? [] : (m[2] as string).trim().split(/\s+/).map(words);
    // `CONGRESS!PERSON!`: one agent per member of the substitution set
    const phrase = (m[1] as string).trim().toUpperCase();
    const marker = /![A-Z0-9_]+!/.exec(phrase);
    const expansions = marker ? subs.get(marker[0]) : undefined;
    if (marker && !expansions) {
      into.problems.push({ file: src.file, line: n, severity: 'error', message: `substitution ${marker[0]} is not defined above (write ${marker[0]} = WORD, WORD)` });
      continue;
    }
    const phrases = expansions ? expansions.map((w) => phrase.replace(marker?.[0] as string, w)) : [phrase];
    for (const p of phrases) into.agents.push({ phrase: words(p), plurals: expansions ? [] : plurals, code: cm[1] as string, position, file: src.file, line: n });
  }
}

/** Discards file: `+PHRASE` discards the story, `PHRASE` the sentence. */
export function parseDiscards(src: DictionarySource, into: PetrarchDictionaries): void {
  for (const { n, text } of lines(src)) {
    // `;` starts a comment too in old files ("ab 13 Jun 2005 ;AB 13 JUN 2005")
    const t = (text.split(';')[0] as string).trim();
    if (t === '') continue;
    const story = t.startsWith('+');
    const phrase = words(story ? t.slice(1) : t);
    if (phrase.length === 0) {
      into.problems.push({ file: src.file, line: n, severity: 'error', message: 'empty discard phrase' });
      continue;
    }
    into.discards.push({ phrase, story, file: src.file, line: n });
  }
}

/** `[032:033]`, `[---]`, `[1711]` → code and paired code, or a message. */
export function parseEventCode(inner: string): { code: string; pairedCode: string | null } | string {
  const parts = inner.trim().split(':');
  if (parts.length > 2) return `cannot read the code [${inner}] (expected [CODE] or [CODE:CODE])`;
  const [a, b] = parts.map((p) => p.trim().toUpperCase());
  for (const c of [a, b]) if (c !== undefined && !/^(\d{2,4}[A-Z]?|---)$/.test(c)) return `${JSON.stringify(c)} is not an event code (two to four digits, or --- for none)`;
  return { code: a as string, pairedCode: b ?? null };
}

/** Tokens of a pattern (`IN_*`, `&SET`, `{NOUN PHRASE}`, `(PREP PHRASE)`, `+`, `$`, `%`, `^`). */
export function tokenizePattern(body: string): PatternToken[] | string {
  const out: PatternToken[] = [];
  // PETRARCH-2 groups: the words inside braces and parentheses are consecutive
  let flat = body;
  for (let prev = ''; prev !== flat; ) {
    prev = flat;
    flat = flat.replace(/[{(]([^{}()]*)[})]/g, (_, inner: string) => inner.trim().replace(/\s+/g, '~'));
  }
  if (/[{}()]/.test(flat)) return `unbalanced braces or parentheses in ${JSON.stringify(body)}`;
  for (const chunk of flat.trim().split(/\s+/)) {
    if (chunk === '') continue;
    const parts = chunk.split('_').flatMap((p, k) => p.split('~').map((part, j) => ({ part, joined: k > 0 && j === 0, phrase: j > 0 })));
    for (const { part, joined, phrase } of parts) {
      if (part === '') continue;
      const link = { joined, ...(phrase ? { phrase } : {}) };
      if (part === '*') out.push({ kind: 'verb', ...link });
      else if (part === '+') out.push({ kind: 'target', ...link });
      else if (part === '$') out.push({ kind: 'source', ...link });
      else if (part === '%') out.push({ kind: 'compound', ...link });
      else if (part === '^') out.push({ kind: 'skip', ...link });
      else if (part.startsWith('&')) out.push({ kind: 'synset', name: part.slice(1).toUpperCase(), ...link });
      else out.push({ kind: 'word', word: part.toUpperCase(), ...link });
    }
  }
  return out;
}

/** A verb line: `BAN {BANS BANNED}`, `WIRE_+TAP {WIRE_+TAPPED}`, `+BREAK_DOWN {+BROKE_DOWN}`, `KLM_NOP_+RST [002]`. */
function parseVerbLine(t: string, n: number): PetrarchVerb | string {
  const m = /^\+?([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(t);
  if (!m) return `cannot read verb line ${JSON.stringify(t)} (expected VERB {FORMS} [CODE])`;
  const split = (s: string): { words: string[]; head: number } => {
    const parts = s
      .replace(/^\+/, '')
      .split(/[_\s]+/)
      .filter((w) => w !== '');
    // `+` marks the inflected word of a multi-word verb (WIRE_+TAP); else it is the first (BREAK_DOWN)
    const head = Math.max(
      0,
      parts.findIndex((w) => w.startsWith('+')),
    );
    return { words: parts.map((w) => w.replace(/^\+/, '').toUpperCase()), head };
  };
  const base = split((m[1] as string).trim());
  if (base.words.length === 0 || base.words.some((w) => !/^[A-Z0-9'.-]+$/.test(w))) return `cannot read verb ${JSON.stringify(m[1])}`;
  const forms = m[2]
    ? m[2]
        .trim()
        .split(/\s+/)
        .filter((f) => f !== '')
        .map((f) => split(f).words)
    : [];
  let code: string | null = null;
  let pairedCode: string | null = null;
  if (m[3] !== undefined) {
    const c = parseEventCode(m[3]);
    if (typeof c === 'string') return c;
    code = c.code;
    pairedCode = c.pairedCode;
  }
  return { words: base.words, head: base.head, forms, code, pairedCode, line: n };
}

/** Verbs file: synsets (`&NAME` and `+MEMBER` lines), verb blocks (`--- VERB [CODE] ---`), verb lines and `- pattern [CODE]` lines. */
export function parseVerbs(src: DictionarySource, into: PetrarchDictionaries): void {
  let block: { name: string; code: string; pairedCode: string | null; verbs: PetrarchVerb[]; patterns: PetrarchPattern[]; line: number } | null = null;
  let synset: Synset | null = null;
  const flush = (): void => {
    if (block) into.blocks.push({ ...block, file: src.file });
    block = null;
  };
  const problem = (line: number, message: string, severity: Problem['severity'] = 'error'): void => void into.problems.push({ file: src.file, line, severity, message });
  for (const { n, text } of lines(src)) {
    const t = text.trim();
    if (t === '') continue;
    if (t.startsWith('&')) {
      const name = t.slice(1).trim().toUpperCase();
      if (!/^[A-Z0-9_]+$/.test(name)) {
        problem(n, `bad synset name ${JSON.stringify(t)}`);
        synset = null;
        continue;
      }
      const key = name.replace(/_$/, '');
      if (into.synsets.has(key)) problem(n, `synset &${key} is defined again (first at line ${into.synsets.get(key)?.line}); the later one is used`, 'warning');
      synset = { name: key, members: [], file: src.file, line: n };
      into.synsets.set(key, synset);
      continue;
    }
    if (t.startsWith('---')) {
      synset = null;
      const m = /^---\s*(.+?)\s*\[([^\]]*)\]\s*(?:---)?$/.exec(t);
      if (!m) {
        problem(n, `cannot read verb block header ${JSON.stringify(t)} (expected --- VERB [CODE] ---)`);
        flush();
        continue;
      }
      const read = parseEventCode(m[2] as string);
      flush();
      // a block with an unreadable default code still has patterns worth reading
      if (typeof read === 'string') problem(n, `${read}; the verbs code nothing by themselves`, 'warning');
      const c = typeof read === 'string' ? { code: '---', pairedCode: null } : read;
      block = { name: (m[1] as string).replace(/_$/, '').toUpperCase(), code: c.code, pairedCode: c.pairedCode, verbs: [], patterns: [], line: n };
      continue;
    }
    if (t.startsWith('+') && synset) {
      const body = t.slice(1).trim();
      if (body.startsWith('&')) (synset.members as string[][]).push([body.toUpperCase().replace(/_$/, '')]);
      else {
        const w = words(body.replace(/[()]/g, ''));
        if (w.length === 0) problem(n, 'empty synset member');
        else (synset.members as string[][]).push(w);
      }
      continue;
    }
    synset = null;
    if (t.startsWith('-')) {
      if (!block) {
        problem(n, 'pattern outside a verb block (add a --- VERB [CODE] --- line above it)');
        continue;
      }
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
      if (!m) {
        problem(n, `cannot read pattern ${JSON.stringify(t)} (expected - WORDS * WORDS [CODE])`);
        continue;
      }
      const c = parseEventCode(m[2] as string);
      if (typeof c === 'string') {
        problem(n, `pattern ${JSON.stringify(m[1])}: ${c}; pattern left out`, 'warning');
        continue;
      }
      const tokens = tokenizePattern(m[1] as string);
      if (typeof tokens === 'string') {
        problem(n, tokens);
        continue;
      }
      if (tokens.filter((x) => x.kind === 'verb').length !== 1) {
        problem(n, `pattern ${JSON.stringify(m[1])} needs exactly one * for the verb`);
        continue;
      }
      block.patterns.push({ tokens, code: c.code, pairedCode: c.pairedCode, text: (m[1] as string).trim(), file: src.file, line: n });
      continue;
    }
    if (!block) {
      problem(n, `cannot read ${JSON.stringify(t)} outside a verb block`);
      continue;
    }
    const v = parseVerbLine(t, n);
    if (typeof v === 'string') problem(n, v);
    else block.verbs.push(v);
  }
  flush();
}

/** Which kind of dictionary a file is, by its name (PETRARCH's own naming: `…actors…`, `…agents…`, `…verbs…`, `…discards…`). */
export function kindOfFile(name: string): 'actors' | 'agents' | 'verbs' | 'discards' | null {
  const n = name.toLowerCase();
  if (!n.endsWith('.txt')) return null;
  if (/actor/.test(n)) return 'actors';
  if (/agent/.test(n)) return 'agents';
  if (/verb/.test(n)) return 'verbs';
  if (/discard/.test(n)) return 'discards';
  return null;
}
