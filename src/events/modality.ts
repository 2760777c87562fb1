/**
 * @module What the words before a trigger say about it: negated ("did not meet"), hypothetical
 * ("could attack", "if they attack", a question), intended ("will meet", "plans to visit") or
 * threatened ("threatened to strike"). CAMEO codes intentions to cooperate as 03x and threats as
 * 13x; hypotheticals, questions and negations are not coded.
 */
import type { Sentence, Token } from '../core/types.js';
import { POSSESSIVE } from './pattern-matcher.js';

export type Modality =
  | { kind: 'actual' }
  | { kind: 'negated'; cue: Token; request?: Token }
  | { kind: 'hypothetical'; cue: Token }
  | { kind: 'requested'; cue: Token }
  | { kind: 'alleged'; cue: Token }
  | { kind: 'intended'; cue: Token; verb: boolean }
  | { kind: 'threatened'; cue: Token };

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refuse', 'fail', 'deny', 'decline', 'reject']);
/** Verbs that stop or forgo the act they govern: "halted its air strikes on", "ruled out lifting sanctions". */
const STOPPING = new Set(['halt', 'stop', 'cancel', 'postpone', 'abandon', 'end', 'cease', 'suspend', 'avoid', 'prevent', 'block', 'oppose', 'forgo', 'rule', 'turn', 'call']);
/** Verbs whose "that" clause asks for an act: "demanded that Iran release …". */
/** Nouns that ask someone else to act when "to" follows: "demands to release", "calls to resign". */
const REQUEST_NOUNS = /^(demand|demands|call|calls|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum|order|orders|invitation)$/;
/** Words that may stand between a request word and its "that": "demanded on Monday that", "urged again that". */
const REQUEST_FILLER = /^(today|yesterday|tonight|again|also|now|repeatedly|publicly|strongly|firmly|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const REQUEST_THAT = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'propose', 'suggest', 'recommend', 'want']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'must', 'can', 'would have']);
const CONDITION = new Set(['if', 'unless', 'whether']);
const INTENT_VERBS = new Set(['plan', 'intend', 'aim', 'hope', 'want', 'seek', 'agree', 'offer', 'pledge', 'promise', 'vow', 'prepare', 'expect', 'decide', 'propose', 'commit']);
/** Words before "to" that announce an act to come: "is due to visit", "ready to negotiate". */
const INTENT_ADJECTIVES = new Set(['ready', 'willing', 'prepared', 'due', 'set', 'scheduled', 'invited', 'expected', 'poised', 'eager', 'keen', 'determined']);
/** Verbs that ask someone else to act: "urged Iran to …", "called on X to …". The act is not asserted. */
const REQUEST_VERBS = new Set([
  'urge',
  'ask',
  'call',
  'press',
  'encourage',
  'appeal',
  'invite',
  'tell',
  'order',
  'demand',
  'want',
  'request',
  'push',
  'pressure',
  'advise',
  'implore',
  'beg',
  'persuade',
  'convince',
  'force',
  'coerce',
  'solicit',
]);
/** Verbs through which an act is still asserted: "began to withdraw", "continued to attack". */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'proceed', 'go', 'keep']);
const FUTURE = new Set(['will', "'ll", 'would', 'shall']);
/** Words that make the act after "of"/"for" a claim, not a fact: "accused Russia of attacking …". */
const ALLEGING = new Set([
  'accuse',
  'charge',
  'blame',
  'suspect',
  'convict',
  'indict',
  'allege',
  'accusation',
  'allegation',
  'charges',
  'accusations',
  'allegations',
  'suspicion',
  'guilty',
]);
/** Nouns that stop the act they govern: "demanded an end to airstrikes on …". */
const STOPPING_NOUNS = new Set(['end', 'halt', 'stop', 'cessation', 'suspension', 'moratorium', 'freeze']);

/**
 * The modality of the act whose trigger spans tokens [first, end) and whose pattern codes `code`
 * (without a code, a conditional intention stays an intention).
 */
export function modalityOf(tokens: readonly Token[], s: Sentence, first: number, end = first + 1, code = ''): Modality {
  // look back within the clause (up to a clause break or 6 tokens)
  let threatened: Token | null = null;
  let intended: Token | null = null;
  let intentVerb = false;
  // an infinitive "to" just before the trigger ("to attend", "to resume talks"): whose is it?
  let to = -1;
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 3); j--) {
    const t = tokens[j] as Token;
    if (t.norm === 'to' && t.pos === 'PART') {
      to = j;
      break;
    }
    if (!/^(VERB|ADV)$/.test(t.pos)) break;
  }
  if (to >= 0) {
    // (a request verb may stand further back over a long object with no verb of its own: "urged the
    // leaders of the two big neighbouring nations X and Y to meet")
    let verbSeen = false;
    for (let j = to - 1; j >= Math.max(s.firstToken, to - 14); j--) {
      const t = tokens[j] as Token;
      if (t.pos === 'PUNCT') break;
      if (to - j > 7 && (verbSeen || /^(that|who|which|whom)$/.test(t.norm)) && !REQUEST_VERBS.has(t.lemma)) break;
      if (ASPECT_VERBS.has(t.lemma) && j === to - 1) break;
      // a noun of request right before the "to": "the hostage-takers' demands to release prisoners", "calls to resign"
      // (and refused when a refusing verb has it as its object: "rejected an invitation to attend …",
      // "rebuffed the demands to release …": the act asked for is what the subject refuses)
      if (j === to - 1 && (t.pos === 'NOUN' || taggedVerbAsNoun(tokens, j, s.firstToken)) && REQUEST_NOUNS.test(t.norm)) {
        const refuser = refuserOf(tokens, s, j);
        return refuser ? { kind: 'negated', cue: refuser, request: t } : { kind: 'requested', cue: t };
      }
      // (a request word that modifies a noun asks nothing: "mobilized pressure groups in X to support …")
      if (REQUEST_VERBS.has(t.lemma) && j < to - 1 && !(t.pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN')) return { kind: 'requested', cue: t };
      if (INTENT_VERBS.has(t.lemma) || INTENT_ADJECTIVES.has(t.norm) || t.lemma === 'threaten') break;
      if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
    }
  }
  // an act after "of"/"for" that an accusation governs: "accused X of violating …", "charges of spying"
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 3); j--) {
    const t = tokens[j] as Token;
    if (t.norm === 'of' || t.norm === 'for') {
      for (let k = j - 1; k >= Math.max(s.firstToken, j - 6); k--) {
        const w = tokens[k] as Token;
        if (w.pos === 'PUNCT' || (w.pos === 'VERB' && !ALLEGING.has(w.lemma))) break;
        if (ALLEGING.has(w.lemma) || ALLEGING.has(w.norm)) return { kind: 'alleged', cue: w };
      }
      break;
    }
    if (!/^(VERB|AUX|ADV|PART|DET|ADJ)$/.test(t.pos) && !/^(having|being)$/.test(t.norm)) break;
  }
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 6); j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    // "an end to Israeli airstrikes on": the act is to stop
    if (
      (t.norm === 'to' || t.norm === 'of') &&
      STOPPING_NOUNS.has((tokens[j - 1] as Token | undefined)?.norm ?? '') &&
      tokens.slice(j + 1, first).every((x) => /^(DET|ADJ|PROPN|NUM)$/.test(x.pos))
    )
      return { kind: 'negated', cue: tokens[j - 1] as Token };
    if (NEGATION.has(t.norm) || NEGATION.has(t.lemma)) return { kind: 'negated', cue: t };
    // "has yet to endorse", "is yet to meet"; "their refusal to support", "its failure to meet"
    if (t.norm === 'yet' && tokens[j + 1]?.norm === 'to' && /^(have|be)$/.test((tokens[j - 1] as Token | undefined)?.lemma ?? '')) return { kind: 'negated', cue: t };
    if ((NEGATION_NOUNS.has(t.norm) || NEGATION_ADJECTIVES.has(t.norm)) && toFollows(tokens, j, first)) return { kind: 'negated', cue: t };
    // a stopping verb right before the act's words (over "its", "the", "off", "out"): "halted its air strikes on"
    if (STOPPING.has(t.lemma) && tokens.slice(j + 1, first).every((x) => /^(DET|PRON|ADP|ADV|PART)$/.test(x.pos) || /^(out|off|down)$/.test(x.norm))) {
      if (!['rule', 'turn', 'call'].includes(t.lemma) || /^(out|down|off)$/.test(tokens[j + 1]?.norm ?? '')) return { kind: 'negated', cue: t };
    }
    if (HYPOTHETICAL.has(t.norm)) return { kind: 'hypothetical', cue: t };
    if (CONDITION.has(t.norm)) return { kind: 'hypothetical', cue: t };
    if (t.lemma === 'threaten' && toFollows(tokens, j, first)) threatened ??= t;
    // a proposal is an intent: "his proposal to ban", "proposed barring" (a gerund right after the verb)
    const proposed = (t.lemma === 'propose' || t.norm === 'proposal') && (toFollows(tokens, j, first) || (j === first - 1 && /ing$/.test(tokens[first]?.norm ?? '')));
    if ((((INTENT_VERBS.has(t.lemma) || INTENT_ADJECTIVES.has(t.norm)) && toFollows(tokens, j, first)) || proposed) && !intended) {
      intended = t;
      intentVerb = true;
    }
    if (FUTURE.has(t.norm) || (t.norm === 'going' && tokens[j + 1]?.norm === 'to')) intended ??= t;
  }
  // a "that" clause of a request verb: "demanded that Iran release …"
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 10); j--) {
    const t = tokens[j] as Token;
    if (t.text === ';' || t.text === ':') break;
    if (t.norm !== 'that') continue;
    // (over a time or manner word between: "its demand today that Israel ease …", "insisted again that")
    let k = j - 1;
    while (k > j - 4 && k > s.firstToken && REQUEST_FILLER.test((tokens[k] as Token).norm)) k--;
    if (REQUEST_THAT.has((tokens[k] as Token | undefined)?.lemma ?? '')) return { kind: 'requested', cue: tokens[k] as Token };
  }
  // an "if" earlier in the same clause: "If Russia attacks Estonia, …" (the nearest one before the
  // trigger, looked up rather than walked to: a sentence without commas made the walk quadratic)
  const cond = lastCondition(tokens)[first - 1] ?? -1;
  if (cond >= s.firstToken && cond > (lastClauseBreak(tokens)[first - 1] ?? -1)) return { kind: 'hypothetical', cue: tokens[cond] as Token };
  const last = tokens[s.endToken - 1];
  if (last?.text === '?' && !tokens.slice(s.firstToken, s.endToken).some((t) => /^[“”"]$/.test(t.text))) return { kind: 'hypothetical', cue: last };
  // a question inside a quotation: “Will Chile meet with Peru?” the minister asked
  const question = questionAfter(tokens, end, s.endToken);
  if (question) return { kind: 'hypothetical', cue: question };
  if (threatened) return { kind: 'threatened', cue: threatened };
  if (intended) {
    // a will or would with a condition after the act ("would meet with X if Y lifted the tariffs"):
    // an act of cooperation or a statement is only hypothetical; an act of force so conditioned
    // stays what CAMEO codes it, a threat (13x: "would attack X if NATO expanded")
    const condition = code && Number(code.slice(0, 2)) < 14 && (FUTURE.has(intended.norm) || intended.norm === 'going') ? conditionAfter(tokens, end, s.endToken) : null;
    if (condition) return { kind: 'hypothetical', cue: condition };
    return { kind: 'intended', cue: intended, verb: intentVerb };
  }
  // the second of two coordinated verbs shares the first one's modality: "would deliver the jets by
  // 2027 and train Philippine personnel", "urged X to withdraw its troops and release prisoners"
  // (and an act noun the modality of the verb that carries it: "urged Peru to sign a trade agreement
  // with …", "refused to sign a trade agreement with …")
  const head = coordinationHead(tokens, s, first);
  const carrier = head >= 0 ? head : carrierOf(tokens, s, first);
  if (carrier >= 0) {
    const shared = modalityOf(tokens, s, carrier, carrier + 1, code);
    if (shared.kind !== 'actual') return shared;
  }
  return { kind: 'actual' };
}

/** Verbs of saying and thinking: a noun after them opens their clause and is not their object. */
const SAYING = new Set([
  'say',
  'tell',
  'think',
  'believe',
  'know',
  'hope',
  'expect',
  'fear',
  'suggest',
  'report',
  'claim',
  'insist',
  'warn',
  'add',
  'note',
  'argue',
  'hear',
  'see',
]);

/** The verb whose object is the act noun at `first` ("sign a trade agreement with": "sign"), over at most three modifiers; or -1. */
function carrierOf(tokens: readonly Token[], s: Sentence, first: number): number {
  if ((tokens[first] as Token).pos !== 'NOUN') return -1;
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 4); j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'VERB') return SAYING.has(t.lemma) ? -1 : j;
    if (!/^(DET|ADJ|NUM|NOUN)$/.test(t.pos) && !/^(its|their|his|her|our|new)$/.test(t.norm)) return -1;
  }
  return -1;
}

/** Nouns that negate the act after their "to": "their refusal to support", "its failure to meet". */
const NEGATION_NOUNS = new Set(['refusal', 'failure']);
/** Adjectives that negate the act after their "to": "is unwilling to endorse", "were unable to reach". */
const NEGATION_ADJECTIVES = new Set(['unwilling', 'reluctant', 'loath', 'loth', 'unable', 'unprepared', 'hesitant']);

/**
 * A word the tagger read as a verb that stands as a noun: after a possessive, a determiner or an
 * adjective, over a participle ("Trump's calls to ban …", "the repeated calls to …").
 */
function taggedVerbAsNoun(tokens: readonly Token[], j: number, floor: number): boolean {
  if ((tokens[j] as Token).pos !== 'VERB') return false;
  let k = j - 1;
  if (k >= floor && (tokens[k] as Token).pos === 'VERB' && /ed$/.test((tokens[k] as Token).norm)) k--;
  const before = tokens[k] as Token | undefined;
  return k >= floor && !!before && (/^(DET|ADJ)$/.test(before.pos) || /^['’]s$/.test(before.text) || POSSESSIVE.test(before.norm));
}

/** The "?" that ends the (quoted) sentence the act is in, before a closing quote or a full stop; or null. */
function questionAfter(tokens: readonly Token[], from: number, limit: number): Token | null {
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (t.text === '?') return t;
    if (/^([“”"]|[.!;])$/.test(t.text)) return null;
  }
  return null;
}

/** Words that open a new clause, whose own "if" no longer conditions the act before them. */
const CLAUSE_OPENER = /^(but|because|although|though|while|whereas|after|before|when|since|as|which|who)$/;

/**
 * The "if"/"unless" (or "provided", "assuming", "in case") after the act in its own clause that
 * conditions it: "would meet with X if Y lifted the tariffs"; not "asked if", "see if", "as if"; or null.
 */
function conditionAfter(tokens: readonly Token[], from: number, limit: number): Token | null {
  for (let k = from; k < Math.min(limit, from + 20); k++) {
    const t = tokens[k] as Token;
    if (/^([“”"]|[.!;:?])$/.test(t.text) || CLAUSE_OPENER.test(t.norm)) return null;
    if (t.pos === 'CCONJ' && tokens[k - 1]?.text === ',') return null;
    const prev = tokens[k - 1] as Token;
    if ((t.norm === 'if' || t.norm === 'unless') && prev.pos !== 'VERB' && prev.pos !== 'AUX' && prev.norm !== 'as') return t;
    if (t.norm !== 'until' && t.norm !== 'till' && opensCondition(tokens, k)) return t;
  }
  return null;
}

/**
 * The first verb of a coordination whose second verb is the trigger at `first` ("would deliver the
 * jets and train …": "deliver"), both in the bare form a modal or "to" governs; or -1.
 */
function coordinationHead(tokens: readonly Token[], s: Sentence, first: number): number {
  const trigger = tokens[first] as Token;
  if (trigger.norm !== trigger.lemma || !/^(VERB|NOUN)$/.test(trigger.pos)) return -1;
  let k = first - 1;
  while (k > s.firstToken && /^(then|also|later|to)$/.test((tokens[k] as Token).norm)) k--;
  if (k <= s.firstToken || !/^(and|or)$/.test((tokens[k] as Token).norm)) return -1;
  for (let j = k - 1; j >= Math.max(s.firstToken, k - 15); j--) {
    const t = tokens[j] as Token;
    if (/^([“”"]|[;:])$/.test(t.text)) return -1;
    if (t.pos === 'VERB') return t.norm === t.lemma ? j : -1;
  }
  return -1;
}

/** Words between a refusing verb and the request noun it refuses: "rejected the renewed Western calls". */
const REFUSED_LEAD_IN = /^(DET|ADJ|PROPN|NUM|PRON|ADV|PART)$/;

/**
 * The refusing verb whose object is the request noun at `noun` ("rejected an invitation", "spurned
 * the calls", "rebuffed all demands"), over at most four determiners, modifiers and possessors; or null.
 */
function refuserOf(tokens: readonly Token[], s: Sentence, noun: number): Token | null {
  for (let k = noun - 1; k >= Math.max(s.firstToken, noun - 5); k--) {
    const w = tokens[k] as Token;
    if (w.pos === 'VERB') return REFUSING.has(w.lemma) ? w : null;
    if (!REFUSED_LEAD_IN.test(w.pos) && w.norm !== "'s") return null;
  }
  return null;
}

/** Words of a short time phrase between a verb and its "to": "threatened on Monday to", "agreed today to". */
const TIME_WORD =
  /^(on|this|last|next|late|early|again|also|now|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether an infinitive "to" follows token j before `limit`, over at most three time words. */
function toFollows(tokens: readonly Token[], j: number, limit: number): boolean {
  for (let k = j + 1; k < Math.min(limit, j + 5); k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'to') return true;
    if (!TIME_WORD.test(t.norm) && t.pos !== 'NUM') return false;
  }
  return false;
}

const conditions = new WeakMap<readonly Token[], Int32Array>();
const breaks = new WeakMap<readonly Token[], Int32Array>();
/** For each token, the index of the nearest token at or before it that `test` accepts (-1: none); computed once per text. */
export function lastWhere(cache: WeakMap<readonly Token[], Int32Array>, tokens: readonly Token[], test: (t: Token, i: number) => boolean): Int32Array {
  let a = cache.get(tokens);
  if (!a) {
    a = new Int32Array(tokens.length);
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (test(tokens[i] as Token, i)) last = i;
      a[i] = last;
    }
    cache.set(tokens, a);
  }
  return a;
}
const lastCondition = (tokens: readonly Token[]) => lastWhere(conditions, tokens, (t, i) => CONDITION.has(t.norm) || opensCondition(tokens, i));

/** Objects that make "assuming" an act, not a condition: "assuming office". */
const ASSUMED = /^(office|power|control|command|responsibility|leadership|charge|duties)$/;

/** Whether a verb (or auxiliary) follows token i within `n` tokens of its clause. */
function verbFollows(tokens: readonly Token[], i: number, n: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + n); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.sentence !== (tokens[i] as Token).sentence) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** The present tense of a verb: "meets", "agree", "is", "has" (not "met", "agreed", "was"). */
function presentTense(t: Token): boolean {
  if (/^(is|are|am|has|have|does|do|can|will)$/.test(t.norm)) return true;
  if (t.pos !== 'VERB') return false;
  const l = t.lemma;
  return t.norm === l || t.norm === `${l}s` || t.norm === `${l}es` || (l.endsWith('y') && t.norm === `${l.slice(0, -1)}ies`);
}

/**
 * Whether token i opens a condition beside "if", "unless" and "whether": "assuming (that)",
 * "provided (that)" or "providing" opening a clause, "in case", "in the event that", and "until"
 * or "till" with a verb in the present tense ("until Chile meets with Peru": not yet done).
 */
function opensCondition(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  switch (t.norm) {
    case 'assuming':
    case 'provided':
    case 'providing': {
      if (next?.norm === 'that') return true;
      const clauseStart = !prev || prev.sentence !== t.sentence || prev.pos === 'PUNCT' || (t.norm === 'assuming' && /^(CCONJ|SCONJ)$/.test(prev.pos) && prev.norm !== 'after');
      if (!clauseStart || !next || /^(by|with|for|to|in|on)$/.test(next.norm) || (t.norm === 'assuming' && ASSUMED.test(next.norm))) return false;
      return verbFollows(tokens, i, 7);
    }
    case 'case':
      return prev?.norm === 'in';
    case 'event':
      return prev?.norm === 'the' && tokens[i - 2]?.norm === 'in' && (next?.norm === 'that' || next?.norm === 'of');
    case 'until':
    case 'till':
      for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
        const w = tokens[k] as Token;
        if (w.pos === 'PUNCT' || w.sentence !== t.sentence) return false;
        // (a verb after "'s" or a determiner is a noun the tagger misread: "until Mr. X's push for …")
        const before = tokens[k - 1] as Token;
        if ((w.pos === 'VERB' || w.pos === 'AUX') && !/^(DET|ADJ)$/.test(before.pos) && before.norm !== "'s") return presentTense(w);
      }
      return false;
    default:
      return false;
  }
}
const lastClauseBreak = (tokens: readonly Token[]) => lastWhere(breaks, tokens, (t) => t.text === ',' || t.text === ';');

/** The CAMEO code for an intention to do what `code` names (cooperation roots 04-09), or null. */
export function intentCode(code: string): string | null {
  if (code.startsWith('045')) return '039'; // an intention to mediate
  const root = code.slice(0, 2);
  return ({ '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '09': '030' } as Record<string, string>)[root] ?? null;
}

/** Verbs that ask for the act their object noun names: "demanded a truce with …", "requested talks with …". */
export const REQUESTING = new Set(['demand', 'request', 'seek']);

/**
 * The CAMEO code for demanding what `code` names (cooperation roots 03-08), or null: a meeting or
 * talks (106), mediation (108), material cooperation (101x), aid (103x), a concession (105x).
 */
export function requestCode(code: string): string | null {
  const table: Array<[RegExp, string]> = [
    [/^045/, '108'],
    [/^04/, '106'],
    [/^061/, '1011'],
    [/^062/, '1012'],
    [/^063/, '1013'],
    [/^064/, '1014'],
    [/^06/, '101'],
    [/^071/, '1031'],
    [/^072/, '1032'],
    [/^073/, '1033'],
    [/^074/, '1034'],
    [/^07/, '103'],
    [/^081/, '1051'],
    [/^082/, '1052'],
    [/^084/, '1053'],
    [/^085/, '1054'],
    [/^086/, '1055'],
    [/^087/, '1056'],
    [/^08/, '105'],
    [/^0[35]/, '100'],
  ];
  return table.find(([re]) => re.test(code))?.[1] ?? null;
}

/** Verbs that refuse the act they govern: "refused to meet", "declined to send aid to". */
export const REFUSING = new Set(['refuse', 'decline', 'reject', 'rebuff', 'spurn', 'refusal']);

/**
 * The CAMEO code for refusing to do what `code` names (cooperation roots 04-08), or null: CAMEO
 * codes a refusal to cooperate as a rejection (12x), by what is refused: a meeting (125), mediation
 * (126), an agreement (127), material cooperation (121x), aid (122x), a concession (124x).
 */
export function refusalCode(code: string): string | null {
  const table: Array<[RegExp, string]> = [
    [/^045/, '126'], // mediate
    [/^04/, '125'], // meet, negotiate
    [/^057/, '127'], // sign an agreement
    [/^05/, '120'],
    [/^061/, '1211'],
    [/^062/, '1212'],
    [/^063/, '1213'],
    [/^06/, '121'],
    [/^071/, '1221'],
    [/^072/, '1222'],
    [/^073/, '1223'],
    [/^074/, '1224'],
    [/^07/, '122'],
    [/^081/, '1241'],
    [/^082/, '1242'],
    [/^083/, '123'],
    [/^084/, '1243'],
    [/^085/, '1244'],
    [/^086/, '1245'],
    [/^087/, '1246'],
    [/^08/, '124'],
  ];
  return table.find(([re]) => re.test(code))?.[1] ?? null;
}

/** The CAMEO code for a threat to do what `code` names (protest and conflict roots 14-20), or null. */
export function threatCode(code: string): string | null {
  const table: Array<[RegExp, string]> = [
    [/^14/, '133'], // protest
    [/^15/, '138'], // force posture
    [/^162/, '1311'], // cut aid
    [/^163/, '1312'], // sanctions, embargo
    [/^164/, '134'], // halt negotiations
    [/^165/, '135'], // halt mediation
    [/^166/, '136'], // expel or withdraw international involvement
    [/^16/, '1313'], // reduce or break relations
    [/^1721/, '1321'],
    [/^1722/, '1322'],
    [/^1723/, '1323'],
    [/^1724/, '1324'],
    [/^17/, '137'], // repression
    [/^18/, '1383'], // unconventional violence
    [/^191/, '1381'], // blockade
    [/^192/, '1382'], // occupation
    [/^19/, '1384'], // conventional attack
    [/^20/, '1385'], // weapons of mass destruction
  ];
  return table.find(([re]) => re.test(code))?.[1] ?? null;
}
