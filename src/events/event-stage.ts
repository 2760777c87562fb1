/**
 * @module The event stage: verb patterns matched per sentence; the source is the clause's subject
 * (the nearest actor mention before the trigger that is not the object of a preposition or a
 * possessive); negated triggers are not coded; each event gets its codebook facts (root, quad,
 * Goldstein, PLOVER), a date from the sentence's time expression, provenance spans and a rule id.
 */
import { contentId } from '../core/hash.js';
import type { Stage } from '../core/pipeline.js';
import type { Doc, Event, Mention, Sentence, Token } from '../core/types.js';
import { roleOn } from '../dictionaries/compile.js';
import type { CodeInfo, Dictionaries } from '../dictionaries/types.js';
import { indexPatterns, matchPatterns, type PatternMatch } from './pattern-matcher.js';

export interface EventStageOptions {
  readonly dictionaries: Dictionaries;
}

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refuse', 'fail', 'deny']);
const isCountryOnly = (code: string): boolean => /^[A-Z]{3}$/.test(code) && !/^(IGO|NGO|IMG|MNC)$/.test(code);

/**
 * A bare country as the actor of a diplomatic or political act stands for its government, of a
 * military act (roots 18-20) for its armed forces; a bare country as the target of an attack is
 * the country at large.
 */
export function sectorFor(code: string, root: string, role: 'source' | 'target'): string {
  if (!isCountryOnly(code)) return code;
  const r = Number(root);
  if (r <= 17) return `${code}GOV`;
  return role === 'source' ? `${code}MIL` : code;
}

export function createEventStage(options: EventStageOptions): Stage {
  const { dictionaries } = options;
  const patterns = indexPatterns(dictionaries.verbs);
  const people = new Map(dictionaries.people.map((p) => [p.name, p]));
  /** A dictionary person's actor on the day of the event (Morales is BOLGOV in a 2008 event of a 2025 article). */
  const actorOn = (m: Mention, entities: Doc['entities'], day: string): string => {
    const e = m.entity != null ? entities[m.entity] : null;
    const p = e?.type === 'PERSON' ? people.get(e.name) : undefined;
    if (!p || !/^[A-Z]{3}(ELI|GOV)?$/.test(m.actor)) return m.actor;
    return roleOn(p, day)?.code ?? m.actor;
  };
  const codeInfo = (code: string): CodeInfo => {
    const c = dictionaries.codes[code] ?? dictionaries.codes[code.slice(0, 2)];
    if (!c) throw new Error(`code ${code} is not in the codebook; the dictionary build should have refused it`);
    return c;
  };

  return (doc: Doc) => {
    const { tokens, mentions, article } = doc;
    const text = article.text;
    // offsets → token index, for mention boundaries
    const tokenAtStart = new Map<number, number>();
    const tokenAtEnd = new Map<number, number>();
    for (const t of tokens) {
      tokenAtStart.set(t.start, t.index);
      tokenAtEnd.set(t.end, t.index + 1);
    }
    const tokenOfOffset = (offset: number): number => tokenAtStart.get(offset) ?? tokenAtEnd.get(offset) ?? tokens.findIndex((t) => t.start >= offset);
    const mentionsAt = new Map<number, Mention>();
    for (const m of mentions) {
      const k = tokenAtStart.get(m.start);
      if (k !== undefined && !mentionsAt.has(k)) mentionsAt.set(k, m);
    }
    const events: Event[] = [];
    const seen = new Set<string>();
    for (const s of doc.sentences) {
      const matches = matchPatterns(patterns, tokens, s.firstToken, s.endToken, mentionsAt, tokenOfOffset);
      if (matches.length === 0) continue;
      const times = doc.times.filter((t) => t.start >= s.start && t.end <= s.end);
      for (const m of matches) {
        const trigger = { start: (tokens[m.first] as Token).start, end: (tokens[m.end - 1] as Token).end };
        const triggerSpan = { ...trigger, text: text.slice(trigger.start, trigger.end) };
        if (isNegated(tokens, s, m.first)) {
          doc.messages.push({ ruleId: 'events:negated', reason: `${m.pattern.rule} matched but the trigger is negated`, span: triggerSpan });
          continue;
        }
        const source = subjectOf(tokens, mentions, s, m, tokenOfOffset);
        if (!source) {
          doc.messages.push({ ruleId: 'events:no-source', reason: `${m.pattern.rule} matched but no actor stands as its subject`, span: triggerSpan });
          continue;
        }
        if (m.pattern.elements.some((e) => e.kind === 'slot') && !m.target) continue;
        const target = m.target && !(m.target.start === source.start && m.target.end === source.end) ? m.target : null;
        if (m.pattern.elements.some((e) => e.kind === 'slot') && !target) continue;
        const info = codeInfo(m.pattern.code);
        const root = m.pattern.code.slice(0, 2);
        const rootInfo = codeInfo(root);
        const time = times[0] ?? null;
        const pairs: Array<[Mention, Mention | null]> = [[source, target]];
        if (m.pattern.both && target) pairs.push([target, source]);
        const day = time?.date ?? time?.range?.[0] ?? article.date;
        for (const [src, tgt] of pairs) {
          const srcActor = sectorFor(actorOn(src, doc.entities, day), root, 'source');
          const tgtActor = tgt ? sectorFor(actorOn(tgt, doc.entities, day), root, 'target') : null;
          const key = `${s.index}|${srcActor}|${tgtActor}|${m.pattern.code}|${trigger.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push({
            id: contentId(article.id, s.index, trigger.start, srcActor, tgtActor, m.pattern.code, m.pattern.rule),
            source: { start: src.start, end: src.end, text: src.text, actor: srcActor },
            target: tgt && tgtActor ? { start: tgt.start, end: tgt.end, text: tgt.text, actor: tgtActor } : null,
            code: m.pattern.code,
            root,
            quad: rootInfo.quad,
            goldstein: info.goldstein,
            plover: info.plover ? { type: info.plover, mode: info.mode } : null,
            date: time?.date ?? null,
            dateRange: time?.range ? [time.range[0], time.range[1]] : null,
            place: null,
            sentence: { index: s.index, start: s.start, end: s.end },
            trigger: triggerSpan,
            attributedTo: null,
            rule: m.pattern.rule,
            // a starter heuristic: an exact match with its target right after the words is surest
            confidence: Math.max(0.3, Math.round((0.85 - 0.05 * m.slack) * 100) / 100),
          });
        }
      }
    }
    doc.events = events;
    return doc;
  };
}

function isNegated(tokens: readonly Token[], s: Sentence, first: number): boolean {
  for (let j = first - 1; j >= Math.max(s.firstToken, first - 3); j--) {
    const t = tokens[j] as Token;
    if (NEGATION.has(t.norm) || NEGATION.has(t.lemma)) return true;
    if (t.pos === 'PUNCT') break;
  }
  return false;
}

/** The nearest mention before the trigger, in the sentence, that can be a subject. */
function subjectOf(tokens: readonly Token[], mentions: readonly Mention[], s: Sentence, m: PatternMatch, tokenOfOffset: (o: number) => number): Mention | null {
  const triggerStart = (tokens[m.first] as Token).start;
  let best: Mention | null = null;
  for (const x of mentions) {
    if (x.start < s.start || x.end > triggerStart) continue;
    const first = tokenOfOffset(x.start);
    const last = tokenOfOffset(x.end);
    // object of a preposition ("met with Landau"), or a possessive ("Bolivia's ties")
    let b = first - 1;
    while (b >= s.firstToken && /^(DET|ADJ|NUM)$/.test((tokens[b] as Token).pos)) b--;
    if (b >= s.firstToken && (tokens[b] as Token).pos === 'ADP') continue;
    if (tokens[last] && /^['’]s$/.test((tokens[last] as Token).text)) continue;
    if (!best || x.start > best.start) best = x;
  }
  return best;
}
