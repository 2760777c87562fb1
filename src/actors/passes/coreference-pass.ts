/**
 * @module Pass 6: coreference. Personal pronouns (he, she, his, her …) point to the most recent
 * person, preferring the subject of a sentence; they/them/their to the most recent group, country
 * or organisation; its (and "it" as the subject of a verb) to the most recent organisation or
 * country; "the country" to the most recent country; "the [Bolivian] president" to the person who
 * holds that title (met earlier in the article, else in the dictionaries on the article date).
 * Every resolved mention becomes an entity pointing to its referent.
 */
import type { Entity, Token } from '../../core/types.js';
import { roleOn } from '../../dictionaries/compile.js';
import type { PersonEntry } from '../../dictionaries/types.js';
import { ActorContext, isPossessive, type WorkEntity } from '../context.js';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const THING_PRONOUNS = new Set(['its', 'it', 'itself']);
const WINDOW = 6; // sentences to look back (quotations of several sentences sit between a name and its pronoun)

export type Want = (we: WorkEntity) => boolean;
const isPerson: Want = (we) => we.entity.type === 'PERSON';
const isGroup: Want = (we) =>
  we.entity.type === 'ORG' || (we.entity.type === 'GPE' && /^[A-Z]{3}$/.test(we.entity.actor ?? '')) || (we.kind === 'nominal' && we.entity.type !== 'PERSON');
const isCountry: Want = (we) => we.entity.type === 'GPE' && /^[A-Z]{3}$/.test(we.entity.actor ?? '') && we.entity.rule === 'gazetteer:country-name';

/** How far back (in tokens) a pronoun looks for its referent. */
const REACH = 500;

/** The referent for a mention at token `i`: subjects first within a sentence, nearest sentence first. */
export function antecedent(ctx: ActorContext, i: number, want: Want): WorkEntity | null {
  const { tokens } = ctx;
  const here = (tokens[i] as Token).sentence;
  const stop = Math.max(0, i - REACH);
  // the candidates of the nearest sentence that has any, scanning back from the mention (bounded,
  // so long texts stay linear; the scan stops at the sentence before that one)
  let found: WorkEntity[] | null = null;
  let s = -1;
  for (let j = i - 1; j >= stop; j--) {
    const sj = (tokens[j] as Token).sentence;
    if (sj < 0) continue; // white space between paragraphs belongs to no sentence
    if (sj < here - WINDOW) break;
    if (found && sj < s) break;
    const we = ctx.at[j];
    if (we && j === we.first && we.entity.type !== 'DATE' && want(ActorContext.root(we))) {
      if (!found) {
        found = [];
        s = sj;
      }
      found.unshift(we);
    }
  }
  if (found) {
    // the subject: the first candidate not governed by a preposition or possessed
    const subject = found.find((we) => {
      const before = tokens[we.first - 1];
      return !(before && before.pos === 'ADP') && !isPossessive(tokens[we.end]);
    });
    // in the pronoun's own sentence the nearest candidate that is not a possessor ("Iran’s influence")
    const nearest = [...found].reverse().find((we) => !isPossessive(tokens[we.end])) ?? (found[found.length - 1] as WorkEntity);
    return ActorContext.root(s === here ? nearest : (subject ?? (found[found.length - 1] as WorkEntity)));
  }
  return null;
}

/** The two distinct countries or bodies named in the pronoun's sentence before it, when there are exactly two and no group noun. */
function pairBefore(ctx: ActorContext, i: number): WorkEntity[] | null {
  const { tokens } = ctx;
  const s = ctx.doc.sentences[(tokens[i] as Token).sentence];
  if (!s) return null;
  const found = new Map<string, WorkEntity>();
  for (let j = s.firstToken; j < i; j++) {
    // a plural role noun or body ("the rebels", "the authorities") is the likelier referent of "they"
    const agent = ctx.at[j] ? null : ctx.lexicon.agents.match(tokens, j, i);
    if (agent && (agent.value.group || /s$/.test((tokens[agent.end - 1] as Token).norm))) return null;
    const we = ctx.at[j];
    if (!we || j !== we.first) continue;
    if (we.kind === 'nominal' && we.entity.type === 'ORG') return null; // "the rebels … they"
    const root = ActorContext.root(we);
    if (isGroup(root) && root.entity.type !== 'NORP' && !isPossessive(tokens[we.end])) found.set(root.entity.name, root);
  }
  return found.size === 2 ? [...found.values()] : null;
}

function link(ctx: ActorContext, first: number, end: number, ref: WorkEntity, kind: 'pronoun' | 'nominal', rule: string): void {
  const e = ref.entity;
  const entity: Omit<Entity, 'start' | 'end' | 'text'> = { type: e.type, name: e.name, actor: e.actor, referent: null, rule };
  if (e.role) entity.role = e.role;
  ctx.add({ first, end, person: ref.person, kind, ref, entity });
}

/** The dictionary people of each country, in dictionary order (indexed once per dictionary). */
const peopleByCountry = new WeakMap<readonly PersonEntry[], Map<string, PersonEntry[]>>();
function peopleOf(people: readonly PersonEntry[], country: string): readonly PersonEntry[] {
  let index = peopleByCountry.get(people);
  if (!index) {
    index = new Map();
    for (const p of people) {
      const list = index.get(p.country) ?? [];
      list.push(p);
      index.set(p.country, list);
    }
    peopleByCountry.set(people, index);
  }
  return index.get(country) ?? [];
}

export function coreferencePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.at[i]) continue;
    const t = tokens[i] as Token;
    if (t.sentence < 0) continue;
    if (PERSON_PRONOUNS.has(t.norm) && t.pos === 'PRON') {
      const ref = antecedent(ctx, i, isPerson);
      if (ref) link(ctx, i, i + 1, ref, 'pronoun', 'coref:pronoun');
      continue;
    }
    if (GROUP_PRONOUNS.has(t.norm)) {
      const ref = antecedent(ctx, i, isGroup);
      if (!ref) continue;
      link(ctx, i, i + 1, ref, 'pronoun', 'coref:pronoun');
      // "Bolivia has moved closer to Iran and that they have cooperated": a subject "they" after a
      // clause naming exactly two countries or bodies, and no group noun, stands for both
      if (t.norm === 'they') {
        const pair = pairBefore(ctx, i);
        const we = ctx.at[i];
        if (pair && we && pair.includes(ref)) we.also = pair.filter((p) => p !== ref);
      }
      continue;
    }
    if (THING_PRONOUNS.has(t.norm)) {
      // "it" only as the subject of a full verb: "it suffered", not "it has been alarming"
      const next = tokens[i + 1];
      if (t.norm === 'it' && !(next && next.pos === 'VERB')) continue;
      const ref = antecedent(ctx, i, isGroup);
      if (ref) link(ctx, i, i + 1, ref, 'pronoun', 'coref:pronoun');
      continue;
    }
    if (t.norm !== 'the') continue;
    // "the country"
    if (tokens[i + 1]?.norm === 'country' && !ctx.at[i + 1]) {
      const ref = antecedent(ctx, i, isCountry);
      if (ref) link(ctx, i, i + 2, ref, 'nominal', 'coref:the-country');
      continue;
    }
    // "the [Bolivian] president": a title noun, with an optional country word before it
    let j = i + 1;
    let country: string | null = null;
    const c = ctx.at[j];
    if (c && c.first === j && (c.entity.type === 'NORP' || c.entity.type === 'GPE') && /^[A-Z]{3}$/.test(c.entity.actor ?? '')) {
      country = c.entity.actor;
      j = c.end;
    }
    const a = lexicon.agents.match(tokens, j, tokens.length);
    if (!a?.value.title || !ctx.free(j, a.end) || /s$/.test((tokens[a.end - 1] as Token).norm)) continue;
    if (ctx.at[a.end] && ctx.at[a.end]?.entity.type === 'PERSON') continue; // "the president Rodrigo Paz": the name is the mention
    // "the president of Armenia": the country may follow the title
    if (!country && /^(of|in)$/.test(tokens[a.end]?.norm ?? '')) {
      const k = tokens[a.end + 1]?.norm === 'the' ? a.end + 2 : a.end + 1;
      const after = ctx.at[k];
      if (after && after.first === k && (after.entity.type === 'NORP' || after.entity.type === 'GPE') && /^[A-Z]{3}$/.test(after.entity.actor ?? '')) country = after.entity.actor;
    }
    const noun = a.value.noun;
    const byRole = (we: WorkEntity) => isPerson(we) && (we.entity.role ?? '').toLowerCase().endsWith(noun) && (!country || (we.entity.actor ?? '').startsWith(country));
    let ref = antecedent(ctx, i, byRole);
    if (!ref && country) {
      // the dictionary person holding that title in that country on the article date
      // (a role held for that country: "the US president" is not an American who presides over the World Bank)
      const holder = peopleOf(lexicon.dictionaries.people, country).find((p) => {
        const r = roleOn(p, ctx.date);
        return !!r && r.role.toLowerCase().endsWith(noun) && r.code.startsWith(country);
      });
      if (holder) {
        const role = roleOn(holder, ctx.date);
        ref = ctx.add({
          first: j,
          end: a.end,
          person: holder,
          kind: 'nominal',
          ref: null,
          entity: { type: 'PERSON', name: holder.name, actor: role?.code ?? null, role: role?.role ?? null, referent: null, rule: 'coref:title-holder' },
        });
        continue;
      }
    }
    if (!ref) continue;
    // the nominal is the title noun; a country word before it stays an entity of its own
    link(ctx, j, a.end, ref, 'nominal', 'coref:title');
  }
}
