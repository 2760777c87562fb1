/**
 * @module Matching compiled verb patterns against the tokens of one sentence. Words match a
 * token's lemma or its lower-cased form; `..` skips up to four tokens (never across a clause
 * break); {target} takes an actor mention that starts within a short noun-phrase lead-in.
 */
import type { Mention, Token } from '../core/types.js';
import type { PatternElement, VerbPattern } from '../dictionaries/types.js';
import { joinHyphen } from '../nlp/hyphen.js';
import { internWord as internAny, tokenWordIds, wordIdGeneration } from '../nlp/word-ids.js';

export interface PatternMatch {
  readonly pattern: VerbPattern;
  /** Matched in the passive ("X was attacked by Y"): the slot holds the agent, the subject is the target. */
  readonly passive: boolean;
  /** A joint act matched without its "with" phrase ("Russia and China held talks"): the subjects act on each other. */
  readonly joint?: boolean;
  /** Token range of the words that matched (the trigger), [first, end). */
  readonly first: number;
  readonly end: number;
  readonly target: Mention | null;
  /** Tokens skipped by gaps and noun-phrase lead-ins: fewer is surer. */
  readonly slack: number;
}

export const POSSESSIVE = /^(its|their|his|her|our|my|your)$/;
const CLAUSE_BREAK = /^[;:!?()“”"]$|^[—–]$/;
const LEAD_IN = /^(DET|ADJ|NUM|PRON|ADV)$/;
/** A participle before the actor in a slot's lead-in: "the visiting Pakistani prime minister". */
const PARTICIPLE = /(ing|ed)$/;

/**
 * A pattern element compiled for matching: a word's one-token alternatives as word ids
 * (nlp/word-ids.ts), its longer ones as id sequences, so that matching compares integers read
 * from typed arrays, not strings in sets (the sets' memory was cold at every article).
 */
type Step =
  | {
      readonly kind: 'word';
      readonly optional: boolean;
      readonly verb: boolean;
      /** The one-token alternatives' ids (a set when there are many). */
      readonly single: Int32Array;
      readonly singleSet: ReadonlySet<number> | null;
      readonly multi: readonly Int32Array[];
      readonly max: 0;
    }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'slot' };

function compileStep(el: PatternElement): Step {
  if (el.kind === 'gap') return { kind: 'gap', max: el.max };
  if (el.kind === 'slot') return { kind: 'slot' };
  const single: number[] = [];
  const multi: Int32Array[] = [];
  for (const alt of el.alts) {
    if (alt.includes(' ')) multi.push(Int32Array.from(alt.split(' '), internWord));
    else if (!single.includes(internWord(alt))) single.push(internWord(alt));
  }
  return { kind: 'word', optional: el.optional, verb: el.verb === true, single: Int32Array.from(single), singleSet: single.length > 12 ? new Set(single) : null, multi, max: 0 };
}

/**
 * The ids of the words the patterns hold, also in a map of their own: a lemma outside it matches no
 * pattern word, so it needs no id, and this map is a fraction of all dictionary words (read faster).
 */
const patternWords = new Map<string, number>();
function internWord(word: string): number {
  let id = patternWords.get(word);
  if (id === undefined) {
    id = internAny(word);
    patternWords.set(word, id);
  }
  return id;
}

/** Whether a word step's one-token alternatives hold word id `id` (-1, no dictionary word, never). */
function hasWord(step: { readonly single: Int32Array; readonly singleSet: ReadonlySet<number> | null }, id: number): boolean {
  if (id < 0) return false;
  if (step.singleSet) return step.singleSet.has(id);
  const a = step.single;
  for (let q = 0; q < a.length; q++) if (a[q] === id) return true;
  return false;
}

/** Tags a word used as a verb cannot have. */
const NOT_VERB = /^(ADJ|DET|ADP|PRON|PROPN|NUM|CCONJ|SCONJ)$/;

/** The word ids of the current article's tokens (lemma, norm), set by matchPatterns for matchFrom. */
let lemmaIds: Int32Array = new Int32Array(0);
let normIds: Int32Array = new Int32Array(0);

/** Whether a mention starts within eight tokens after `from`, before a comma or a clause break. */
function actorAhead(tokens: readonly Token[], from: number, limit: number, mentionsAt: MentionsAt): boolean {
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || CLAUSE_BREAK.test(t.text)) return false;
    if (mentionsAt.has(k)) return true;
  }
  return false;
}

/**
 * The patterns compiled once for the trigger loop, all in flat typed arrays indexed by word id,
 * entry and candidate (the Maps and small arrays of strings this replaced were read from cold
 * memory at every article). An entry is a word some pattern starts with or some required word
 * element can start with; each distinct required word element (by its alternatives) has an id.
 */
interface CompiledPatterns {
  /** present[id] === stamp when the current sentence has a word element `id` can start with. */
  readonly present: Int32Array;
  stamp: number;
  /** Per word id: its entry, -1 none. */
  readonly entryOfWord: Int32Array;
  /** Per entry: its required-element ids, reqIds[idsStart[e] .. idsStart[e + 1]). */
  readonly idsStart: Int32Array;
  readonly reqIds: Int32Array;
  /** Per entry: the candidates (by index) of the patterns it triggers, candList[candStart[e] .. candStart[e + 1]). */
  readonly candStart: Int32Array;
  readonly candList: Int32Array;
  /** Per candidate: the ids of its required words after the first, candReq[reqStart[c] .. reqStart[c + 1]); whether its pattern is `both`. */
  readonly reqStart: Int32Array;
  readonly candReq: Int32Array;
  readonly candBoth: Uint8Array;
  readonly candidates: readonly Candidate[];
  /** A word form's candidates and then those of its lemma not among them, by norm entry × entries + lemma entry (made once per pair). */
  readonly merged: Map<number, Int32Array>;
  /** The article whose tokens the arrays below describe (matchPatterns is called once per sentence). */
  cachedFor: readonly Token[] | null;
  cachedGeneration: number;
  lemmaIds: Int32Array;
  normIds: Int32Array;
  /** Per token: the entry of its lemma; of its own form when that differs from the lemma (-1: none). */
  lemmaEntry: Int32Array;
  normEntry: Int32Array;
}
/**
 * A pattern prepared once for the trigger loop: its compiled elements, and those of its joint and
 * passive readings (made once, not per trigger).
 */
interface Candidate {
  readonly pattern: VerbPattern;
  readonly steps: readonly Step[];
  /** Index of the slot element, -1: none. */
  readonly slot: number;
  /** A joint act's words up to its partner phrase ("held talks [with]"), null when it has none to match. */
  readonly joint: readonly Step[] | null;
  /** The ids of the joint words' required words after the first. */
  readonly jointIds: Int32Array;
  /** The passive readings: the words, "by" and the agent, then the words after the slot; or those words first. */
  readonly byBefore: readonly Step[] | null;
  readonly byAfter: readonly Step[] | null;
}
const compiledPatterns = new WeakMap<object, CompiledPatterns>();

function compilePatterns(patterns: ReadonlyMap<string, readonly VerbPattern[]>): CompiledPatterns {
  let f = compiledPatterns.get(patterns);
  if (f) return f;
  const ids = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  const candidateOf = new Map<VerbPattern, number>();
  const candidates: Candidate[] = [];
  const reqs: number[][] = [];
  const idsOf = (els: readonly PatternElement[]): number[] => {
    const mine: number[] = [];
    // the first element is the trigger's, present wherever the pattern is tried
    for (const e of els.slice(1)) {
      if (e.kind !== 'word' || e.optional) continue;
      const key = e.alts.join('|');
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        for (const w of new Set(e.alts.map((a) => a.split(' ')[0] as string))) {
          const l = byWord.get(w) ?? [];
          l.push(id);
          byWord.set(w, l);
        }
      }
      if (!mine.includes(id)) mine.push(id);
    }
    return mine;
  };
  const steps = new Map<PatternElement, Step>();
  const compiled = (els: readonly PatternElement[]): Step[] =>
    els.map((e) => {
      let st = steps.get(e);
      if (!st) {
        st = compileStep(e);
        steps.set(e, st);
      }
      return st;
    });
  for (const list of patterns.values()) {
    for (const p of list) {
      if (candidateOf.has(p)) continue;
      const slot = p.elements.findIndex((e) => e.kind === 'slot');
      let joint: PatternElement[] | null = null;
      if (p.both && slot > 0) {
        // a joint act without its partner phrase: the words up to "with" ("held talks")
        let cut = slot;
        const before = p.elements[cut - 1];
        if (before?.kind === 'word' && before.alts.every((a) => /^(with|between|among|to)$/.test(a))) cut--;
        if (cut > 0 && p.elements.slice(0, cut).some((e) => e.kind === 'word')) joint = [...p.elements.slice(0, cut), ...p.elements.slice(slot + 1)];
      }
      // the words after the slot stay: "was accused by South Africa of genocide" or "was accused of genocide by South Africa"
      const by: PatternElement[] = [
        { kind: 'word', alts: ['by'], optional: false },
        { kind: 'slot', slot: 'target' },
      ];
      const before = p.elements.slice(0, slot);
      const after = p.elements.slice(slot + 1);
      candidateOf.set(p, candidates.length);
      reqs.push(idsOf(p.elements));
      candidates.push({
        pattern: p,
        steps: compiled(p.elements),
        slot,
        joint: joint ? compiled(joint) : null,
        jointIds: Int32Array.from(joint ? idsOf(joint) : []),
        byBefore: slot < 0 ? null : compiled([...before, ...by, ...after]),
        byAfter: slot < 0 ? null : compiled([...before, ...after, ...by]),
      });
    }
  }
  const words = [...new Set([...byWord.keys(), ...patterns.keys()])];
  const wordIds = words.map(internWord);
  const entryOfWord = new Int32Array(Math.max(-1, ...wordIds) + 1).fill(-1);
  const idsStart = new Int32Array(words.length + 1);
  const candStart = new Int32Array(words.length + 1);
  const reqIds: number[] = [];
  const candList: number[] = [];
  words.forEach((w, e) => {
    entryOfWord[wordIds[e] as number] = e;
    idsStart[e] = reqIds.length;
    reqIds.push(...(byWord.get(w) ?? []));
    candStart[e] = candList.length;
    for (const p of patterns.get(w) ?? []) candList.push(candidateOf.get(p) as number);
  });
  idsStart[words.length] = reqIds.length;
  candStart[words.length] = candList.length;
  const reqStart = new Int32Array(candidates.length + 1);
  const candReq: number[] = [];
  reqs.forEach((r, c) => {
    reqStart[c] = candReq.length;
    candReq.push(...r);
  });
  reqStart[candidates.length] = candReq.length;
  f = {
    present: new Int32Array(ids.size),
    stamp: 0,
    entryOfWord,
    idsStart,
    reqIds: Int32Array.from(reqIds),
    candStart,
    candList: Int32Array.from(candList),
    reqStart,
    candReq: Int32Array.from(candReq),
    candBoth: Uint8Array.from(candidates, (c) => (c.pattern.both ? 1 : 0)),
    candidates,
    merged: new Map(),
    cachedFor: null,
    cachedGeneration: -1,
    lemmaIds: new Int32Array(0),
    normIds: new Int32Array(0),
    lemmaEntry: new Int32Array(0),
    normEntry: new Int32Array(0),
  };
  compiledPatterns.set(patterns, f);
  return f;
}

/** Points the compiled patterns at an article's tokens: their word ids and entries, once per article. */
function forTokens(f: CompiledPatterns, tokens: readonly Token[]): void {
  if (f.cachedFor === tokens && f.cachedGeneration === wordIdGeneration() && f.lemmaIds.length === tokens.length) return;
  const n = tokens.length;
  const norm = tokenWordIds(tokens).norm;
  const lemma = new Int32Array(n);
  const lemmaEntry = new Int32Array(n);
  const normEntry = new Int32Array(n);
  const { entryOfWord } = f;
  const words = entryOfWord.length;
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const nid = norm[k] as number;
    if (t.lemma === t.norm) {
      lemma[k] = nid;
      lemmaEntry[k] = nid >= 0 && nid < words ? (entryOfWord[nid] as number) : -1;
      normEntry[k] = -1;
    } else {
      const lid = patternWords.get(t.lemma) ?? -1;
      lemma[k] = lid;
      lemmaEntry[k] = lid >= 0 && lid < words ? (entryOfWord[lid] as number) : -1;
      normEntry[k] = nid >= 0 && nid < words ? (entryOfWord[nid] as number) : -1;
    }
  }
  f.cachedFor = tokens;
  f.cachedGeneration = wordIdGeneration();
  f.lemmaIds = lemma;
  f.normIds = norm;
  f.lemmaEntry = lemmaEntry;
  f.normEntry = normEntry;
}

/** Index of mentions by their first token, for slot filling. */
export type MentionsAt = ReadonlyMap<number, Mention>;

/** Tokens the current sentence's matching may step over (inside time expressions); set per call of matchPatterns. */
let transparent: Uint8Array | null = null;

/** A match of a pattern's elements: where its words end, the actor in its slot, the tokens skipped. */
interface Matched {
  readonly end: number;
  readonly target: Mention | null;
  readonly slack: number;
}

function matchFrom(
  els: readonly Step[],
  e: number,
  tokens: readonly Token[],
  j: number,
  limit: number,
  mentionsAt: MentionsAt,
  tokenOfOffset: (offset: number) => number,
  end: number,
  target: Mention | null,
  slack: number,
): Matched | null {
  if (e === els.length) return { end, target, slack };
  // time expressions are transparent between a pattern's elements: "demanded Friday that …", "met on Monday with …"
  if (e > 0 && transparent) while (j < limit && transparent[j]) j++;
  const el = els[e] as Step;
  if (el.kind === 'word') {
    // the end tokens at which the word can end: a one-token match first, then the longer alternatives'
    const t = tokens[j] as Token;
    // a participle tagged as an adjective is still the verb ("was liberated"); "a brief visit" is no verb
    if (j < limit && !(el.verb && NOT_VERB.test(t.pos) && !(t.pos === 'ADJ' && /(ed|en)$/.test(t.norm)))) {
      const single = hasWord(el, lemmaIds[j] as number) || hasWord(el, normIds[j] as number);
      if (single) {
        const r = matchFrom(els, e + 1, tokens, j + 1, limit, mentionsAt, tokenOfOffset, j + 1, target, slack);
        if (r) return r;
      }
      for (let a = 0; a < el.multi.length; a++) {
        const words = el.multi[a] as Int32Array;
        const k = j + words.length;
        let ok = k <= limit;
        for (let w = 0; ok && w < words.length; w++) if (lemmaIds[j + w] !== words[w] && normIds[j + w] !== words[w]) ok = false;
        // (an end tried again fails again: matching has no side effects)
        if (!ok || (single && k === j + 1)) continue;
        const r = matchFrom(els, e + 1, tokens, k, limit, mentionsAt, tokenOfOffset, k, target, slack);
        if (r) return r;
      }
    }
    return el.optional ? matchFrom(els, e + 1, tokens, j, limit, mentionsAt, tokenOfOffset, end, target, slack) : null;
  }
  if (el.kind === 'gap') {
    // a hyphenated word split by the tokenizer counts once: "an international peace-keeping force" is three words
    for (let skip = 0, words = 0; words <= el.max && j + skip <= limit; skip++) {
      if (skip > 0) {
        if (!joinHyphen(tokens, j + skip - 1) && !joinHyphen(tokens, j + skip - 2)) words++;
        if (words > el.max) break;
      }
      if (skip > 0 && CLAUSE_BREAK.test((tokens[j + skip - 1] as Token).text)) break;
      // nor into the next verb phrase: "condemned the raid on Thursday and promised aid to …"
      if (skip > 0 && (tokens[j + skip - 1] as Token).pos === 'CCONJ' && tokens[j + skip]?.pos === 'VERB') break;
      const r = matchFrom(els, e + 1, tokens, j + skip, limit, mentionsAt, tokenOfOffset, end, target, slack + skip);
      if (r) return r;
    }
    return null;
  }
  // slot: a mention starting here or after a short lead-in ("the new", "two")
  if (transparent) while (j < limit && transparent[j]) j++;
  // or the actor's phrase the pattern's last words began: "received a delegation from {target}" where
  // the mention is "delegation from Uzbekistan" (an agent of a country)
  if (e > 0 && els[e - 1]?.kind === 'word') {
    for (let b = 1; b <= 3 && j - b >= 0; b++) {
      const m = mentionsAt.get(j - b);
      if (!m) continue;
      const after = tokenOfOffset(m.end);
      if (after <= j || after > limit) break;
      const r = matchFrom(els, e + 1, tokens, after, limit, mentionsAt, tokenOfOffset, end, m, slack);
      if (r) return r;
      break;
    }
  }
  for (let skip = 0; skip <= 5 && j + skip < limit; skip++) {
    const m = mentionsAt.get(j + skip);
    // a possessive pronoun before a noun is the object's lead-in when an actor follows in the same
    // clause ("over its territorial dispute with Eriador"); else it is the object ("burned down its embassy, …")
    const possessive =
      m && POSSESSIVE.test((tokens[j + skip] as Token).norm) && /^(NOUN|ADJ|PROPN)$/.test(tokens[j + skip + 1]?.pos ?? '') && actorAhead(tokens, j + skip + 1, limit, mentionsAt);
    if (m && !possessive) {
      // a possessor before a title and a named person is the person's lead-in: "against the party's
      // leader Mahmoud Abbas", "Kenya's president William Ruto" (the person is the one acted on)
      const owned = ownedPerson(tokens, tokenOfOffset(m.end), limit, mentionsAt);
      if (owned) {
        const r = matchFrom(els, e + 1, tokens, tokenOfOffset(owned.end), limit, mentionsAt, tokenOfOffset, end, owned, slack + skip);
        if (r) return r;
      }
      let after = tokenOfOffset(m.end);
      // the slot takes a whole list of actors: "urged Thailand and Cambodia to …"
      // (a list ends at its "and"/"or")
      for (let closed = false; ; ) {
        let k = after;
        let conjunction = false;
        for (; k < limit && /^(,|and|or)$/.test((tokens[k] as Token).norm); k++) if ((tokens[k] as Token).norm !== ',') conjunction = true;
        if (k === after || closed) break;
        closed = conjunction;
        while (k < limit && /^(DET|ADJ)$/.test((tokens[k] as Token).pos) && !mentionsAt.has(k)) k++;
        const next = mentionsAt.get(k);
        // (", Ugandan officials said": after a comma, the speaker of the sentence is no list item)
        if (!next || (!conjunction && attributionAt(tokens, tokenOfOffset(next.end)))) break;
        after = tokenOfOffset(next.end);
      }
      const nextSlack = slack + skip;
      const r = matchFrom(els, e + 1, tokens, after, limit, mentionsAt, tokenOfOffset, end, m, nextSlack);
      if (r || e + 1 === els.length) return r;
      // the actor's phrase may go on with "of" and another actor, and a short parenthesis: "pressured
      // workers of the Tharbad Bus Company (TBC) to …" — the words after the slot follow all of it
      const through = ofPhraseEnd(tokens, after, limit, mentionsAt, tokenOfOffset);
      if (through > after) {
        const r2 = matchFrom(els, e + 1, tokens, through, limit, mentionsAt, tokenOfOffset, end, m, nextSlack);
        if (r2) return r2;
      }
      // … or with a relative clause about people, without commas: "allow refugees who have lived in
      // Iraq for a decade to return" (the pattern's next words follow the clause)
      if (tokens[through]?.norm === 'who') {
        for (let k = through + 2; k < limit && k <= through + 12 && !/^[,;:()“”"—–]$/.test((tokens[k - 1] as Token).text); k++) {
          const r3 = matchFrom(els, e + 1, tokens, k, limit, mentionsAt, tokenOfOffset, end, m, nextSlack);
          if (r3) return r3;
        }
      }
      // the words after the slot may be the tail of the actor's phrase: "received UN peacekeeping
      // troops" matches "{target} (peacekeeping|troops)" where the mention is "UN peacekeeping troops"
      for (let k = j + skip + 1; k < tokenOfOffset(m.end); k++) {
        const inner = matchFrom(els, e + 1, tokens, k, limit, mentionsAt, tokenOfOffset, end, m, nextSlack);
        if (inner) return inner;
      }
      return null;
    }
    const t = tokens[j + skip] as Token;
    // (also when the possessor is no actor: "against the party's chairman Mahmoud Abbas")
    const owned = t.pos === 'NOUN' && skip < 3 ? ownedPerson(tokens, j + skip + 1, limit, mentionsAt) : null;
    if (owned) return matchFrom(els, e + 1, tokens, tokenOfOffset(owned.end), limit, mentionsAt, tokenOfOffset, end, owned, slack + skip);
    // a lower-case word tagged as a proper noun is a tagging slip ("the new Bolivian authorities")
    const leadIn =
      (LEAD_IN.test(t.pos) && skip < 3) ||
      (t.pos === 'PROPN' && /^\p{Ll}/u.test(t.text) && skip < 3) ||
      quantityWord(tokens, j + skip, j) ||
      hyphenated(tokens, j + skip, j) ||
      (COMPASS_WORD.test(t.norm) && skip < 3) ||
      placeNoun(tokens, j + skip, j) ||
      titleBefore(tokens, j + skip, limit, mentionsAt);
    // a past participle right before the actor describes it too: "rejected proposed Israeli changes"
    const participle = /^(VERB|NOUN)$/.test(t.pos) && PARTICIPLE.test(t.norm) && ((skip > 0 && skip < 3) || (skip === 0 && t.norm.endsWith('ed') && mentionsAt.has(j + 1)));
    if (!leadIn && !/^['’]s$/.test(t.text) && !participle) break;
  }
  return null;
}

/** Where an actor's phrase ending at token k ends once "of" and another actor ("of the Tharbad Bus Company") and a short parenthesis after it are added; k when none follows. */
function ofPhraseEnd(tokens: readonly Token[], k: number, limit: number, mentionsAt: MentionsAt, tokenOfOffset: (offset: number) => number): number {
  let end = k;
  for (let hops = 0; hops < 2 && tokens[end]?.norm === 'of'; hops++) {
    let j = end + 1;
    while (j < limit && (tokens[j] as Token).pos === 'DET' && !mentionsAt.has(j)) j++;
    const y = mentionsAt.get(j);
    if (!y) break;
    end = tokenOfOffset(y.end);
    if (tokens[end]?.text === '(') {
      let c = end + 1;
      while (c < limit && c <= end + 6 && (tokens[c] as Token).text !== ')') c++;
      if (c < limit && (tokens[c] as Token).text === ')') end = c + 1;
    }
  }
  return Math.min(end, limit);
}

/** A reporting verb at token k: the mention before it is the sentence's speaker ("…, officials said"). */
export function attributionAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^(say|tell|report|add|announce|claim|state|confirm)$/.test(t.lemma) && t.pos === 'VERB';
}

/** A compass word before a place belongs to it: "the invasion of South Lebanon", "in northern Iraq". */
const COMPASS_WORD = /^(north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/;

/** A common noun of place before the place's name: "shelled the capital Juba", "the town of Gorazde", "the regional capital". */
function placeNoun(tokens: readonly Token[], k: number, from: number): boolean {
  if (k - from > 4) return false;
  const t = tokens[k] as Token;
  const PLACE = /^(capital|city|town|village|province|region|district|port|enclave|island)$/;
  if (t.norm === 'of') return PLACE.test(tokens[k - 1]?.norm ?? '');
  return PLACE.test(t.norm) && t.pos === 'NOUN';
}

/** A capitalised title word (one or two) right before a person: "met President Obama", "welcomed Prime Minister Rabin's plan". */
function titleBefore(tokens: readonly Token[], k: number, limit: number, mentionsAt: MentionsAt): boolean {
  for (let n = k; n < Math.min(limit, k + 2); n++) {
    const t = tokens[n] as Token;
    if (!/^(PROPN|NOUN)$/.test(t.pos) || mentionsAt.has(n)) return false;
    // (a lower-case title only after a word of tenure and right before the name: "former president Carlos Menem")
    if (!/^\p{Lu}\p{Ll}/u.test(t.text) && !(TENURE.test(tokens[n - 1]?.norm ?? '') && LOWER_TITLE.test(t.norm) && mentionsAt.get(n + 1)?.rule === 'actors:person')) return false;
    if (mentionsAt.get(n + 1)?.rule === 'actors:person') return true;
  }
  return false;
}

/** The named person after a possessor's "'s" and a lower-case title ("the party's leader Mahmoud Abbas"), or null. */
function ownedPerson(tokens: readonly Token[], k: number, limit: number, mentionsAt: MentionsAt): Mention | null {
  if (!/^['’]s$/.test(tokens[k]?.text ?? '') || k + 2 >= limit) return null;
  const title = tokens[k + 1] as Token;
  const person = mentionsAt.get(k + 2);
  return LOWER_TITLE.test(title.norm) && /^\p{Ll}/u.test(title.text) && person?.rule === 'actors:person' ? person : null;
}

/** Titles written in lower case before a name: "former president Carlos Menem", "opposition leader X". */
const LOWER_TITLE =
  /^(president|premier|minister|leader|chief|chairman|chairwoman|candidate|nominee|contender|senator|governor|general|commander|envoy|ambassador|secretary|king|queen|prince|judge|spokesman|spokeswoman|dictator|strongman|rebel|warlord)$/;

const TENURE = /^(former|ex|late|then|outgoing|deposed|ousted|exiled|acting|interim|jailed|detained)$/;

/** A part of a hyphenated modifier before an actor ("war-torn Mozambique"), not a prefix against it ("anti-Iran"). */
function hyphenated(tokens: readonly Token[], k: number, from: number): boolean {
  if (k - from > 3) return false;
  const t = tokens[k] as Token;
  if (joinHyphen(tokens, k)) return k > from && !/^(anti|non|counter|ex|pro)$/.test((tokens[k - 1] as Token).norm);
  if (joinHyphen(tokens, k + 1)) return /^\p{Ll}/u.test(t.text) && !/^(anti|non|counter|ex|pro)$/.test(t.norm);
  return k > from && joinHyphen(tokens, k - 1) && /^\p{Ll}/u.test(t.text);
}

/** Nouns of number before "of": "hundreds of", "a group of", "dozens of". */
export const QUANTITY_NOUN =
  /^(dozens|scores|hundreds|thousands|millions|tens|number|group|handful|couple|pair|team|batch|contingent|patch|wave|convoy|column|detachment|battalion|brigade|squad|delegation|band|crowd|mob)$/;

/**
 * A word of a quantity before an actor in a slot: "more than 100 Palestinians", "at least three
 * soldiers", "up to 16 Russian advisers", "hundreds of protesters", "a group of Moroccan diplomats".
 */
export function quantityWord(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k] as Token;
  const prev = k > from ? (tokens[k - 1] as Token).norm : '';
  const next = (tokens[k + 1] as Token | undefined)?.norm ?? '';
  if (t.pos === 'NUM') return true;
  if (/^(more|less|fewer)$/.test(t.norm) && next === 'than') return true;
  if (t.norm === 'than') return /^(more|less|fewer)$/.test(prev);
  if (t.norm === 'at' && /^(least|most)$/.test(next)) return true;
  if (/^(least|most)$/.test(t.norm)) return prev === 'at';
  if (t.norm === 'up' && next === 'to') return true;
  if (t.norm === 'to') return prev === 'up';
  // "about 200", "some 500,000", "nearly thousands of": only before a number
  if (/^(some|about|around|nearly|almost|roughly|approximately|over|several|many)$/.test(t.norm)) return tokens[k + 1]?.pos === 'NUM' || QUANTITY_NOUN.test(next);
  if (/^(a|an|the)$/.test(t.norm)) return QUANTITY_NOUN.test(next);
  if (QUANTITY_NOUN.test(t.norm) && next === 'of') return true;
  if (t.norm === 'of') return QUANTITY_NOUN.test(prev);
  return false;
}

/** All pattern matches in a sentence, one per trigger position and pattern. */
export function matchPatterns(
  patterns: ReadonlyMap<string, readonly VerbPattern[]>,
  tokens: readonly Token[],
  first: number,
  limit: number,
  mentionsAt: MentionsAt,
  tokenOfOffset: (offset: number) => number,
  skippable: Uint8Array | null = null,
): PatternMatch[] {
  transparent = skippable;
  const out: PatternMatch[] = [];
  const f = compilePatterns(patterns);
  forTokens(f, tokens);
  lemmaIds = f.lemmaIds;
  normIds = f.normIds;
  // a pattern can match only if each of its required words occurs in the sentence: mark the
  // required word elements the sentence's words can start, once per sentence
  const stamp = ++f.stamp;
  const { present, lemmaEntry, normEntry, idsStart, reqIds, candStart, candList, reqStart, candReq, candBoth, candidates } = f;
  for (let k = first; k < limit; k++) {
    const le = lemmaEntry[k] as number;
    if (le >= 0) for (let q = idsStart[le] as number, z = idsStart[le + 1] as number; q < z; q++) present[reqIds[q] as number] = stamp;
    const ne = normEntry[k] as number;
    if (ne >= 0) for (let q = idsStart[ne] as number, z = idsStart[ne + 1] as number; q < z; q++) present[reqIds[q] as number] = stamp;
  }
  const canMatch = (ids: Int32Array, from: number, to: number): boolean => {
    for (let q = from; q < to; q++) if (present[ids[q] as number] !== stamp) return false;
    return true;
  };
  for (let i = first; i < limit; i++) {
    const le = lemmaEntry[i] as number;
    const ne = normEntry[i] as number;
    const byLemma = le >= 0 && (candStart[le + 1] as number) > (candStart[le] as number);
    const byNorm = ne >= 0 && (candStart[ne + 1] as number) > (candStart[ne] as number);
    if (!byLemma && !byNorm) continue;
    const t = tokens[i] as Token;
    // "the visiting minister": a participle after a determiner describes, it does not act
    if (t.norm.endsWith('ing') && tokens[i - 1]?.pos === 'DET') continue;
    // so does a past participle after one or in a compound before a noun: "the occupied West Bank", "Israeli-occupied Gaza"
    if (t.norm.endsWith('ed') && (tokens[i - 1]?.pos === 'DET' || joinHyphen(tokens, i - 1)) && /^(PROPN|NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    // a word inside a time expression is no trigger ("in March", "on March 13")
    if (transparent?.[i]) continue;
    // the word's own form before its lemma: of equal patterns, the one written for "left" beats the one for "leave"
    let list = candList;
    let from = 0;
    let to = 0;
    if (byLemma && byNorm) {
      list = bothForms(f, ne, le);
      to = list.length;
    } else {
      const e = byLemma ? le : ne;
      from = candStart[e] as number;
      to = candStart[e + 1] as number;
    }
    const passiveVoice = isPassive(tokens, i, first);
    for (let c = from; c < to; c++) {
      const ci = list[c] as number;
      const whole = canMatch(candReq, reqStart[ci] as number, reqStart[ci + 1] as number);
      if (!whole && !candBoth[ci]) continue; // neither a joint act nor a passive can match
      const cand = candidates[ci] as Candidate;
      const p = cand.pattern;
      const r = whole ? matchFrom(cand.steps, 0, tokens, i, limit, mentionsAt, tokenOfOffset, i, null, 0) : null;
      if (r) {
        // the trigger ends at the last matched word before the target
        const end = r.target ? Math.min(r.end, tokenOfOffset(r.target.start)) : r.end;
        // a pattern whose slot holds the source reads like the passive: the subject is the target;
        // so does an active match whose slot is the "by" agent of a passive verb ("was opposed by Osgiliath")
        const byAgent = passiveVoice && !!r.target && tokens[tokenOfOffset(r.target.start) - 1]?.norm === 'by';
        out.push({ pattern: p, passive: (p.slotIsSource === true) !== byAgent, first: i, end: Math.max(end, i + 1), target: r.target, slack: r.slack });
        continue;
      }
      // "Ukraine was attacked by Russia": the pattern's words, then "by" and the agent in the slot
      if (p.both && cand.slot > 0 && !passiveVoice) {
        // a joint act without its partner phrase: the words up to "with" ("held talks")
        if (cand.joint && canMatch(cand.jointIds, 0, cand.jointIds.length)) {
          const rj = matchFrom(cand.joint, 0, tokens, i, limit, mentionsAt, tokenOfOffset, i, null, 0);
          if (rj) out.push({ pattern: p, passive: false, joint: true, first: i, end: Math.max(rj.end, i + 1), target: null, slack: rj.slack + 1 });
        }
        continue;
      }
      if (!passiveVoice || cand.slot < 0 || !whole) continue;
      // the words after the slot stay: "was accused by South Africa of genocide" or "was accused of genocide by South Africa"
      const rp =
        matchFrom(cand.byBefore as readonly Step[], 0, tokens, i, limit, mentionsAt, tokenOfOffset, i, null, 0) ??
        matchFrom(cand.byAfter as readonly Step[], 0, tokens, i, limit, mentionsAt, tokenOfOffset, i, null, 0);
      if (rp?.target) {
        const end = Math.min(rp.end, tokenOfOffset(rp.target.start) - 1);
        out.push({ pattern: p, passive: true, first: i, end: Math.max(end, i + 1), target: rp.target, slack: rp.slack + 1 });
        continue;
      }
      // a "by" agent set off by a comma attaches to the verb, however long the phrase before it:
      // "was accused of misusing up to $50 million in public funds, much of it embezzled, by officials"
      const words = (cand.byAfter as readonly Step[]).slice(0, -2);
      const rw = matchFrom(words, 0, tokens, i, limit, mentionsAt, tokenOfOffset, i, null, 0);
      if (!rw) continue;
      for (let k = rw.end; k + 2 < limit && k < rw.end + 24 && !CLAUSE_BREAK.test((tokens[k] as Token).text); k++) {
        if ((tokens[k] as Token).text !== ',' || (tokens[k + 1] as Token).norm !== 'by') continue;
        const ra = matchFrom(BY_AGENT, 0, tokens, k + 1, limit, mentionsAt, tokenOfOffset, k + 1, null, 0);
        if (ra?.target) out.push({ pattern: p, passive: true, first: i, end: Math.max(rw.end, i + 1), target: ra.target, slack: rw.slack + 2 });
        break;
      }
    }
  }
  return out.length < 2 ? out : mostSpecific(out);
}

/** "by" and an agent, for a passive's agent set off by a comma. */
const BY_AGENT: readonly Step[] = (
  [
    { kind: 'word', alts: ['by'], optional: false },
    { kind: 'slot', slot: 'target' },
  ] as const satisfies readonly PatternElement[]
).map(compileStep);

/** A pattern's required words, counted once per pattern. */
const requiredWords = new WeakMap<VerbPattern, number>();
function requiredWordCount(p: VerbPattern): number {
  let n = requiredWords.get(p);
  if (n === undefined) {
    n = p.elements.filter((e) => e.kind === 'word' && !e.optional).length;
    requiredWords.set(p, n);
  }
  return n;
}

/** The candidates of a word's own form, then those of its lemma not among them (made once per pair of entries). */
function bothForms(f: CompiledPatterns, norm: number, lemma: number): Int32Array {
  const key = norm * f.idsStart.length + lemma;
  let both = f.merged.get(key);
  if (!both) {
    const forms = [...f.candList.subarray(f.candStart[norm], f.candStart[norm + 1]), ...f.candList.subarray(f.candStart[lemma], f.candStart[lemma + 1])];
    both = Int32Array.from(new Set(forms));
    f.merged.set(key, both);
  }
  return both;
}

/** Of the matches that start at one trigger, the most specific: more required words, then a longer (finer) code. */
function mostSpecific(matches: PatternMatch[]): PatternMatch[] {
  const best = new Map<number, PatternMatch>();
  // every required word of the pattern counts, before and after the target ("urge {target} to withdraw" beats "urge {target} to")
  // a full match beats a joint act matched without its partner phrase
  const weight = (m: PatternMatch) => (m.joint ? -1000 : 0) + requiredWordCount(m.pattern) * 10 + (m.target ? 5 : 0) + m.pattern.code.length - m.slack * 0.1;
  for (const m of matches) {
    const prior = best.get(m.first);
    if (!prior || weight(m) > weight(prior)) best.set(m.first, m);
  }
  // a match that starts inside the words of a weightier one is part of it ("was shot dead in" over "shot")
  const kept = [...best.values()];
  return kept.filter((m) => !kept.some((o) => o !== m && o.first < m.first && m.first < o.end && weight(o) > weight(m))).sort((a, b) => a.first - b.first);
}

const BE = new Set(['be', 'is', 'was', 'were', 'are', 'been', 'being', 'get', 'got', 'gets', 'getting']);

/** A past participle after a form of "be"/"get" (adverbs between): "was attacked", "were reportedly detained". */
export function isPassive(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    const t = tokens[k] as Token;
    if (BE.has(t.norm) || BE.has(t.lemma)) return k === i - 1 || tokens.slice(k + 1, i).every((x) => x.pos === 'ADV');
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/** Groups patterns by the words their first element can match. */
export function indexPatterns(patterns: readonly VerbPattern[]): Map<string, VerbPattern[]> {
  const index = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    const el = p.elements[0];
    if (el?.kind !== 'word') continue;
    for (const alt of el.alts) {
      const w = alt.split(' ')[0] as string;
      index.set(w, [...(index.get(w) ?? []), p]);
    }
  }
  // compiled now, while the dictionaries load (it gives the patterns' words their ids), not at the first sentence
  compilePatterns(index);
  return index;
}
