/**
 * @module Turning a parsed PETRARCH/TABARI dictionary set into the engine's dictionaries: actors
 * become names (with their dated codes), agents role nouns (suffix or prefix sectors), verb
 * patterns the engine's patterns (synsets expanded into alternatives, `+`/`$`/`%` into the slot and
 * its role, `[A:B]` into paired events), discards discard entries. What cannot be carried over is
 * reported as a problem with its file and line (see docs/petrarch-dictionaries.md).
 */
import { inflections } from '../compile.js';
import type { AgentEntry, CodeInfo, Dictionaries, DiscardEntry, NameEntry, PatternElement, VerbPattern } from '../types.js';
import type { PatternToken, PetrarchDictionaries, PetrarchPattern, PetrarchVerb, Problem, VerbBlock } from './parse.js';

/** Tokens a pattern's words may stand apart by (PETRARCH matches them anywhere in the verb phrase). */
const WORD_GAP = 6;
/** Tokens between the words of one PETRARCH-2 `{noun phrase}` or `(prepositional phrase)`: "(OVER EFFORTS)" meets "over the efforts". */
const PHRASE_GAP = 3;
/** Tokens between the last word and the actor the pattern takes when it does not place `+`. */
const SLOT_GAP = 8;

const FUNCTION = new Set(['of', 'the', 'and', 'de', 'la', 'le', 'al', 'el', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'du', 'von', 'van']);

const title = (w: string): string => w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/**
 * How an upper-case dictionary phrase can be written in text: each word capitalised (function words
 * also in lower case, short words also in capitals, as acronyms are), e.g. PRINCE OF DOL AMROTH →
 * "Prince of Dol Amroth"; THE_AU → "The AU", "the AU".
 */
export function surfaceVariants(words: readonly string[]): string[] {
  let out: string[][] = [[]];
  words.forEach((w, k) => {
    const lower = w.toLowerCase();
    const forms = new Set<string>();
    if (w.includes('.') || /\d/.test(w)) forms.add(w);
    else {
      if (FUNCTION.has(lower)) {
        forms.add(lower);
        if (k === 0) forms.add(title(w));
      } else forms.add(title(w));
      if (w.length <= 4 || !/[AEIOU]/.test(w)) forms.add(w);
    }
    out = out.flatMap((prefix) => [...forms].map((f) => [...prefix, f])).slice(0, 32);
  });
  return out.map((ws) => ws.join(' '));
}

const isCountryCode = (c: string): boolean => /^[A-Z]{3}$/.test(c) && !/^(IGO|NGO|IMG|MNC|NGM)$/.test(c);

function convertActors(p: PetrarchDictionaries, problems: Problem[]): NameEntry[] {
  const out: NameEntry[] = [];
  for (const a of p.actors) {
    const undated = a.codes.filter((c) => c.from === null && c.to === null);
    const dated = a.codes.filter((c) => c.from !== null || c.to !== null);
    if (undated.length > 1 && dated.length > 0)
      problems.push({ file: a.file, line: a.line, severity: 'warning', message: 'a compound actor with dated codes: the dates are ignored' });
    // a compound actor ([FRO/BIL/SAM]) stands for each of its codes: the mention pass makes one mention per code
    const code = undated.length > 1 ? undated.map((c) => c.code).join('/') : (undated[0]?.code ?? '');
    const all = [code, ...dated.map((d) => d.code)].filter((c) => c !== '');
    // a country code with agents after it is a place (GPE: "Gondor police" → GONCOP); anything else an organisation
    const type: NameEntry['type'] = all.every(isCountryCode) ? 'GPE' : 'ORG';
    const name = (a.phrases[0] ?? []).map(title).join(' ');
    for (const phrase of a.phrases) {
      for (const surface of surfaceVariants(phrase)) {
        out.push(
          Object.freeze({
            surface,
            code: code === '---' ? '' : code,
            name,
            type,
            rule: `petrarch:${a.file}:${a.line}`,
            ...(dated.length ? { dated: Object.freeze(dated.map((d) => Object.freeze({ ...d, code: d.code === '---' ? '' : d.code }))) } : {}),
          }),
        );
      }
    }
  }
  return out;
}

const PLURAL = (w: string): string => (/(s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

function convertAgents(p: PetrarchDictionaries): AgentEntry[] {
  const out: AgentEntry[] = [];
  const seen = new Set<string>();
  const add = (words: readonly string[], code: string, prefix: boolean): void => {
    const noun = words.join(' ').toLowerCase();
    if (seen.has(noun)) return;
    seen.add(noun);
    out.push(Object.freeze({ noun, sector: code, title: true, group: false, ...(prefix ? { prefix: true } : {}) }));
  };
  for (const a of p.agents) {
    add(a.phrase, a.code, a.position === 'prefix');
    for (const pl of a.plurals ?? []) add(pl, a.code, a.position === 'prefix');
    // the engine adds regular plurals of the last word itself; irregular ones are written out
    if (a.plurals === null && a.phrase.length > 0) seen.add([...a.phrase.slice(0, -1), PLURAL(a.phrase[a.phrase.length - 1] as string)].join(' ').toLowerCase());
  }
  return out;
}

/** The members of a synset as lower-case phrases, nested synsets expanded. */
function expandSynset(p: PetrarchDictionaries, name: string, seen: ReadonlySet<string> = new Set()): string[] {
  const s = p.synsets.get(name.replace(/_$/, ''));
  if (!s || seen.has(s.name)) return [];
  const out: string[] = [];
  for (const m of s.members) {
    if (m.length === 1 && (m[0] as string).startsWith('&')) out.push(...expandSynset(p, (m[0] as string).slice(1), new Set([...seen, s.name])));
    else out.push(m.join(' ').toLowerCase());
  }
  return [...new Set(out)];
}

/** A word and its regular inflections (PETRARCH-1 matched word stems; "TIE" meets "ties"). */
const wordAlts = (w: string): string[] => {
  const lower = w.toLowerCase();
  return [lower, ...inflections(lower)];
};

/** All the written forms of a block's verbs, as alternatives of one word element. */
function verbAlts(verbs: readonly PetrarchVerb[]): string[] {
  const out = new Set<string>();
  for (const v of verbs) {
    const ws = v.words.map((w) => w.toLowerCase());
    const head = ws[v.head] as string;
    for (const form of [head, ...inflections(head)]) out.add(ws.map((w, k) => (k === v.head ? form : w)).join(' '));
    for (const f of v.forms) out.add(f.join(' ').toLowerCase());
  }
  return [...out];
}

interface Converted {
  readonly elements: PatternElement[];
  readonly both: boolean;
  readonly slotIsSource: boolean;
  /**
   * For a pattern that does not place its target: the same words with the target right after the
   * verb (PETRARCH takes the first actor of the verb phrase: "allowed that Mordor isn't a really
   * pleasant place" for `* REALLY_PLEASANT`); null when there is no such reading.
   */
  readonly targetFirst: PatternElement[] | null;
}

/** One pattern's tokens → the engine's elements, with the verb's alternatives at `*`. */
export function convertPattern(tokens: readonly PatternToken[], verb: readonly string[], p: PetrarchDictionaries): Converted | string {
  const vi = tokens.findIndex((t) => t.kind === 'verb');
  let pre = tokens.slice(0, vi);
  const post = tokens.slice(vi + 1);
  const actorAt = pre.map((t) => t.kind === 'source' || t.kind === 'target' || t.kind === 'compound').lastIndexOf(true);
  const targetFirst = pre.some((t) => t.kind === 'target');
  const compoundFirst = pre.some((t) => t.kind === 'compound');
  // the words before the subject are outside the engine's reach (its source is the nearest actor before the verb)
  if (actorAt >= 0) pre = pre.slice(actorAt + 1);
  if (pre.some((t) => t.kind === 'source' || t.kind === 'target' || t.kind === 'compound')) return 'more than one actor marker before the verb';
  const sourceAfter = post.some((t) => t.kind === 'source');
  const slotIsSource = sourceAfter || targetFirst;
  const els: PatternElement[] = [];
  let slotDone = false;
  let both = false;
  const gap = (max: number): void => {
    const last = els[els.length - 1];
    if (last?.kind === 'gap') els[els.length - 1] = { kind: 'gap', max: Math.max(last.max, max) };
    else if (last) els.push({ kind: 'gap', max });
  };
  const seq = [...pre, tokens[vi] as PatternToken, ...post];
  for (const t of seq) {
    if (!t.joined) gap(t.phrase ? PHRASE_GAP : WORD_GAP);
    if (t.kind === 'word') els.push({ kind: 'word', alts: wordAlts(t.word), optional: false });
    else if (t.kind === 'synset') {
      const alts = expandSynset(p, t.name);
      if (alts.length === 0) return `unknown or empty synset &${t.name}`;
      els.push({ kind: 'word', alts: [...new Set(alts.flatMap((a) => (a.includes(' ') ? [a] : wordAlts(a))))], optional: false });
    } else if (t.kind === 'verb') els.push({ kind: 'word', alts: [...verb], optional: false, verb: true });
    else if (t.kind === 'skip') gap(WORD_GAP);
    else {
      // the slot: `$` after the verb, or `+`, or `%` (a compound target, coded both ways)
      if (slotDone) continue;
      if (t.kind === 'target' && sourceAfter) continue;
      if (t.kind === 'compound') both = true;
      if (els[els.length - 1]?.kind === 'gap') els.pop();
      gap(SLOT_GAP);
      els.push({ kind: 'slot', slot: 'target' });
      slotDone = true;
    }
  }
  while (els[els.length - 1]?.kind === 'gap') els.pop();
  if (compoundFirst && !slotDone) return { elements: els, both: true, slotIsSource: false, targetFirst: null };
  let actorFirst: PatternElement[] | null = null;
  if (!slotDone) {
    // the verb, the target, then the pattern's words: only when words follow the verb apart from it
    const verbAt = els.findIndex((e) => e.kind === 'word' && e.verb === true);
    if (els[verbAt + 1]?.kind === 'gap' && els.slice(verbAt + 2).some((e) => e.kind === 'word'))
      actorFirst = [...els.slice(0, verbAt + 1), { kind: 'gap', max: SLOT_GAP }, { kind: 'slot', slot: 'target' }, ...els.slice(verbAt + 1)];
    gap(SLOT_GAP);
    els.push({ kind: 'slot', slot: 'target' });
  }
  if (els[0]?.kind !== 'word') return 'the pattern does not start with a word';
  return { elements: els, both, slotIsSource, targetFirst: actorFirst };
}

const base = (file: string): string => file.replace(/^.*\//, '');

function convertVerbs(p: PetrarchDictionaries, problems: Problem[]): VerbPattern[] {
  const out: VerbPattern[] = [];
  const make = (b: VerbBlock, verbs: readonly PetrarchVerb[], pat: PetrarchPattern | null, code: string, pairedCode: string | null, line: number): void => {
    const tokens: PatternToken[] = pat ? [...pat.tokens] : [{ kind: 'verb', joined: false }];
    const c = convertPattern(tokens, verbAlts(verbs), p);
    if (typeof c === 'string') {
      problems.push({ file: b.file, line, severity: 'warning', message: `pattern ${JSON.stringify(pat?.text ?? '*')}: ${c}; left out` });
      return;
    }
    const id = `petrarch-${base(b.file)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}-${line}`;
    // the target-first reading goes first: of two equal matches the first listed wins, and PETRARCH
    // takes the first actor after the verb
    const readings = c.targetFirst
      ? [
          { id: `${id}-t`, elements: c.targetFirst },
          { id, elements: c.elements },
        ]
      : [{ id, elements: c.elements }];
    for (const r of readings)
      out.push(
        Object.freeze({
          id: r.id,
          code,
          pattern: `${b.name}: ${pat?.text ?? '*'}`,
          elements: Object.freeze(r.elements),
          both: c.both,
          by: 'subject' as const,
          negated: null,
          ...(pairedCode && !c.both ? { pairedCode } : {}),
          ...(c.slotIsSource ? { slotIsSource: true } : {}),
          example: '',
          rule: `verbs/${code}#${r.id}`,
          file: b.file,
          line,
        }),
      );
  };
  for (const b of p.blocks) {
    if (b.verbs.length === 0) {
      problems.push({ file: b.file, line: b.line, severity: 'warning', message: `verb block ${b.name} lists no verb; its patterns are left out` });
      continue;
    }
    // the block's verbs and their default codes: a verb's own [code] codes that verb alone
    const shared = b.verbs.filter((v) => v.code === null);
    if (shared.length && b.code !== '---') make(b, shared, null, b.code, b.pairedCode, b.line);
    for (const v of b.verbs) if (v.code !== null && v.code !== '---') make(b, [v], null, v.code, v.pairedCode, v.line);
    for (const pat of b.patterns) make(b, b.verbs, pat, pat.code, pat.pairedCode, pat.line);
  }
  return out;
}

const quadOf = (root: number): 1 | 2 | 3 | 4 => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);

/** Codebook entries for the codes the patterns use: the built-in ones where CAMEO has them, else neutral ones. */
function codebook(verbs: readonly VerbPattern[], known: Readonly<Record<string, CodeInfo>>): Record<string, CodeInfo> {
  const out: Record<string, CodeInfo> = { ...known };
  const add = (code: string): void => {
    if (out[code] || code === '---') return;
    const root = known[code.slice(0, 2)];
    out[code] = Object.freeze({
      code,
      name: `PETRARCH dictionary code ${code}`,
      goldstein: root?.goldstein ?? 0,
      quad: root?.quad ?? quadOf(Number(code.slice(0, 2))),
      plover: null,
      mode: null,
      contexts: [],
    });
  };
  for (const v of verbs) {
    for (const c of [v.code, v.pairedCode]) {
      if (!c) continue;
      add(c);
      add(c.slice(0, 2));
    }
  }
  return out;
}

function convertDiscards(p: PetrarchDictionaries): DiscardEntry[] {
  return p.discards.map((d) => Object.freeze({ words: d.phrase.map((w) => w.toLowerCase()), story: d.story, rule: `petrarch:${d.file}:${d.line}` }));
}

const EMPTY: Dictionaries = Object.freeze({
  codes: {},
  names: [],
  people: [],
  agents: [],
  organizationWords: {},
  placeWords: {},
  placeNouns: {},
  givenNames: [],
  verbs: [],
  cues: Object.freeze({ verbs: [], nouns: [], phrases: [] }),
});

/**
 * The engine's dictionaries from a PETRARCH set. With `builtin`, the two are combined: PETRARCH
 * names, agents and patterns first (they win a surface form or a tie claimed by both), and
 * Entente's coding rules; alone, PETRARCH's rules (a bare country stays a country, no modality).
 * Problems found while converting are appended to `p.problems`.
 */
export function petrarchToDictionaries(p: PetrarchDictionaries, builtin: Dictionaries | null): Dictionaries {
  const b = builtin ?? EMPTY;
  const names = convertActors(p, p.problems);
  const agents = convertAgents(p);
  const verbs = convertVerbs(p, p.problems);
  const nouns = new Set(agents.map((a) => a.noun));
  const phraseWords = b.phraseWords;
  return Object.freeze({
    ...b,
    codes: Object.freeze(codebook(verbs, b.codes)),
    names: Object.freeze([...names, ...b.names]),
    agents: Object.freeze([...agents, ...b.agents.filter((a) => !nouns.has(a.noun))]),
    // PETRARCH patterns first: of two equally specific patterns the first listed wins
    verbs: Object.freeze([...verbs, ...b.verbs]),
    discards: Object.freeze([...(b.discards ?? []), ...convertDiscards(p)]),
    ...(builtin ? {} : { coding: Object.freeze({ countrySectors: false, modality: false }) }),
    ...(phraseWords ? { phraseWords } : {}),
  });
}
