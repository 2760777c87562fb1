/**
 * @module Pass 8: actor mentions, the phrases the event coder takes sources and targets from.
 * People, organisations and resolved pronouns/nominals stand for their actor; a country with a
 * role noun makes country + sector ("Bolivian authorities", "Iran's foreign minister" → IRNGOV;
 * "the government of Bolivia" → BOLGOV); a country alone stands for itself (BOL).
 */
import type { Mention, Token } from '../../core/types.js';
import { withSector } from '../../dictionaries/compile.js';
import type { AgentEntry } from '../../dictionaries/types.js';
import { type ActorContext, isPossessive, type WorkEntity } from '../context.js';
import { clausePlaceCountry, placeCountryAt } from '../residence.js';

const isCountryCode = (code: string | null | undefined): code is string => !!code && /^[A-Z]{3}$/.test(code);

/** Nouns of time that end a phrase ("Syrian officers today ended …"). */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'UIS', 'UNO']);

/**
 * The countries the article names with how often, most named first (ties: the first named first),
 * counting places and demonyms and the country of named organisations and people ("the Nigerian
 * Interior Ministry" names Nigeria); computed once.
 */
export function rankedCountries(ctx: ActorContext): Array<[string, number]> {
  if (ctx.countryRanking) return ctx.countryRanking;
  const counts = new Map<string, number>();
  for (let j = 0; j < ctx.at.length; j++) {
    const we = ctx.at[j];
    if (!we || we.first !== j || we.kind !== 'name' || !we.entity.actor) continue;
    const type = we.entity.type;
    // a news outlet or a company names where it is based, not what the article is about
    const body = (type === 'ORG' && !/(MED|BUS)$/.test(we.entity.actor)) || type === 'PERSON';
    const code = type === 'GPE' || type === 'NORP' ? we.entity.actor : body ? we.entity.actor.slice(0, 3) : '';
    if (isCountryCode(code) && !INTERNATIONAL.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  ctx.countryRanking = [...counts].sort((a, b) => b[1] - a[1]); // stable: ties stay in text order
  return ctx.countryRanking;
}

export function mentionPass(ctx: ActorContext, indexOf: (we: WorkEntity) => number): Mention[] {
  const { tokens, lexicon } = ctx;
  const mentions: Mention[] = [];
  const used = new Uint8Array(tokens.length);
  const add = (first: number, end: number, actor: string, we: WorkEntity, rule: string): void => {
    // a compound actor (PETRARCH's [FRO/BIL/SAM]) is a mention of each, on the same words
    const s = ctx.span(first, end);
    // most actors are one code: no split array for them
    if (!actor.includes('/')) mentions.push({ start: s.start, end: s.end, text: s.text, actor, entity: indexOf(we), rule });
    else for (const code of actor.split('/')) mentions.push({ start: s.start, end: s.end, text: s.text, actor: code, entity: indexOf(we), rule });
    for (let j = first; j < end; j++) used[j] = 1;
  };
  /** More role nouns of the same country after "and": "Danish media and government" (DNKMED, DNKGOV). */
  const rolesAfter = (end: number, country: string, we: WorkEntity): void => {
    for (let k = end; /^(and|,)$/.test(tokens[k]?.norm ?? ''); ) {
      const a = lexicon.agents.match(tokens, k + 1, tokens.length);
      if (!a || used[k + 1] || (ctx.at[k + 1] && ctx.at[k + 1]?.kind !== 'nominal')) return;
      add(k + 1, a.end, withSector(country, a.value), we, 'actors:country+agent');
      k = a.end;
    }
  };
  /** Names folded into a title before them ("Bree Prime Minister Romendacil"): they are no actor of their own. */
  const titled = new Set<WorkEntity>();
  /** A country + title agent, then a name that is no person: the name is the title's holder. */
  const holderAfter = (end: number, agent: { readonly title: boolean }): number => {
    const n = ctx.at[end];
    if (!agent.title || !n || n.first !== end || n.kind !== 'name' || n.entity.type === 'PERSON' || n.entity.type === 'DATE') return end;
    titled.add(n);
    return n.end;
  };
  const countryBefore = (we: WorkEntity): WorkEntity | null => {
    let p = we.first - 1;
    if (p >= 0 && isPossessive(tokens[p])) p--;
    const c = p >= 0 ? ctx.at[p] : null;
    return c && (c.entity.type === 'NORP' || c.entity.type === 'GPE') && isCountryCode(c.entity.actor) ? c : null;
  };
  // an organisation's members named by a role noun right after it are the organisation: "Hamas
  // fighters", "NATO foreign ministers", "Taliban commanders"
  const members = new Map<WorkEntity, WorkEntity>();
  for (const we of ctx.work) {
    if (we.kind !== 'name' || we.entity.type !== 'ORG' || !we.entity.actor) continue;
    let j = we.end;
    while (j < we.end + 2 && tokens[j] && /^(ADJ|NOUN)$/.test((tokens[j] as Token).pos) && /^\p{Ll}/u.test((tokens[j] as Token).text) && !ctx.at[j]) j++;
    const nom = ctx.at[j];
    if (nom && nom.kind === 'nominal' && nom.first === j && nom.entity.type !== 'LOC' && nom.entity.type !== 'FAC' && !nom.ref) members.set(nom, we);
  }
  const absorbedBy = new Map([...members].map(([nom, org]) => [org, nom]));
  /** The country the article names most other than `not`; of several as often, the last named before token `before`. */
  const mostNamed = (before: number, not: string | null): string | null => {
    const ranked = rankedCountries(ctx).filter(([c]) => c !== not);
    const top = ranked[0];
    if (!top || ranked[1]?.[1] !== top[1]) return top?.[0] ?? null;
    const tied = new Set(ranked.filter(([, n]) => n === top[1]).map(([c]) => c));
    for (let j = before - 1; j >= 0; j--) {
      const w = ctx.at[j];
      if (w && w.first === j && w.kind === 'name' && tied.has(w.entity.actor as string)) return w.entity.actor as string;
    }
    return top[0];
  };
  // peoples by residence (CAMEO codes ethnic and religious groups by the country they live in): a
  // country right before the people ("Iraqi Kurds", "Bosnian Serbs", "Turkey's Kurds"), else a place
  // right after the phrase ("ethnic Albanian guerrillas operating in Macedonia", "Moslem forces in
  // east Bosnia", "Druze inhabitants of the Syrian Golan Heights"); for a people marked "ethnic" or a
  // group with no country of its own ("Islamic fundamentalists", "Shona rebels"), else the country the
  // article names most, other than their own. A role noun in the phrase gives the sector.
  for (const we of ctx.work) {
    const e = we.entity;
    if (e.type !== 'NORP' || we.kind !== 'name' || used[we.first] || ctx.absorbed.has(we)) continue;
    const group = e.rule === 'gazetteer:group';
    const own = isCountryCode(e.actor) ? e.actor : null;
    if (!group && !own) continue;
    const s = ctx.doc.sentences[(tokens[we.first] as Token).sentence];
    const from = s ? s.firstToken : 0;
    const limit = s ? s.endToken : tokens.length;
    let p = we.first - 1;
    if (p >= from && isPossessive(tokens[p])) p--;
    const prev = p >= from ? ctx.at[p] : null;
    const resident =
      prev &&
      prev.end === p + 1 &&
      prev.kind === 'name' &&
      (prev.entity.type === 'NORP' || prev.entity.type === 'GPE') &&
      isCountryCode(prev.entity.actor) &&
      prev.entity.actor !== own &&
      !used[prev.first]
        ? prev
        : null;
    const ethnic = we.first > from && (tokens[we.first - 1] as Token).norm === 'ethnic';
    // a people named by its plural and placed by "of" in another country's place lives there: "the
    // Albanians of southern Serbia", "the Kurds of Iraq" (a place, not a people: "Americans of Iraqi descent")
    const livingIn =
      !resident && !ethnic && !group && /\p{Ll}s$/u.test((tokens[we.end - 1] as Token).text) && tokens[we.end]?.norm === 'of'
        ? placeCountryAt(ctx, we.end + 1, limit, own, true)
        : null;
    if (!resident && !ethnic && !group && !livingIn) continue;
    if (group && !resident && lexicon.places.match(tokens, we.first, we.end)?.value.broad) continue;
    // the phrase: the people's word, then up to three lower-case modifiers ending on a role noun or a plural noun
    let end = we.end;
    let agent: AgentEntry | null = null;
    for (let k = we.end; k < limit && k < we.end + 3; k++) {
      const at = ctx.at[k];
      if (at && at.kind !== 'nominal') break;
      const a = lexicon.agents.match(tokens, k, limit);
      if (a && !used[k]) {
        agent = a.value;
        end = a.end;
        // the last of two role nouns is the head: "fundamentalist demonstrators"
        const head = lexicon.agents.match(tokens, a.end, limit);
        if (head && !used[a.end] && (!ctx.at[a.end] || ctx.at[a.end]?.kind === 'nominal')) {
          agent = head.value;
          end = head.end;
        }
        break;
      }
      const t = tokens[k] as Token;
      if (!/^(ADJ|NOUN)$/.test(t.pos) || !/^\p{Ll}/u.test(t.text) || used[k]) break;
      end = k + 1;
    }
    const last = tokens[end - 1] as Token;
    // a people named without a noun is plural ("Kurds", "Albanians"); with one, a role or a plural noun ("fundamentalists")
    if (!agent && !/\p{Ll}s$/u.test(last.text)) continue;
    if (!agent && end > we.end && last.pos !== 'NOUN') continue;
    let country = resident ? (resident.entity.actor as string) : null;
    if (!country) {
      // a place right after the phrase: "in", "of", "from", "throughout", optionally after a participle ("operating in", "based in")
      let k = end;
      if (/ing$|ed$/.test(tokens[k]?.norm ?? '') && tokens[k]?.pos === 'VERB') k++;
      if (k < limit && /^(in|of|from|throughout|across)$/.test((tokens[k] as Token).norm)) country = placeCountryAt(ctx, k + 1, limit, own);
    }
    if (!country && (ethnic || group)) {
      // where its clause places the act ("demonstrated in Serbia"), else the country the article names most
      country = s ? clausePlaceCountry(ctx, s, we.first, own) : null;
      country ??= mostNamed(we.first, own);
    }
    if (!country) continue;
    const first = resident ? resident.first : ethnic ? we.first - 1 : we.first;
    add(first, end, agent ? withSector(country, agent) : country, we, 'actors:people+residence');
  }
  // people, organisations, resolved pronouns and nominals
  for (const we of ctx.work) {
    const e = we.entity;
    if (!e.actor || e.type === 'GPE' || e.type === 'NORP' || e.type === 'LOC' || e.type === 'DATE' || members.has(we) || used[we.first]) continue;
    const c = we.kind === 'nominal' ? countryBefore(we) : null;
    const first = c && e.actor.startsWith(c.entity.actor as string) ? c.first : we.first;
    add(
      first,
      absorbedBy.get(we)?.end ?? we.end,
      e.actor,
      we,
      we.kind === 'pronoun' ? 'actors:pronoun' : we.kind === 'nominal' ? 'actors:nominal' : e.type === 'PERSON' ? 'actors:person' : 'actors:organization',
    );
    if (c && e.actor.startsWith(c.entity.actor as string)) rolesAfter(we.end, c.entity.actor as string, we);
  }
  // pronouns for countries ("they" → Bolivia) keep the country's code
  for (const we of ctx.work) {
    if (we.kind === 'pronoun' && (we.entity.type === 'GPE' || we.entity.type === 'NORP') && isCountryCode(we.entity.actor) && !used[we.first])
      add(we.first, we.end, we.entity.actor, we, 'actors:pronoun');
  }
  // a plural pronoun for two actors is a mention of each, on the same words
  for (const we of ctx.work) {
    for (const other of we.also ?? []) if (other.entity.actor) add(we.first, we.end, other.entity.actor, we, 'actors:pronoun');
  }
  // countries: with a role noun after them or before them, else alone
  for (const we of ctx.work) {
    const e = we.entity;
    if ((e.type !== 'GPE' && e.type !== 'NORP') || we.kind === 'pronoun' || !isCountryCode(e.actor) || ctx.absorbed.has(we) || used[we.first]) continue;
    const s = ctx.doc.sentences[(tokens[we.first] as Token).sentence];
    const limit = s ? s.endToken : tokens.length;
    let j = we.end;
    if (j < limit && isPossessive(tokens[j])) j++;
    // "Vietnamese-led forces", "U.S.-led troops" are that country's (not "-backed": those it supports)
    else if (tokens[j]?.text === '-' && tokens[j + 1]?.norm === 'led' && j + 2 < limit) j += 2;
    let done = false;
    // a role noun right before the country, the longest: "MSF Arnor" (NGOARN), "an MSF Arnor diplomat" (NGOARNGOV)
    let pre: { first: number; agent: AgentEntry } | null = null;
    for (let w = Math.max(0, we.first - 3); w < we.first && !pre; w++) {
      const a = lexicon.agents.match(tokens, w, we.first);
      if (a && a.end === we.first && !used[w] && !ctx.at[w] && w >= (s?.firstToken ?? 0)) pre = { first: w, agent: a.value };
    }
    const withPre = (code: string): string => (pre ? withSector(code, pre.agent) : code);
    for (let skip = 0; skip <= 2 && j + skip < limit; skip++) {
      const a = lexicon.agents.match(tokens, j + skip, limit);
      if (a && !used[j + skip] && (!ctx.at[j + skip] || ctx.at[j + skip]?.kind === 'nominal')) {
        const end = holderAfter(a.end, a.value);
        add(pre?.first ?? we.first, end, withPre(withSector(e.actor, a.value)), we, 'actors:country+agent');
        rolesAfter(end, e.actor, we);
        done = true;
        break;
      }
      const t = tokens[j + skip] as Token;
      if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || (ctx.at[j + skip] && ctx.at[j + skip]?.kind !== 'nominal')) break;
    }
    if (done) continue;
    if (pre) {
      add(pre.first, we.end, withPre(e.actor), we, 'actors:agent+country');
      continue;
    }
    let b = we.first - 1;
    if (b >= 0 && (tokens[b] as Token).norm === 'the') b--;
    // the countries of a list share the role noun before it: "the ambassadors of Arnor, Osgiliath and Gondor"
    const own = b;
    for (;;) {
      let c = b;
      while (c >= 0 && /^(,|and)$/.test((tokens[c] as Token).norm)) c--;
      const prev = c < b && c >= 0 ? ctx.at[c] : null;
      if (!prev || prev.end !== c + 1 || prev.entity.type !== 'GPE' || !isCountryCode(prev.entity.actor)) break;
      b = prev.first - 1;
      if (b >= 0 && (tokens[b] as Token).norm === 'the') b--;
    }
    if (b >= 1 && /^(of|in|from)$/.test((tokens[b] as Token).norm)) {
      // the longest role noun: "human rights activists in Arnor", not "rights activists"
      for (let w = Math.max(0, b - 3); w <= b - 1 && !done; w++) {
        const a = lexicon.agents.match(tokens, w, b);
        if (!a || a.end !== b || (ctx.at[w] && ctx.at[w]?.kind !== 'nominal')) continue;
        // "from" makes a role only for a phrase that is no verb's object: "Soldiers from Gondor have …",
        // not "refused to accept migrants from Belarus" (whose act is aimed at Belarus)
        if ((tokens[b] as Token).norm === 'from' && w > 0 && /^(VERB|AUX|ADP)$/.test((tokens[w - 1] as Token).pos)) continue;
        // …nor for one that already has its owner: "recalled its ambassador from France"
        if ((tokens[b] as Token).norm === 'from' && w > 0 && (/^(its|his|her|their|our|my|your)$/.test((tokens[w - 1] as Token).norm) || isPossessive(tokens[w - 1]))) continue;
        // the role noun is a mention already (a nominal) or belongs to the list's first country: the
        // country's own words carry the sector, so that the list stays coordinated
        if (!used[w] && b === own) add(w, we.end, withSector(e.actor, a.value), we, 'actors:agent+of+country');
        else if (b !== own || ctx.at[w]?.kind === 'nominal') add(we.first, we.end, withSector(e.actor, a.value), we, 'actors:agent+of+country');
        else continue;
        done = true;
      }
    }
    if (done) continue;
    // a country or demonym before "and"/"," and a demonym with a role noun: "Hungarian and Romanian officials", "U.S. and Russian negotiators"
    if (/^(and|,)$/.test(tokens[we.end]?.norm ?? '')) {
      const other = ctx.at[we.end + 1];
      if (other && other.first === we.end + 1 && other.entity.type === 'NORP') {
        const a = lexicon.agents.match(tokens, other.end, limit);
        if (a) {
          add(we.first, we.end, withSector(e.actor, a.value), we, 'actors:country+agent');
          continue;
        }
      }
    }
    if (e.type === 'GPE') {
      add(we.first, we.end, e.actor, we, 'actors:country');
      continue;
    }
    // a demonym before a common noun stands for its country: "Palestinian homes", "Kurdish villages"
    const next = tokens[we.end];
    if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (!ctx.at[we.end] || ctx.at[we.end]?.kind === 'nominal')) {
      let end = we.end + 1;
      while (end < limit && (tokens[end] as Token).pos === 'NOUN' && /^\p{Ll}/u.test((tokens[end] as Token).text) && !TIME_NOUNS.has((tokens[end] as Token).norm)) end++;
      add(we.first, end, e.actor, we, 'actors:demonym+noun');
      continue;
    }
    // a people named by its plural demonym stands for its country: "Palestinians blamed Israel",
    // "killed three ethnic Albanians" (the adjective "Palestinian" alone names no one)
    const last = tokens[we.end - 1] as Token;
    if (we.end - we.first === 1 && /\p{Ll}s$/u.test(last.text) && !(next && /^(NOUN|PROPN)$/.test(next.pos) && /^\p{Lu}/u.test(next.text)))
      add(we.first, we.end, e.actor, we, 'actors:people');
  }
  const folded = new Set([...titled].map(indexOf));
  return mentions.filter((m) => m.entity === null || !folded.has(m.entity)).sort((x, y) => x.start - y.start || y.end - x.end);
}
