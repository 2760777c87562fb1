/**
 * @module The event stage. Per sentence: verb patterns match (active, or passive with a "by"
 * agent); the source is the clause's subject (the nearest actor mention before the trigger that is
 * not the object of a preposition or a possessor), the target the pattern's slot; coordinated
 * actors give one event each ("Argentina, Chile and Paraguay"); negated, conditional and
 * hypothetical triggers are not coded (each leaves a message saying why); intentions to cooperate
 * become 03x and threats 13x; an event inside a quotation or reported speech is attributed to its
 * speaker. Each event gets its codebook facts (root, quad, Goldstein, PLOVER), a date, a place, its
 * provenance spans and a rule id.
 */

import { contentId } from '../core/hash.js';
import type { Stage } from '../core/pipeline.js';
import { type Doc, type Event, type Mention, type Place, type Sentence, type Span, type Speaker, startingBefore, type Token } from '../core/types.js';
import { roleOn } from '../dictionaries/compile.js';
import type { CodeInfo, Dictionaries } from '../dictionaries/types.js';
import { joinHyphen } from '../nlp/hyphen.js';
import { firstDay, sentenceTimes, timeOfEvent } from './event-time.js';
import { intentCode, lastWhere, modalityOf, REFUSING, REQUESTING, refusalCode, requestCode, threatCode } from './modality.js';
import { attributionAt, indexPatterns, matchPatterns, type PatternMatch, POSSESSIVE, quantityWord } from './pattern-matcher.js';

export interface EventStageOptions {
  readonly dictionaries: Dictionaries;
}

/** A people standing for its population ("Palestinians"; "Iraqi Kurds" by residence): no government. */
const isPeople = (m: Mention): boolean => m.rule.startsWith('actors:people');
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

/** Pronouns that name no matter agreed on ("agree on something"). */
const INDEFINITE_OBJECT = /^(something|anything|everything|nothing|much|little)$/;

export function createEventStage(options: EventStageOptions): Stage {
  const { dictionaries } = options;
  const rules = dictionaries.coding ?? { countrySectors: true, modality: true };
  const sectorOf = rules.countrySectors ? sectorFor : (code: string): string => code;
  const patterns = indexPatterns(dictionaries.verbs);
  const requiredWords = new Map(dictionaries.verbs.map((v) => [v.rule, v.elements.filter((e) => e.kind === 'word' && !e.optional).length]));
  const wordsOf = (rule: string): number => requiredWords.get(rule.replace(/\+\w+$/, '')) ?? 0;
  const people = new Map(dictionaries.people.map((p) => [p.name, p]));
  const places = new Map<string, { lat: number; lon: number; country: string }>();
  for (const n of dictionaries.names) if (n.lat !== undefined && n.lon !== undefined && !places.has(n.name)) places.set(n.name, { lat: n.lat, lon: n.lon, country: n.code });
  const codeInfo = (code: string): CodeInfo => {
    const c = dictionaries.codes[code] ?? dictionaries.codes[code.slice(0, 2)];
    if (!c) throw new Error(`code ${code} is not in the codebook; the dictionary build should have refused it`);
    return c;
  };

  return (doc: Doc) => {
    const { tokens, mentions, article } = doc;
    const text = article.text;
    // per character offset: the token starting there, the token ending there + 1 (-1: none); typed
    // arrays, not Maps (two Map entries a token were a tenth of all the memory coding allocated)
    // (both hold the index + 1, so that 0, as the arrays are made, is none: no fill)
    const tokenAtStart = new Int32Array(text.length + 1);
    const tokenAtEnd = new Int32Array(text.length + 1);
    for (const t of tokens) {
      tokenAtStart[t.start] = t.index + 1;
      tokenAtEnd[t.end] = t.index + 1;
    }
    const tokenOfOffset = (offset: number): number => {
      const atStart = (tokenAtStart[offset] ?? 0) - 1;
      if (atStart >= 0) return atStart;
      const atEnd = tokenAtEnd[offset] ?? 0;
      return atEnd > 0 ? atEnd : tokens.findIndex((t) => t.start >= offset);
    };
    const mentionsAt = new Map<number, Mention>();
    for (const m of mentions) {
      const k = (tokenAtStart[m.start] ?? 0) - 1;
      if (k >= 0 && !mentionsAt.has(k)) mentionsAt.set(k, m);
    }
    // per-document indexes: the mentions on the same words, the first mention ending at a token,
    // the first mention covering a token (linear lookups here made long sentences quadratic)
    const sameSpan = new Map<number, Mention[]>();
    const spanKey = (m: { readonly start: number; readonly end: number }): number => m.start * (text.length + 1) + m.end;
    const endsAt = new Map<number, Mention>();
    const covering: Array<Mention | undefined> = new Array(tokens.length);
    for (const m of mentions) {
      const same = sameSpan.get(spanKey(m));
      if (same) same.push(m);
      else sameSpan.set(spanKey(m), [m]);
      const first = tokenOfOffset(m.start);
      const end = tokenOfOffset(m.end);
      if (!endsAt.has(end)) endsAt.set(end, m);
      for (let k = first; k >= 0 && k < end; k++) covering[k] ??= m;
    }
    const textOrder = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const onSameWords = (m: Mention): Mention[] => sameSpan.get(spanKey(m)) ?? [m];
    /** A dictionary person's actor on the day of the event (Morales is BOLGOV in a 2008 event of a 2025 article). */
    const actorOn = (m: Mention, day: string): string => {
      const e = m.entity != null ? doc.entities[m.entity] : null;
      const p = e?.type === 'PERSON' ? people.get(e.name) : undefined;
      if (!p || !/^[A-Z]{3}(ELI|GOV)?$/.test(m.actor)) return m.actor;
      return roleOn(p, day)?.code ?? m.actor;
    };
    // what a mention names: the entity for names and pronouns, its own words for "Haiti's government"
    /** A quotation's speaker as an actor mention: the mention on its words, else one made of the speaker. */
    const speakerMention = (sp: Speaker): Mention =>
      sameSpan.get(spanKey(sp))?.[0] ?? { start: sp.start, end: sp.end, text: sp.text, actor: sp.actor as string, entity: null, rule: 'quotes:speaker' };
    /** The entity a mention's referent chain ends in (the entity itself when it has no referent), or null. */
    const referentOf = (m: Mention): number | null => (m.entity == null ? null : (doc.entities[m.entity]?.referent ?? m.entity));
    const sameReferent = (a: Mention, b: Mention): boolean => {
      const r = referentOf(a);
      return r !== null && r === referentOf(b);
    };
    const nameOf = (m: Mention): string => (m.entity != null && !/\+|demonym/.test(m.rule) ? (doc.entities[m.entity]?.name ?? m.text) : m.text.toLowerCase());
    /** Mentions coordinated with `m` after it: "Argentina, Chile and Paraguay". */
    const coordinated = (m: Mention, limit: number): Mention[] => {
      // the other actors on the same words (a compound actor, a plural pronoun) come along
      const out = [m, ...onSameWords(m).filter((x) => x !== m)];
      let k = tokenOfOffset(m.end);
      // a list ends at its "and"/"or": "the United States and Israel, a Saudi weekly reports" stops at Israel
      let closed = false;
      for (;;) {
        let j = k;
        let conjunction = false;
        // (not `conjunction ||= … j++ …`: once true, `||=` skipped the increment and looped for ever on "and ,")
        for (; j < limit && /^(,|and|or|as well as)$/.test((tokens[j] as Token).norm); j++) if ((tokens[j] as Token).norm !== ',') conjunction = true;
        if (j === k || closed) break;
        closed = conjunction;
        while (j < limit && /^(DET|ADJ)$/.test((tokens[j] as Token).pos) && !mentionsAt.has(j)) j++;
        const next = mentionsAt.get(j);
        if (!next || (!conjunction && attributionAt(tokens, tokenOfOffset(next.end)))) break;
        out.push(...onSameWords(next));
        k = tokenOfOffset(next.end);
      }
      return out;
    };
    /** Mentions coordinated with `m` before it: "Chile and Peru signed" (and the other referents of a plural pronoun). */
    const coordinatedBefore = (m: Mention, floor: number): Mention[] => {
      const out = [...onSameWords(m)];
      if (!out.includes(m)) out.unshift(m);
      // a pronoun opens its own clause: "Chile and Peru, and they have …" coordinates nothing with it
      if ((tokens[tokenOfOffset(m.start)] as Token | undefined)?.pos === 'PRON') return out;
      let first = tokenOfOffset(m.start);
      for (;;) {
        let j = first - 1;
        // "Fornost and the evil awful Gondor": the words before the name belong to it
        // (and a possessive pronoun: "Kagame and his party", "Chile and its allies")
        while (j >= floor && ((/^(DET|ADJ)$/.test((tokens[j] as Token).pos) && !endsAt.has(j + 1)) || /^(his|her|its|their|our)$/.test((tokens[j] as Token).norm))) j--;
        // "Gaddafi and Bulgarian President Zhivkov": a country word and a title before the name belong to it
        if (j >= floor && !/^(,|and)$/.test((tokens[j] as Token).norm)) {
          let t = first - 1;
          while (t >= floor && t >= first - 3 && /^\p{Lu}/u.test((tokens[t] as Token).text) && /^(ADJ|PROPN|NOUN)$/.test((tokens[t] as Token).pos)) t--;
          if (t < first - 1 && t >= floor && (tokens[t] as Token).norm === 'and') j = t;
        }
        if (j < floor || !/^(,|and)$/.test((tokens[j] as Token).norm)) break;
        while (j >= floor && /^(,|and)$/.test((tokens[j] as Token).norm)) j--;
        const prev = endsAt.get(j + 1);
        if (!prev) break;
        out.unshift(prev);
        first = tokenOfOffset(prev.start);
      }
      return out;
    };
    /**
     * A plural possessive right after a list of actors in its clause stands for the whole list, the
     * last item of which is returned (coordinatedBefore takes the rest): "Chile and the Peruvian army in
     * their fight against …", "praised Kenyan troops and Chilean police for their attacks on …".
     * (Coreference gives "their" one referent; a list just before it is what it names.)
     */
    const listBeforePlural = (pronoun: Mention | null, s: Sentence): Mention | null => {
      if (!pronoun) return null;
      const k = tokenOfOffset(pronoun.start);
      if (!/^(their|our)$/.test((tokens[k] as Token | undefined)?.norm ?? '')) return null;
      let j = k - 1;
      if ((tokens[j] as Token | undefined)?.pos === 'ADP') j--;
      const last = endsAt.get(j + 1);
      if (!last || last === pronoun) return null;
      if (tokenOfOffset(last.start) < s.firstToken) return null;
      return coordinatedBefore(last, s.firstToken).length >= 2 ? last : null;
    };
    const quoteOf = (start: number, end: number) => {
      let best: (typeof doc.quotes)[number] | null = null;
      for (const q of doc.quotes) if (q.speaker && q.start <= start && end <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
      return best;
    };
    // entities and time expressions by the sentence they start in, in document order (a scan of all
    // of them per sentence made long articles quadratic)
    const bySentence = <T extends { start: number }>(list: readonly T[]): Map<number, T[]> => {
      const out = new Map<number, T[]>();
      for (const x of list) {
        const k = (tokens[tokenOfOffset(x.start)] as Token | undefined)?.sentence ?? -1;
        const l = out.get(k);
        if (l) l.push(x);
        else out.set(k, [x]);
      }
      return out;
    };
    const entitiesOf = bySentence(doc.entities);
    // each sentence's time: its own expressions, or the occasion or narrative time it inherits
    const timesOf = sentenceTimes(text, doc.sentences, doc.times, doc.quotes, article.date);
    /** The places a sentence names (not by a pronoun or a common noun) right after one of `prepositions`, in order. */
    const placesAfter = function* (s: Sentence, prepositions: RegExp) {
      for (const e of entitiesOf.get(s.index) ?? []) {
        if (e.start < s.start || e.end > s.end || (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC') || e.form === 'pronoun' || e.form === 'nominal') continue;
        // a compass word between belongs to the place: "in northern Israel", "at the south Lebanon border"
        let k = tokenOfOffset(e.start) - 1;
        while (k > s.firstToken && (COMPASS.test((tokens[k] as Token).norm) || (tokens[k] as Token).norm === 'the') && k >= tokenOfOffset(e.start) - 2) k--;
        if (prepositions.test((tokens[k] as Token | undefined)?.norm ?? '')) yield e;
      }
    };
    const placeIn = (s: Sentence): Place | null => {
      // a city or place named after a locative preposition in the sentence
      for (const e of placesAfter(s, /^(in|at|near|outside|to)$/)) {
        const p = places.get(e.name);
        if (p) return { name: e.name, country: p.country, lat: p.lat, lon: p.lon };
        if (e.rule !== 'gazetteer:country-name' && e.rule !== 'gazetteer:region')
          return { name: e.name, country: e.actor && /^[A-Z]{3}$/.test(e.actor) ? e.actor : null, lat: null, lon: null };
      }
      return null;
    };

    /**
     * Whom a protest with no named addressee addresses: the country of the place the sentence
     * names after a locative preposition ("demonstrated in Belgrade" → Serbia), else the
     * protesters' own country ("Kenyan students" → Kenya); its government, by sectorFor.
     */
    const impliedAddressee = (s: Sentence, src: Mention): Mention | null => {
      // state organs and office-holders do not protest against a state (a campaign "rally" is no protest)
      if (/^(GOV|ELI|MIL|COP|JUD|SPY|MED|BUS)/.test(src.actor.slice(3))) return null;
      for (const e of placesAfter(s, /^(in|at|near|outside|across|throughout)$/)) {
        if (e.type === 'FAC' || !e.actor || !isCountryOnly(e.actor)) continue;
        return { start: e.start, end: e.end, text: e.text, actor: e.actor, entity: doc.entities.indexOf(e), rule: 'events:implied-target' };
      }
      const own = src.actor.slice(0, 3);
      if (!isCountryOnly(own)) return null;
      return { start: src.start, end: src.end, text: src.text, actor: own, entity: null, rule: 'events:implied-target' };
    };

    /**
     * Whom an act of repression with no named target (root 17: "imposed a curfew", "banned the
     * rally") is done to: the people of the place the sentence names after a locative preposition,
     * else of the state's own country; only for a state's organs and office-holders as the source.
     */
    const impliedPopulation = (s: Sentence, src: Mention): Mention | null => {
      if (!/^[A-Z]{3}(GOV|MIL|COP|JUD|SPY|LEG)?$/.test(src.actor) || !isCountryOnly(src.actor.slice(0, 3))) return null;
      for (const e of placesAfter(s, /^(in|at|near|across|throughout)$/)) {
        if (!e.actor || !isCountryOnly(e.actor)) continue;
        return { start: e.start, end: e.end, text: e.text, actor: e.actor, entity: doc.entities.indexOf(e), rule: 'events:implied-population' };
      }
      return { start: src.start, end: src.end, text: src.text, actor: src.actor.slice(0, 3), entity: null, rule: 'events:implied-population' };
    };

    // tokens inside time expressions, which patterns step over
    const transparent = new Uint8Array(tokens.length);
    for (const t of doc.times) for (let j = tokenOfOffset(t.start); j >= 0 && j < tokens.length && (tokens[j] as Token).start < t.end; j++) transparent[j] = 1;
    const events: Event[] = [];
    const seen = new Set<string>();
    /** Records one event between two mentions, once per sentence, source, target and code. */
    /** A mention that names a place from the gazetteer (a country, a region, a city), not an organisation or a person. */
    const isNamedPlace = (m: Mention): boolean => {
      const e = m.entity != null ? doc.entities[m.entity] : null;
      return !!e && (e.type === 'GPE' || e.type === 'LOC') && e.form === 'name' && (e.rule ?? '').startsWith('gazetteer:');
    };
    /** A mention that names one person (by name, title or pronoun), not a body, a group or a country. */
    const isPersonMention = (m: Mention): boolean => m.entity != null && doc.entities[m.entity]?.type === 'PERSON';
    /** A person or a party: whose words of force are words (see FIGURATIVE_FORCE). */
    const political = (x: Mention): boolean => isPersonMention(x) || /PTY$/.test(x.actor);
    const emit = (
      s: Sentence,
      m: PatternMatch,
      src: Mention,
      tgt: Mention | null,
      code: string,
      rule: string,
      triggerSpan: Span,
      times: Doc['times'],
      place: Place | null,
      quoted: Doc['quotes'][number] | null,
      several: boolean,
    ): void => {
      // one person or party "attacking" another person or a party is criticism, not force ("Trump
      // attacked Clinton over her emails", "his assault on Mr. Bush", "Republicans pound Obama's
      // policy", "her fight against Trump"); gunmen, troops and states still attack, and the words of
      // literal violence (shoot, kill, wound, fire) stay force whoever uses them
      if (code.startsWith('19') && tgt && FIGURATIVE_FORCE.test(triggerSpan.text.toLowerCase()) && political(src) && political(tgt)) {
        code = '111';
        rule = `${rule}+verbal`;
      }
      const info = codeInfo(code);
      const root = code.slice(0, 2);
      const rootInfo = codeInfo(root);
      // the time in the event's own clause: after its words unless another verb's clause holds it, else before them
      const found = timeOfEvent(times, tokens, Math.max(triggerSpan.end, src.end, tgt?.end ?? 0), root === '03' || root === '13');
      // news reports what has happened: a time that starts after the article's day is when a planned act
      // is due ("would … train Philippine personnel by 2027"), not the date of anything reported
      const time = found && firstDay(found) > article.date ? null : found;
      const day = (time && firstDay(time)) || article.date;
      // a people named by its demonym ("Palestinians", "Iraqi Kurds") is the population, not its
      // government; so is a people's group named by a demonym that protests ("Palestinian prisoners
      // rioted") and the population an act of repression implies
      const people = isPeople(src) || (root === '14' && src.rule === 'actors:demonym+noun');
      const srcActor = people ? src.actor : sectorOf(actorOn(src, day), root, 'source');
      const tgtActor = tgt ? (isPeople(tgt) || tgt.rule === 'events:implied-population' ? tgt.actor : sectorOf(actorOn(tgt, day), root, 'target')) : null;
      // one entity acting on itself ("ECOWAS … criticized its …") is a misread; a government acting
      // on a city of its own country ("lifted the curfew in Quetta") is not; a speaker's comment on
      // their own side ("the United States is a good partner," the envoy said) is no event
      // and a country's diplomacy with its own capital ("Iran … reopen embassies in Tehran") is a misread too
      const countryLevel = (x: Mention): boolean => x.rule === 'actors:country' || isPeople(x);
      const diplomatic = root <= '07' || root === '16';
      // two mentions of one referent ("Trump … at a town hall meeting in Salem, Trump", “… our
      // country,” she said): no one acts on themselves, whatever actor codes the two carry (the actors
      // of a plural pronoun, "they" for Bolivia and Iran, share its words and its entity: they may)
      if (tgt && !tgt.rule.startsWith('events:implied') && sameReferent(src, tgt) && onSameWords(src).length === 1 && onSameWords(tgt).length === 1) {
        doc.messages.push({ ruleId: 'events:same-actor', reason: `${rule} matched but its source and target are one actor (“${src.text}”, “${tgt.text}”)`, span: triggerSpan });
        return;
      }
      // a trip to a place in one's own country ("Clinton visited Iowa", "Obama flew to Boise, Idaho",
      // "when he arrives in Washington") is travel at home, no visit from one actor to another (042/043)
      if (tgt && tgtActor && /^04[23]/.test(code) && isNamedPlace(tgt) && /^[A-Z]{3}$/.test(srcActor.slice(0, 3)) && tgtActor.slice(0, 3) === srcActor.slice(0, 3)) {
        doc.messages.push({ ruleId: 'events:domestic-trip', reason: `${rule} matched but “${tgt.text}” is a place in the visitor's own country`, span: triggerSpan });
        return;
      }
      if (
        tgt &&
        tgtActor === srcActor &&
        !tgt.rule.startsWith('events:implied') &&
        (tgt.rule === 'actors:pronoun' || nameOf(src) === nameOf(tgt) || m.pattern.by === 'speaker' || (diplomatic && countryLevel(src) && countryLevel(tgt)))
      )
        return;
      // one event per source, target and code in a sentence, however many patterns see it (an
      // implied addressee gives way to a named one: see the filter after the loop)
      const key = `${s.index}|${srcActor}|${tgtActor}|${code}${tgt?.rule.startsWith('events:implied') ? '|implied' : rule.endsWith('+addressee') ? '|addressee' : ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      events.push({
        id: contentId(article.id, s.index, triggerSpan.start, srcActor, tgtActor, code, rule),
        source: { start: src.start, end: src.end, text: src.text, actor: srcActor },
        target: tgt && tgtActor ? { start: tgt.start, end: tgt.end, text: tgt.text, actor: tgtActor } : null,
        code,
        root,
        quad: rootInfo.quad,
        goldstein: info.goldstein,
        plover: info.plover ? { type: info.plover, mode: info.mode, contexts: [...info.contexts] } : null,
        date: time?.date ?? null,
        dateRange: time?.range ? [time.range[0], time.range[1]] : null,
        place,
        sentence: { index: s.index, start: s.start, end: s.end },
        trigger: triggerSpan,
        attributedTo: quoted?.speaker ? { start: quoted.speaker.start, end: quoted.speaker.end, text: quoted.speaker.text } : null,
        rule,
        // heuristic: an exact match with its actors next to the words is surest; each skipped
        // word, a passive, a coordinated actor or a reported claim lowers it
        confidence: Math.max(0.3, Math.round((0.85 - 0.05 * m.slack - (several ? 0.05 : 0) - (quoted ? 0.05 : 0)) * 100) / 100),
      });
    };
    for (const s of doc.sentences) {
      const matches = matchPatterns(patterns, tokens, s.firstToken, s.endToken, mentionsAt, tokenOfOffset, transparent);
      if (matches.length === 0) continue;
      const times = timesOf[s.index] ?? [];
      const place = placeIn(s);
      for (const m of matches) {
        const trigger = { start: (tokens[m.first] as Token).start, end: (tokens[m.end - 1] as Token).end };
        const triggerSpan: Span = { start: trigger.start, end: trigger.end, text: text.slice(trigger.start, trigger.end) };
        // a pattern coded "---" (PETRARCH's null code) matches only to keep others from coding its words
        if (m.pattern.code === '---') {
          doc.messages.push({ ruleId: 'events:null-code', reason: `${m.pattern.rule} matched and codes no event`, span: triggerSpan });
          continue;
        }
        // a pattern's word inside an organisation's name is part of the name: "the Cleveland 2016 Host
        // Committee" hosts no one, "the Free Syrian Army" frees no one
        const named = covering[m.first];
        if (named?.rule.startsWith('actors:organization') && tokenOfOffset(named.end) > m.first) {
          doc.messages.push({ ruleId: 'events:in-name', reason: `${m.pattern.rule} matched a word of the name “${named.text}”`, span: triggerSpan });
          continue;
        }
        const modality = rules.modality ? modalityOf(tokens, s, m.first, m.end, m.pattern.code) : ({ kind: 'actual' } as const);
        // a comment on an actor ("Iran is not a good partner," the minister said): the speaker is the
        // source and the actor commented on (the slot, else the clause's subject) the target
        if (m.pattern.by === 'speaker') {
          const said = quoteOf(trigger.start, trigger.end);
          if (!said?.speaker?.actor) {
            doc.messages.push({ ruleId: 'events:no-speaker', reason: `${m.pattern.rule} is a comment and needs a quoted or reported speaker`, span: triggerSpan });
            continue;
          }
          if (modality.kind === 'hypothetical' || modality.kind === 'requested' || modality.kind === 'alleged') {
            doc.messages.push({
              ruleId: `events:${modality.kind}`,
              reason: `${m.pattern.rule} matched but the comment is ${modality.kind} (“${modality.cue.text}”)`,
              span: triggerSpan,
            });
            continue;
          }
          const negation = modality.kind === 'negated' ? modality.cue : negationWithin(tokens, m.first, m.end);
          let code = m.pattern.code;
          let rule = m.pattern.rule;
          if (negation) {
            if (!m.pattern.negated) {
              doc.messages.push({ ruleId: 'events:negated', reason: `${m.pattern.rule} matched but the comment is negated (“${negation.text}”)`, span: triggerSpan });
              continue;
            }
            code = m.pattern.negated;
            rule = `${rule}+negated`;
          }
          // "X must be shut down": a passive names what is to be done to X, not what X is asked to do
          if (!m.target && passiveAfter(tokens, m.end, s.endToken)) {
            doc.messages.push({ ruleId: 'events:no-target', reason: `${m.pattern.rule} matched but a passive follows: the subject is acted on, not addressed`, span: triggerSpan });
            continue;
          }
          const commented = m.target ?? commentedOn(tokens, textOrder, s, m, Math.max(said.start, s.start), tokenOfOffset);
          if (!commented) {
            doc.messages.push({ ruleId: 'events:no-target', reason: `${m.pattern.rule} matched but names no actor it is about`, span: triggerSpan });
            continue;
          }
          const speaker = speakerMention(said.speaker);
          const targets = m.target ? coordinated(commented, s.endToken) : coordinatedBefore(commented, s.firstToken);
          for (const tgt of targets) emit(s, m, speaker, tgt, code, rule, triggerSpan, times, place, said, targets.length > 1);
          continue;
        }
        // an act offered or agreed rather than done, among the conflict roots, is no threat ("offered to send police")
        // (a protest announced is a threat of one: "will boycott the vote" is CAMEO 133)
        const conflict = Number(m.pattern.code.slice(0, 2)) >= 14;
        // (a plan or readiness to use force is a threat: "is prepared to impose martial law" is 1324)
        if (modality.kind === 'intended' && modality.verb && conflict && OFFERING.has(modality.cue.lemma)) {
          doc.messages.push({ ruleId: 'events:intended', reason: `${m.pattern.rule} matched but the act is only intended (“${modality.cue.text} to”)`, span: triggerSpan });
          continue;
        }
        // a refused act of cooperation is a rejection: "refused to send aid to X" (122), "declined to meet X" (125)
        // and talks that "failed to reach agreement" reject the agreement (127)
        // ("lifting the sanctions is out of the question" rules the act out: a refusal too)
        const refused =
          modality.kind === 'actual' && ruledOutAfter(tokens, m.end, s.endToken)
            ? refusalCode(m.pattern.code)
            : modality.kind !== 'negated'
              ? null
              : REFUSING.has(modality.cue.lemma) || declaredRefusal(tokens, s, tokenOfOffset(modality.cue.start))
                ? refusalCode(m.pattern.code)
                : modality.cue.lemma === 'fail' && m.pattern.code.startsWith('057')
                  ? '127'
                  : null;
        if (!refused && (modality.kind === 'negated' || modality.kind === 'hypothetical' || modality.kind === 'requested' || modality.kind === 'alleged')) {
          doc.messages.push({
            ruleId: `events:${modality.kind}`,
            reason: `${m.pattern.rule} matched but the trigger is ${modality.kind} (“${modality.cue.text}”)`,
            span: triggerSpan,
          });
          continue;
        }
        // inside a quotation, an act with no actor as its subject is the speaker's own
        // ("it has been very alarming that Bolivia …," Landau told …): the speaker is the source
        const quoted = quoteOf(trigger.start, trigger.end);
        const possessed = possessorOf(tokens, mentions, s, m, tokenOfOffset, covering);
        const possessor = possessed === 'unknown' ? null : (listBeforePlural(possessed, s) ?? possessed);
        // an act named by a noun belongs to the clause's subject only as the object of a support
        // verb ("Russia launched an invasion of …"); "welcomed the talks", "with cooperation with" do not
        if (!possessor && (tokens[m.first] as Token).pos === 'NOUN' && governedElsewhere(tokens, s, m.first)) {
          doc.messages.push({
            ruleId: 'events:no-source',
            reason: `${m.pattern.rule} matched a noun that no actor performs here (no possessor, no support verb)`,
            span: triggerSpan,
          });
          continue;
        }
        // a request refused ("rejected Ugandan demands to withdraw …") is refused by the refusing verb's subject
        const refuser = refused && modality.kind === 'negated' && modality.request ? tokenOfOffset(modality.cue.start) : -1;
        const subject =
          possessor ??
          subjectOf(tokens, textOrder, s, refuser >= 0 ? { ...m, first: refuser } : m, tokenOfOffset, covering) ??
          // (not a reported clause's own unnamed subject: "CNN reported that the host had provided …")
          (quoted?.speaker?.actor && !reportedSubjectUnnamed(tokens, covering, s.firstToken, m.first) ? speakerMention(quoted.speaker) : null);
        if (!subject) {
          doc.messages.push({ ruleId: 'events:no-source', reason: `${m.pattern.rule} matched but no actor stands as its subject`, span: triggerSpan });
          continue;
        }
        // an unresolved "his"/"her" before the noun is the subject's own only if the subject is a person
        // ("Chile welcomed his criticism of …" names no critic; "Rubio kept up his attacks on …" does)
        if (possessed === 'unknown' && !isPersonMention(subject)) {
          doc.messages.push({ ruleId: 'events:no-source', reason: `${m.pattern.rule} matched a noun whose possessor names no actor`, span: triggerSpan });
          continue;
        }
        const hasSlot = m.pattern.elements.some((e) => e.kind === 'slot');
        const slot = m.target && !(m.target.start === subject.start && m.target.end === subject.end) ? m.target : null;
        if (hasSlot && !slot && !m.joint) continue;
        // a joint act written without a partner ("Chile and Peru signed a trade deal"): the subjects act on each other
        const subjects = coordinatedBefore(subject, s.firstToken);
        // an intention to cooperate agreed by one actor is still its own commitment ("Chile agreed to …"): no partner needed
        // but one actor that 'agrees that' something is so shares an opinion and commits to nothing
        const alone = m.pattern.both && !hasSlot && subjects.length < 2 && m.pattern.code.startsWith('03') && !/\bthat$/i.test(triggerSpan.text);
        // nor one that agrees on something unnamed ("they do agree on something", "never agreed on anything")
        if (alone && /\b(on|upon)$/i.test(triggerSpan.text) && INDEFINITE_OBJECT.test(tokens[m.end]?.norm ?? '')) {
          doc.messages.push({ ruleId: 'events:opinion', reason: `${m.pattern.rule}: one actor agreeing on ${tokens[m.end]?.text} shares an opinion; no event`, span: triggerSpan });
          continue;
        }
        const joint = m.joint || (m.pattern.both && !hasSlot && !alone);
        if (m.joint && subjects.length < 2) continue;
        if (joint && !m.joint && subjects.length < 2) {
          doc.messages.push({ ruleId: 'events:no-partner', reason: `${m.pattern.rule} is a joint act but its subject names one actor`, span: triggerSpan });
          continue;
        }
        // in the passive the slot holds the agent ("by Russia") and the subject is the target
        const sources = m.passive && slot ? coordinated(slot, s.endToken) : subjects;
        // what one actor agreed to names its partner as the first actor after it in the clause
        // ("APEC agreed to set up a research centre in Tokyo", "agreed to US mediation")
        const partner = alone ? firstActorAfter(tokens, mentionsAt, m.end, s.endToken, subject) : null;
        let targets = m.passive || joint ? subjects : slot ? coordinated(slot, s.endToken) : partner ? [partner] : [null];
        let code = m.pattern.code;
        let rule = m.pattern.rule;
        if (alone) rule = `${rule}+alone`;
        // an act noun that a request verb carries is asked for, not done: "demanded a truce with X" (1056)
        const asked = !refused && modality.kind === 'actual' ? requestedBySupport(tokens, s, m.first, code) : null;
        if (asked) {
          code = asked;
          rule = `${rule}+requested`;
        } else if (refused) {
          code = refused;
          rule = `${rule}+refused`;
        } else if (modality.kind === 'intended' && preparesForce(tokens, tokenOfOffset(modality.cue.start), code)) {
          // a force readying itself to attack shows force (150): "the army prepared to resume shelling …",
          // "troops were preparing to storm the town"; a stated readiness ("is prepared to …") stays a threat
          code = '150';
          rule = `${rule}+preparation`;
        } else if (modality.kind === 'intended' && !(modality.cue.lemma === 'decide' && code.startsWith('08'))) {
          // (a decision to yield is the yield, as an authority's decision: "the court decided to allow …", "decided to lift the curfew")
          const c = intentCode(code) ?? (conflict ? threatCode(code) : null);
          if (c) {
            code = c;
            rule = `${rule}+${conflict ? 'threat' : 'intent'}`;
          }
        } else if (modality.kind === 'threatened') {
          code = threatCode(code) ?? (code.startsWith('13') ? code : '130');
          rule = `${rule}+threat`;
        }
        // a threat with no named target is made to whoever must act to avert it: the subject of its
        // "unless" or "if" clause ("threatened to strike unless Israel rescinded …" → Israel)
        if (code.startsWith('13') && targets.length === 1 && targets[0] === null) {
          const averter = conditionSubject(tokens, mentionsAt, m.end, s.endToken);
          if (averter) targets = coordinated(averter, s.endToken);
        }
        const pairs: Array<[Mention, Mention | null, string]> = [];
        for (const src of sources) for (const tgt of targets) if (!tgt || tgt !== src) pairs.push([src, tgt, code]);
        // an intention is its subject's alone: "we will be in contact with X" is not X's intention too
        // (and so is a refusal: "declined to hold talks with X" is not X's refusal)
        if (m.pattern.both && !joint && !alone && !asked && !refused && modality.kind !== 'intended')
          for (const src of sources) for (const tgt of targets) if (tgt && tgt !== src) pairs.push([tgt, src, code]);
        // a paired code (PETRARCH's [032:033]): the target's act back on the source ("visited" → "hosted")
        const paired = m.pattern.pairedCode;
        if (paired && paired !== '---' && !asked) for (const src of sources) for (const tgt of targets) if (tgt && tgt !== src) pairs.push([tgt, src, paired]);
        for (const [src, tgt, pairCode] of pairs) {
          // a protest whose words name no addressee may name it further on in its clause ("blocked
          // streets in defiance of Chinese authorities", "… to show their anger at the United States")
          const addressee = !tgt && pairCode.startsWith('14') ? protestAddressee(tokens, mentionsAt, m.end, s.endToken) : null;
          if (addressee) {
            emit(s, m, src, addressee, pairCode, `${rule}+addressee`, triggerSpan, times, place, quoted, sources.length > 1 || targets.length > 1);
            continue;
          }
          // a protest that names no addressee is addressed to the authorities where it happens
          const implied = tgt ? null : pairCode.startsWith('14') ? impliedAddressee(s, src) : m.pattern.code.startsWith('17') && !hasSlot ? impliedPopulation(s, src) : null;
          emit(s, m, src, tgt ?? implied, pairCode, implied ? `${rule}+implied` : rule, triggerSpan, times, place, quoted, sources.length > 1 || targets.length > 1);
        }
      }
    }
    // a protest coded with an implied addressee is dropped when the sentence codes the same protest by the same source explicitly
    // (and one whose addressee was found later in its clause gives way to a pattern that names it)
    const explicit = new Set(events.filter((e) => !e.rule.endsWith('+implied')).map((e) => `${e.sentence.index}|${e.source.actor}|${e.root}`));
    const written = new Set(
      events.filter((e) => !e.rule.endsWith('+implied') && !e.rule.endsWith('+addressee')).map((e) => `${e.sentence.index}|${e.source.actor}|${e.target?.actor}|${e.code}`),
    );
    // so is one actor's bare "agreed to" when what it agreed to is coded as its intention ("agreed to lift sanctions on X")
    const intents = new Set(events.filter((e) => e.root === '03' && !e.rule.includes('+alone')).map((e) => `${e.sentence.index}|${e.source.actor}`));
    doc.events = mostSpecificEvents(
      events.filter(
        (e) =>
          (!e.rule.endsWith('+implied') || !explicit.has(`${e.sentence.index}|${e.source.actor}|${e.root}`)) &&
          (!e.rule.endsWith('+addressee') || !written.has(`${e.sentence.index}|${e.source.actor}|${e.target?.actor}|${e.code}`)) &&
          (!e.rule.includes('+alone') || !intents.has(`${e.sentence.index}|${e.source.actor}`)),
      ),
      wordsOf,
    );
    return doc;
  };
}

/** The first actor mention after token `from` in its clause (up to a comma, a clause break or 12 tokens), not `not` itself nor a pronoun. */
function firstActorAfter(tokens: readonly Token[], mentionsAt: ReadonlyMap<number, Mention>, from: number, limit: number, not: Mention): Mention | null {
  for (let k = from; k < Math.min(limit, from + 12); k++) {
    const t = tokens[k] as Token;
    if (/^[,;:()“”"—–]$/.test(t.text) || /^(but|while|whereas|although|because|after|before|if|unless)$/.test(t.norm)) return null;
    const x = mentionsAt.get(k);
    if (x && x.actor !== not.actor && t.pos !== 'PRON') return x;
  }
  return null;
}

/** Nouns of dissent that name whom a protest is aimed at: "in defiance of X", "their anger at X". */
const DISSENT = /^(defiance|disapproval|opposition|anger|outrage|discontent|displeasure|dissatisfaction)$/;

/**
 * Whom a protest is aimed at when its own words name no one: the actor right after "against" or a
 * noun of dissent and its preposition ("in defiance of", "disapproval for", "anger at"), past a
 * determiner and adjectives, later in the protest's clause (up to a comma or another break).
 */
function protestAddressee(tokens: readonly Token[], mentionsAt: ReadonlyMap<number, Mention>, from: number, limit: number): Mention | null {
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (/^[,;:()“”"—–]$/.test(t.text)) return null;
    let j = -1;
    if (t.norm === 'against') j = k + 1;
    else if (DISSENT.test(t.norm) && /^(of|for|with|to|at|over|towards?)$/.test(tokens[k + 1]?.norm ?? '')) j = k + 2;
    if (j < 0) continue;
    while (j < limit && j < k + 5 && !mentionsAt.has(j) && /^(DET|ADJ)$/.test((tokens[j] as Token).pos)) j++;
    // against an act done by an actor: "against the alleged rights violations by the Gondor army"
    if (!mentionsAt.has(j)) {
      let n = j;
      while (n < limit && n < j + 6 && !mentionsAt.has(n) && /^(NOUN|ADJ|PROPN)$/.test((tokens[n] as Token).pos)) n++;
      if (n > j && tokens[n]?.norm === 'by') {
        n++;
        while (n < limit && n < j + 10 && !mentionsAt.has(n) && /^(DET|ADJ)$/.test((tokens[n] as Token).pos)) n++;
        j = n;
      }
    }
    const x = mentionsAt.get(j);
    return x && (tokens[j] as Token).pos !== 'PRON' ? x : null;
  }
  return null;
}

/**
 * The subject of the first "unless" or "if" clause after token `from` in its sentence, up to a
 * clause break: the actor mention right after the conjunction, past a determiner and adjectives
 * ("unless the United States withdraws", "if Western governments go ahead"); null when there is none.
 */
function conditionSubject(tokens: readonly Token[], mentionsAt: ReadonlyMap<number, Mention>, from: number, limit: number): Mention | null {
  for (let k = from; k < limit; k++) {
    const t = tokens[k] as Token;
    if (/^[;:()“”"—–]$/.test(t.text)) return null;
    if (t.norm !== 'unless' && t.norm !== 'if') continue;
    let j = k + 1;
    while (j < limit && j < k + 4 && !mentionsAt.has(j) && /^(DET|ADJ)$/.test((tokens[j] as Token).pos)) j++;
    return mentionsAt.get(j) ?? null;
  }
  return null;
}

/** "… is (currently) out of the question" after an act's words, in its clause: the act is ruled out. */
function ruledOutAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit - 3, from + 10); k++) {
    const t = tokens[k] as Token;
    if (/^[,;:]$/.test(t.text)) return false;
    if (t.norm === 'out' && tokens[k + 1]?.norm === 'of' && tokens[k + 2]?.norm === 'the' && tokens[k + 3]?.norm === 'question')
      return /^(be|remain|seem)$/.test(tokens[k - 1]?.lemma ?? '') || tokens[k - 1]?.pos === 'ADV';
  }
  return false;
}

/** Verbs that offer or accept an act rather than announce it: an offered use of force is cooperation, not a threat. */
const OFFERING = new Set(['offer', 'agree', 'pledge', 'promise', 'commit', 'propose', 'consent', 'volunteer']);

/** True when `general` names a wider act than `specific`: a root, or a "not specified" x0 code, of its root ("07", "070" ⊃ "073"). */
function wider(general: string, specific: string): boolean {
  if (general === specific || general.slice(0, 2) !== specific.slice(0, 2)) return false;
  return specific.startsWith(general) || (general.length === 3 && general.endsWith('0') && specific.length >= 3);
}

const contains = (a: Event['trigger'], b: Event['trigger']): boolean => a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

/**
 * Two patterns seeing one act between the same actors in a sentence. A pattern that spans the
 * other's words with more words of its own wins ("lifted sanctions on" 085 over "sanctions on" 163,
 * "ready to cooperate with" 030 over "cooperate with"); otherwise the finer code ("sent aid to" 070
 * and "humanitarian aid" 073 → 073; "filed corruption charges against" 1121 over 112).
 */
function mostSpecificEvents(events: Event[], words: (rule: string) => number): Event[] {
  // compared within a sentence only (all against all made a long article quadratic)
  const bySentence = new Map<number, Event[]>();
  for (const e of events) {
    const l = bySentence.get(e.sentence.index);
    if (l) l.push(e);
    else bySentence.set(e.sentence.index, [e]);
  }
  return events.filter(
    (e) =>
      !(bySentence.get(e.sentence.index) as Event[]).some((o) => {
        if (o === e || o.sentence.index !== e.sentence.index || o.source.actor !== e.source.actor || o.target?.actor !== e.target?.actor) return false;
        if (contains(o.trigger, e.trigger) && words(o.rule) > words(e.rule)) return true;
        if (contains(e.trigger, o.trigger) && words(e.rule) > words(o.rule)) return false;
        return wider(e.code, o.code);
      }),
  );
}

/** Verbs that carry an act named by their object noun: "launched an offensive", "imposed sanctions", "held talks". */
const SUPPORT_VERBS = new Set(
  'launch carry conduct hold impose sign stage mount begin start make give provide offer reach announce order deliver send extend step continue resume intensify approve grant pledge level file lodge express issue take open undertake wage unleash commit perpetrate perform initiate pursue seek propose agree conclude finalize finalise ink strike tighten expand escalate renew declare accept receive request demand disburse lend transfer allocate deploy dispatch claim detonate plant explode fight set fire publish release present direct voice raise bring press institute introduce enforce reimpose reinstate slap unveil'.split(
    ' ',
  ),
);

/**
 * Whether the noun phrase ending at token i is governed by a preposition or by a verb that does not
 * carry it ("welcomed the talks", "with cooperation with") — then no actor of the clause performs it.
 * A noun right after the subject, or the object of a support verb, is performed by the subject.
 */
function governedElsewhere(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  // (a hyphenated modifier is one: "mounted its long-threatened invasion of")
  const modifier = (t: Token, k: number) => /^(DET|ADJ|NUM)$/.test(t.pos) || joinHyphen(tokens, k) || joinHyphen(tokens, k + 1) || joinHyphen(tokens, k - 1);
  while (k >= s.firstToken && modifier(tokens[k] as Token, k)) k--;
  if (k >= s.firstToken && /^(out|up|off)$/.test((tokens[k] as Token).norm)) k--; // "carried out", "stepped up"
  const v = tokens[k];
  if (!v || k < s.firstToken) return false;
  // "went on hunger strike", "is on strike": the preposition belongs to the verb
  if (v.norm === 'on' && /^(go|be|remain|stay)$/.test(tokens[k - 1]?.lemma ?? '')) return false;
  // "committed to any direct assistance to …": the subject commits to the act (an intention or, refused, a rejection)
  if (v.norm === 'to' && /^(commit|committed|pledge|agree|consent)$/.test(tokens[k - 1]?.lemma ?? '')) return false;
  if (v.pos === 'ADP' || v.norm === 'to') return true;
  if (v.pos !== 'VERB') return false;
  // "help" takes a bare infinitive that the tagger may read as a noun: "to help support the rights of …"
  if (v.lemma === 'help' && k === i - 1) return false;
  const stem = v.norm.replace(/(ed|d|s|ing)$/, '');
  return !SUPPORT_VERBS.has(v.lemma) && !SUPPORT_VERBS.has(v.norm) && !SUPPORT_VERBS.has(stem) && !SUPPORT_VERBS.has(`${stem}e`);
}

/** The demand code when the act noun at token i is the object of a request verb ("demanded a truce with"), else null. */
function requestedBySupport(tokens: readonly Token[], s: Sentence, i: number, code: string): string | null {
  if ((tokens[i] as Token).pos !== 'NOUN') return null;
  let k = i - 1;
  while (k >= s.firstToken && /^(DET|ADJ|NUM)$/.test((tokens[k] as Token).pos)) k--;
  const v = tokens[k];
  if (!v || k < s.firstToken || v.pos !== 'VERB' || !REQUESTING.has(v.lemma)) return null;
  return requestCode(code);
}

const MODIFIER = /^(ADJ|ADV|NOUN)$/;

/** The token before a noun trigger's modifiers, where its possessor stands: "Argentina's new military pact with …". */
function possessiveBefore(tokens: readonly Token[], s: Sentence, first: number): number {
  let k = first - 1;
  while (k > s.firstToken && MODIFIER.test((tokens[k] as Token).pos) && !/^[A-Z]/.test((tokens[k] as Token).text)) k--;
  return k;
}

/** For an act named by a noun, its possessor is its actor: "Russia's invasion of Ukraine", "Iran's offer to …". */
function possessorOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  s: Sentence,
  m: PatternMatch,
  tokenOfOffset: (o: number) => number,
  covering: ReadonlyArray<Mention | undefined>,
): Mention | 'unknown' | null {
  // the noun may open the trigger or follow its adjectives ("nuclear pact with", "fresh criticism of")
  let head = m.first;
  while (head < m.end - 1 && (tokens[head] as Token).pos === 'ADJ') head++;
  if ((tokens[head] as Token).pos !== 'NOUN') return null;
  // a demonym before the noun is its actor: "Palestinian riots against …", "the Russian invasion of …"
  const around = covering[m.first];
  if (around?.rule === 'actors:demonym+noun' && around.start < (tokens[m.first] as Token).start && tokenOfOffset(around.start) >= s.firstToken) return around;
  // an actor's head noun before a participle is the participle's actor: "demonstrators protesting election results"
  const next = tokens[m.first + 1];
  if (around && tokenOfOffset(around.end) === m.first + 1 && next?.pos === 'VERB' && /ing$/.test(next.norm) && m.end > m.first + 1 && tokenOfOffset(around.start) >= s.firstToken)
    return around;
  const k = possessiveBefore(tokens, s, m.first);
  // a possessive pronoun stands for its referent: "his criticism of the DNC", "their attacks on …"
  const before = tokens[k] as Token | undefined;
  // (an unresolved "his"/"her" is 'unknown': a person's, so only a person subject may take its place)
  if (before && k >= s.firstToken && POSSESSIVE.test(before.norm))
    return mentions.find((x) => x.start === before.start && x.end === before.end) ?? (/^(his|her)$/.test(before.norm) ? 'unknown' : null);
  if (!/^['’]s?$/.test(before?.text ?? '')) return null;
  const end = (tokens[k - 1] as Token | undefined)?.end;
  return mentions.find((x) => x.end === end && tokenOfOffset(x.start) >= s.firstToken) ?? null;
}

/**
 * The actor a comment is about: the nearest mention before the trigger, inside what the speaker said,
 * that is not the object of a preposition. A possessor stands for its phrase ("Paz's administration
 * … was a good omen" is about Paz's side).
 */
function commentedOn(tokens: readonly Token[], mentions: readonly Mention[], s: Sentence, m: PatternMatch, from: number, tokenOfOffset: (o: number) => number): Mention | null {
  const triggerStart = (tokens[m.first] as Token).start;
  // walk back from the trigger like subjectOf: of the mentions with the greatest start, the earliest listed
  let best: Mention | null = null;
  for (let i = startingBefore(mentions, triggerStart) - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (x.start < from || (best && x.start < best.start)) break;
    if (x.end > triggerStart) continue;
    let b = tokenOfOffset(x.start) - 1;
    while (b >= s.firstToken && /^(DET|ADJ|NUM)$/.test((tokens[b] as Token).pos)) b--;
    if (b >= s.firstToken && (tokens[b] as Token).pos === 'ADP') continue;
    best = x;
  }
  return best;
}

/** "be" (adverbs around) and a past participle right after a trigger: "must be immediately shut down". */
function passiveAfter(tokens: readonly Token[], k: number, limit: number): boolean {
  while (k < limit && (tokens[k] as Token).pos === 'ADV') k++;
  if (k >= limit || (tokens[k] as Token).lemma !== 'be') return false;
  k++;
  while (k < limit && (tokens[k] as Token).pos === 'ADV') k++;
  const t = tokens[k];
  return !!t && t.pos === 'VERB' && /(ed|en|wn|un|ht|lt|pt|ne)$/.test(t.norm) && t.lemma !== t.norm;
}

/** A negation inside a matched trigger ("is not a good partner", "has never been a friend"). */
function negationWithin(tokens: readonly Token[], first: number, end: number): Token | null {
  for (let k = first; k < end; k++) if (/^(not|n't|never|no)$/.test((tokens[k] as Token).norm)) return tokens[k] as Token;
  return null;
}

/** Per text, the nearest plural subject pronoun ("they", "we") at or before each token. */
const pluralPronouns = new WeakMap<readonly Token[], Int32Array>();

/** The nearest mention before the trigger, in the sentence, that can be a subject. */
function subjectOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  s: Sentence,
  m: PatternMatch,
  tokenOfOffset: (o: number) => number,
  covering: ReadonlyArray<Mention | undefined>,
): Mention | null {
  const triggerStart = (tokens[m.first] as Token).start;
  // a plural subject pronoun before the trigger is its subject: nothing before it can be ("…Peru, and
  // they have …"); a singular one usually is the earlier subject again ("the minister said he was …")
  const plural = lastWhere(pluralPronouns, tokens, (t) => t.pos === 'PRON' && /^(they|we)$/.test(t.norm))[m.first - 1] ?? -1;
  const floor = plural >= s.firstToken ? (tokens[plural] as Token).start : s.start;
  // mentions are in text order (start, then longer first): walk back from the trigger; the first
  // valid one has the greatest start, and of those with that start the earliest listed is taken
  let best: Mention | null = null;
  for (let i = startingBefore(mentions, triggerStart) - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (x.start < floor || (best && x.start < best.start)) break;
    if (x.end > triggerStart) continue;
    const first = tokenOfOffset(x.start);
    const last = tokenOfOffset(x.end);
    // object of a preposition ("met with Landau"), or a possessor ("Bolivia's ties")
    let b = first - 1;
    // (a compass word belongs to the place: "in south Ithilen")
    // "thousands of protesters", "up to 1,000 ethnic Turks" are the protesters and the Turks
    // (and a hyphenated modifier: "of the Israeli-occupied West Bank")
    const hyphened = (b: number) => joinHyphen(tokens, b) || joinHyphen(tokens, b + 1) || joinHyphen(tokens, b - 1);
    while (
      b >= s.firstToken &&
      (/^(DET|ADJ|NUM)$/.test((tokens[b] as Token).pos) || COMPASS.test((tokens[b] as Token).norm) || quantityWord(tokens, b, s.firstToken) || hyphened(b))
    )
      b--;
    // "a day after India expelled …": after a subordinator the actor right before the verb is its subject
    const opensClause = SUBORDINATORS.has((tokens[b] as Token | undefined)?.norm ?? '') && tokens.slice(last, m.first).every((t) => /^(ADV|AUX|PART)$/.test(t.pos));
    if (b >= s.firstToken && (tokens[b] as Token).pos === 'ADP' && !opensClause && !ownPlaceAtStart(tokens, s, b) && !membersAtStart(tokens, s, b, covering)) continue;
    if (tokens[last] && /^['’]s$/.test((tokens[last] as Token).text)) continue;
    // the object of the first of two coordinated verbs is not the second's subject: "rebels kidnapped
    // 16 Russian advisers and exploded bombs in Kabul" — the second verb shares the first one's subject
    // (not a relative clause's own verbs, whose subject the mention is: "an official who was briefed … and spoke")
    if (
      b >= s.firstToken &&
      (tokens[b] as Token).pos === 'VERB' &&
      coordinatedVerb(tokens, s, m.first) &&
      !tokens.slice(last, m.first).some((t) => /^(who|which|that)$/.test(t.norm))
    )
      return subjectOf(tokens, mentions, s, { ...m, first: b }, tokenOfOffset, covering);
    best = x;
  }
  if (!best) return null;
  const relative = m.passive ? null : relativeSubject(tokens, covering, s, m.first);
  if (relative !== null) return relative === 'none' ? null : relative;
  const own = clauseSubject(tokens, covering, best, m.first, tokenOfOffset);
  if (own === null && reportedSubjectUnnamed(tokens, covering, tokenOfOffset(best.end), m.first)) return null;
  return own === 'none' ? null : (own ?? best);
}

/** Verbs that report what someone else did: their complement clause has a subject of its own. */
const REPORTING = /^(say|report|tell|claim|write|reveal|add|note|confirm|announce|state|insist|argue|allege|predict|suggest)$/;

/**
 * Whether the trigger (a verb) is in a clause reported by a verb at or after token `floor` that opens with a subject no actor
 * covers: "CNN reported that the host had provided Gingrich with …", "The Washington Times reports
 * Beck will endorse Cruz" — the source is the host and Beck (no actors known), not the reporter.
 */
function reportedSubjectUnnamed(tokens: readonly Token[], covering: ReadonlyArray<Mention | undefined>, floor: number, trigger: number): boolean {
  if ((tokens[trigger] as Token).pos !== 'VERB') return false;
  let k = trigger - 1;
  while (k >= floor && /^(ADV|AUX|PART)$/.test((tokens[k] as Token).pos)) k--;
  if (k < floor || !/^(NOUN|PROPN)$/.test((tokens[k] as Token).pos) || covering[k]) return false;
  while (k >= floor && /^(NOUN|PROPN|ADJ|NUM|DET)$/.test((tokens[k] as Token).pos) && !covering[k]) k--;
  if (k >= floor && (tokens[k] as Token).norm === 'that') k--;
  const verb = tokens[k] as Token | undefined;
  return k >= floor && verb?.pos === 'VERB' && REPORTING.test(verb.lemma);
}

/**
 * The subject of an active verb that opens a relative clause about a thing or a group ("the assault
 * that killed five officers", "the militias, which attacked Chad"): the phrase before the relative
 * pronoun — its actor mention, or 'none' when no actor covers it (an assault kills, not the speaker
 * of the main clause); null when the verb opens no such clause. A "that" right before a verb can
 * only be a relative pronoun. "who" is left to the usual search: its person is often named before
 * a title or a place ("a former state GOP chair who", "Ted Cruz of Texas, who").
 */
function relativeSubject(tokens: readonly Token[], covering: ReadonlyArray<Mention | undefined>, s: Sentence, trigger: number): Mention | 'none' | null {
  let k = trigger - 1;
  while (k > s.firstToken && /^(ADV|AUX|PART)$/.test((tokens[k] as Token).pos)) k--;
  if (k <= s.firstToken || !/^(that|which)$/.test((tokens[k] as Token).norm)) return null;
  let a = k - 1;
  if ((tokens[k] as Token).norm === 'which' && (tokens[a] as Token).text === ',') a--;
  const before = tokens[a] as Token;
  if (a < s.firstToken || !/^(NOUN|PROPN|PRON)$/.test(before.pos)) return null;
  return covering[a] ?? 'none';
}

/** Whether the intention cue at `k` is a side preparing a violent act (roots 18-20) with "prepare" as its verb, not "is prepared to". */
function preparesForce(tokens: readonly Token[], k: number, code: string): boolean {
  const cue = tokens[k];
  if (cue?.lemma !== 'prepare' || !/^(18|19|20)/.test(code)) return false;
  if (cue.norm === 'preparing') return true;
  return cue.norm === 'prepared' && !/^(is|are|was|were|be|been|being|'s|'re|seems|seemed|appeared|appears|look|looked|stand|stood)$/.test(tokens[k - 1]?.norm ?? '');
}

/** Verbs that state a declared position: "said it will not accept …". */
const DECLARING = new Set(['say', 'tell', 'announce', 'declare', 'insist', 'state', 'vow', 'warn']);

/**
 * Whether the negation at `k` is a stated refusal to come: "said it will not accept …", "have said
 * they will not back X", "told … they wouldn't back him" (a future negation that a speech verb just
 * before declares; without one, "would not discuss the investigation" is no refusal of talks).
 */
function declaredRefusal(tokens: readonly Token[], s: Sentence, k: number): boolean {
  if (!/^(not|n't|never)$/.test(tokens[k]?.norm ?? '') || !/^(will|would|wo|'ll|shall)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k - 2; j >= Math.max(s.firstToken, k - 7); j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'PUNCT' || /^(if|unless|whether|who|which)$/.test(t.norm)) return false;
    if (t.pos === 'VERB' && DECLARING.has(t.lemma)) return true;
  }
  return false;
}

/** Whether the verb at `first` is the second of two coordinated predicates: "… and exploded", "… and later shelled". */
function coordinatedVerb(tokens: readonly Token[], s: Sentence, first: number): boolean {
  if ((tokens[first] as Token).pos !== 'VERB') return false;
  let k = first - 1;
  while (k > s.firstToken && (tokens[k] as Token).pos === 'ADV') k--;
  return (tokens[k] as Token | undefined)?.norm === 'and' && k > s.firstToken;
}

/** Words of force that political news also uses for words: "attacked", "an assault on", "pummeled", "the fight against". */
const FIGURATIVE_FORCE = /\b(attack|assault|offensive|onslaught|barrage|broadside|pound|pummel|batter|hammer|blast|bash|savag|fight|fought|battl)/;

/** Places and things that stand for the people they belong to: "a camp for Congolese refugees", "the homes of Kenyan farmers". */
const OWN_PLACE = /^(camp|camps|home|homes|house|houses|office|offices|headquarters|embassy|compound|convoy|convoys|school|schools|village|villages)$/;

/**
 * Whether the preposition at token b ("for", "of") ties an actor to a place noun that opens the
 * sentence ("A temporary camp for Congolese refugees was attacked …"): the actor then stands as the
 * sentence's subject, for the place is theirs.
 */
function ownPlaceAtStart(tokens: readonly Token[], s: Sentence, b: number): boolean {
  const adp = tokens[b] as Token;
  if (adp.norm !== 'for' && adp.norm !== 'of') return false;
  const head = tokens[b - 1];
  if (!head || b - 1 < s.firstToken || !OWN_PLACE.test(head.norm)) return false;
  let k = b - 2;
  while (k >= s.firstToken && /^(DET|ADJ|NUM)$/.test((tokens[k] as Token).pos)) k--;
  return k < s.firstToken;
}

/**
 * Whether the "from" at token b ties an actor to a plural noun of people that opens the sentence
 * ("Doctors from two American aid groups delivered …", "Engineers from the Kenyan army built …"):
 * the people are the actor's, and the actor stands as the sentence's subject.
 */
function membersAtStart(tokens: readonly Token[], s: Sentence, b: number, covering: ReadonlyArray<Mention | undefined>): boolean {
  if ((tokens[b] as Token).norm !== 'from') return false;
  const head = tokens[b - 1];
  if (!head || b - 1 < s.firstToken || covering[b - 1] || !/[a-z]s$/.test(head.norm)) return false;
  // a plural noun (the tagger reads a capitalised one opening the sentence as a name: "Doctors from …")
  if (!(head.pos === 'NOUN' && head.lemma !== head.norm) && !(head.pos === 'PROPN' && b - 1 === s.firstToken)) return false;
  let k = b - 2;
  while (k >= s.firstToken && /^(DET|ADJ|NUM)$/.test((tokens[k] as Token).pos)) k--;
  return k < s.firstToken;
}

/**
 * The subject of a subordinate clause between the actor `m` and the verb at `trigger`: a noun right
 * before the verb (auxiliaries and adverbs between) that no mention covers, in a noun phrase opened
 * by a subordinator. "… after crowds burned down its embassy": 'none' (crowds, not the Arnor of
 * the main clause); "… after Calenardhon crowds burned …": the actor that opens the phrase
 * (Calenardhon); null when the verb has no such subject of its own.
 */
function clauseSubject(
  tokens: readonly Token[],
  covering: ReadonlyArray<Mention | undefined>,
  m: Mention,
  trigger: number,
  tokenOfOffset: (o: number) => number,
): Mention | 'none' | null {
  const coveringAt = (k: number): Mention | undefined => covering[k];
  const floor = tokenOfOffset(m.start);
  let k = trigger - 1;
  while (k >= floor && /^(ADV|AUX|PART)$/.test((tokens[k] as Token).pos)) k--;
  if (k < floor || (tokens[k] as Token).pos !== 'NOUN' || coveringAt(k)) return null;
  // a span of time is no subject: "opened the bridge after four years to allow …"
  if (TIME_UNIT.test((tokens[k] as Token).norm)) return null;
  while (k >= floor && /^(NOUN|PROPN|ADJ|NUM|DET)$/.test((tokens[k] as Token).pos) && !coveringAt(k)) k--;
  // an actor opening the noun phrase: the phrase is that actor's ("Calenardhon crowds")
  const opener = k >= floor ? coveringAt(k) : undefined;
  if (opener) k = tokenOfOffset(opener.start) - 1;
  // only a noun phrase that opens a clause of its own: "after crowds", "when a mob"
  if (k < floor || !SUBORDINATORS.has((tokens[k] as Token).norm)) return null;
  // a definite phrase may name an actor again ("after the Gulf kingdom cut ties"): no opinion
  if (!opener && /^(the|this|that|its|their)$/.test((tokens[k + 1] as Token).norm)) return null;
  return opener ?? 'none';
}

/** Units of time, which head a span ("after four years"), not a clause's subject. */
const TIME_UNIT = /^(minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

const COMPASS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central)$/;

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'once', 'unless']);
