/**
 * @module Pass 8: actor mentions, the phrases the event coder takes sources and targets from.
 * People, organisations and resolved pronouns/nominals stand for their actor; a country with a
 * role noun makes country + sector ("Bolivian authorities", "Iran's foreign minister" → IRNGOV;
 * "the government of Bolivia" → BOLGOV); a country alone stands for itself (BOL).
 */
import type { Mention, Token } from '../../core/types.js';
import { type ActorContext, isPossessive, type WorkEntity } from '../context.js';

const isCountryCode = (code: string | null | undefined): code is string => !!code && /^[A-Z]{3}$/.test(code);

export function mentionPass(ctx: ActorContext, indexOf: (we: WorkEntity) => number): Mention[] {
  const { tokens, lexicon } = ctx;
  const mentions: Mention[] = [];
  const used = new Uint8Array(tokens.length);
  const add = (first: number, end: number, actor: string, we: WorkEntity, rule: string): void => {
    const s = ctx.span(first, end);
    mentions.push({ start: s.start, end: s.end, text: s.text, actor, entity: indexOf(we), rule });
    for (let j = first; j < end; j++) used[j] = 1;
  };
  const countryBefore = (we: WorkEntity): WorkEntity | null => {
    let p = we.first - 1;
    if (p >= 0 && isPossessive(tokens[p])) p--;
    const c = p >= 0 ? ctx.at[p] : null;
    return c && (c.entity.type === 'NORP' || c.entity.type === 'GPE') && isCountryCode(c.entity.actor) ? c : null;
  };
  // people, organisations, resolved pronouns and nominals
  for (const we of ctx.work) {
    const e = we.entity;
    if (!e.actor || e.type === 'GPE' || e.type === 'NORP' || e.type === 'LOC' || e.type === 'DATE') continue;
    const c = we.kind === 'nominal' ? countryBefore(we) : null;
    const first = c && e.actor.startsWith(c.entity.actor as string) ? c.first : we.first;
    add(
      first,
      we.end,
      e.actor,
      we,
      we.kind === 'pronoun' ? 'actors:pronoun' : we.kind === 'nominal' ? 'actors:nominal' : e.type === 'PERSON' ? 'actors:person' : 'actors:organization',
    );
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
    let done = false;
    for (let skip = 0; skip <= 2 && j + skip < limit; skip++) {
      const a = lexicon.agents.match(tokens, j + skip, limit);
      if (a && !used[j + skip] && (!ctx.at[j + skip] || ctx.at[j + skip]?.kind === 'nominal')) {
        add(we.first, a.end, e.actor + a.value.sector, we, 'actors:country+agent');
        done = true;
        break;
      }
      const t = tokens[j + skip] as Token;
      if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || (ctx.at[j + skip] && ctx.at[j + skip]?.kind !== 'nominal')) break;
    }
    if (done) continue;
    let b = we.first - 1;
    if (b >= 0 && (tokens[b] as Token).norm === 'the') b--;
    if (b >= 1 && /^(of|in)$/.test((tokens[b] as Token).norm)) {
      for (let w = b - 1; w >= Math.max(0, b - 3) && !done; w--) {
        const a = lexicon.agents.match(tokens, w, b);
        if (a && a.end === b && !used[w] && (!ctx.at[w] || ctx.at[w]?.kind === 'nominal')) {
          add(w, we.end, e.actor + a.value.sector, we, 'actors:agent+of+country');
          done = true;
        }
      }
    }
    if (done) continue;
    if (e.type === 'GPE') {
      add(we.first, we.end, e.actor, we, 'actors:country');
      continue;
    }
    // a demonym before "and"/"," and another demonym with a role noun: "Hungarian and Romanian officials"
    if (/^(and|,)$/.test(tokens[we.end]?.norm ?? '')) {
      const other = ctx.at[we.end + 1];
      if (other && other.first === we.end + 1 && other.entity.type === 'NORP') {
        const a = lexicon.agents.match(tokens, other.end, limit);
        if (a) {
          add(we.first, we.end, e.actor + a.value.sector, we, 'actors:country+agent');
          continue;
        }
      }
    }
    // a demonym before a common noun stands for its country: "Palestinian homes", "Kurdish villages"
    const next = tokens[we.end];
    if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (!ctx.at[we.end] || ctx.at[we.end]?.kind === 'nominal')) {
      let end = we.end + 1;
      while (end < limit && (tokens[end] as Token).pos === 'NOUN' && /^\p{Ll}/u.test((tokens[end] as Token).text)) end++;
      add(we.first, end, e.actor, we, 'actors:demonym+noun');
      continue;
    }
    // a people named by its plural demonym stands for its country: "Palestinians blamed Israel",
    // "killed three ethnic Albanians" (the adjective "Palestinian" alone names no one)
    const last = tokens[we.end - 1] as Token;
    if (we.end - we.first === 1 && /\p{Ll}s$/u.test(last.text) && !(next && /^(NOUN|PROPN)$/.test(next.pos) && /^\p{Lu}/u.test(next.text)))
      add(we.first, we.end, e.actor, we, 'actors:people');
  }
  return mentions.sort((x, y) => x.start - y.start || y.end - x.end);
}
