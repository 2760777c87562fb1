/**
 * @module Pass 5b: the bare surname of a known office-holder ("Putin said …", "talks with Erdogan")
 * names them when no one of that name was introduced in the article: exactly one dictionary person
 * with that surname must hold an office on the article date, and the surname must not be a common
 * English word ("Rice", "Brown") nor part of a longer name, and the article must name their country
 * or body (surnameFits: "Christie" alone is no Bahamian prime minister in a New Jersey story).
 */
import type { Token } from '../../core/types.js';
import { roleOn } from '../../dictionaries/compile.js';
import { isCommonWord } from '../../nlp/vocabulary.js';
import { type ActorContext, isNameWord, NOT_NAMES } from '../context.js';
import { namedContext, surnameFits } from './person-pass.js';

export function surnamePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  const context = namedContext(ctx);
  // the full names the article writes ("Ted Cruz", "Chris Christie"): a bare surname there is that
  // person's, not an office-holder's of the same surname elsewhere (a title is no first name)
  const firstNames = new Map<string, string[]>();
  for (let k = 1; k < tokens.length; k++) {
    const f = tokens[k - 1] as Token;
    const t = tokens[k] as Token;
    if (f.sentence !== t.sentence || !isNameWord(f) || !isNameWord(t) || /\.$/.test(f.text) || NOT_NAMES.has(f.norm) || lexicon.agents.match(tokens, k - 1, k)) continue;
    firstNames.set(t.text, [...(firstNames.get(t.text) ?? []), f.text]);
  }
  const namedOther = (p: { name: string; aliases: readonly string[] }, surname: string): boolean =>
    (firstNames.get(surname) ?? []).some((f) => ![p.name, ...p.aliases].some((n) => n.endsWith(`${f} ${surname}`)));
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i] as Token;
      if (ctx.at[i] || t.pos !== 'PROPN' || !isNameWord(t) || /\.$/.test(t.text) || NOT_NAMES.has(t.norm) || isCommonWord(t.text)) continue;
      if (isNameWord(tokens[i + 1]) || (i > s.firstToken && isNameWord(tokens[i - 1]))) continue;
      const holders = (lexicon.peopleByWord.get(t.text) ?? []).filter((p) => p.name.split(/\s+/).pop() === t.text && roleOn(p, ctx.date));
      if (holders.length !== 1) continue;
      const p = holders[0] as (typeof holders)[number];
      if (namedOther(p, t.text) || !surnameFits(ctx, p, t.text, context)) continue;
      const role = roleOn(p, ctx.date);
      ctx.add({
        first: i,
        end: i + 1,
        person: p,
        kind: 'name',
        ref: null,
        entity: { type: 'PERSON', name: p.name, actor: role?.code ?? null, role: role?.role ?? null, referent: null, rule: 'actors:known-surname' },
      });
    }
  }
}
