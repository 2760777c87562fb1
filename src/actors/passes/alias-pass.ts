/**
 * @module Pass 5: short names of people met earlier in the article — the surname ("Landau",
 * "Paz’s") or the full name again — point to the first mention and share its actor; so does a surname
 * first met under a title or an honorific ("Gov. Hassan … Hassan said": not the Indian town).
 */
import type { Token } from '../../core/types.js';
import { isCityOrSubdivision } from '../../dictionaries/compile.js';
import { type ActorContext, isNameWord, type WorkEntity } from '../context.js';

export function aliasPass(ctx: ActorContext): void {
  const { tokens } = ctx;
  if (ctx.peopleByWord.size === 0) return;
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      // a city's name that is the surname of a person named earlier is that person again ("Marco
      // Rubio … Rubio said": not the Venezuelan town); a country's own names and capitals stay places
      const city = ctx.at[i];
      if (city && !(city.kind === 'name' && isCityOrSubdivision(city.entity.rule) && city.end === city.first + 1)) continue;
      if (!isNameWord(tokens[i])) continue;
      const t = tokens[i] as Token;
      let found: WorkEntity | null = null;
      let len = 0;
      // the most recent person introduced before this token whose name (as written or canonical) ends with it, or starts here in full
      for (const p of ctx.peopleByWord.get(t.text) ?? []) {
        if (p.entity.start >= t.start) continue;
        // a town's name met as a surname under a title or an honorific ("Gov. Hassan", "Mr. Hassan")
        // is that person's again (not a given name alone under a title: "Michael")
        const titled = city !== null && p.kind === 'name' && (p.entity.rule === 'actors:title+name' || p.entity.rule === 'actors:honorific+name');
        for (const w of [ctx.span(p.first, p.end).text.split(/\s+/), p.entity.name.split(' ')]) {
          if (
            w.length > 1 &&
            tokens
              .slice(i, i + w.length)
              .map((x) => x.text)
              .join(' ') === w.join(' ')
          ) {
            found = p;
            len = w.length;
          } else if ((w.length > 1 || titled) && w[w.length - 1] === t.text && !isNameWord(tokens[i + 1])) {
            found = p;
            len = 1;
          }
        }
      }
      if (!found || (city && len !== 1)) continue;
      if (city) ctx.remove(city);
      if (!ctx.free(i, i + len)) continue;
      ctx.add({
        first: i,
        end: i + len,
        person: found.person,
        kind: 'alias',
        ref: found,
        entity: { type: 'PERSON', name: found.entity.name, actor: found.entity.actor, role: found.entity.role ?? null, referent: null, rule: 'actors:alias' },
      });
      i += len - 1;
    }
  }
}
