/**
 * @module Pass 3: countries, demonyms, cities and regions from the gazetteer. A place name that is
 * part of a longer proper name is not a place: followed by a capitalised word that starts no other
 * entry ("Jordan Peterson", "Victoria Beckham"), or preceded by one ("Lake Victoria").
 */
import type { Token } from '../../core/types.js';
import { codeOn } from '../../dictionaries/compile.js';
import { type ActorContext, isCapitalised, isNameWord, NOT_NAMES } from '../context.js';

export function placePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      const m = ctx.at[i] ? null : lexicon.places.match(tokens, i, s.endToken);
      if (!m || !ctx.free(i, m.end) || !(isCapitalised(tokens[i]) || (tokens[i] as Token).norm === 'the')) {
        i++;
        continue;
      }
      const n = m.value;
      const next = tokens[m.end];
      const prev = tokens[i - 1];
      const joinsNext =
        next &&
        isNameWord(next) &&
        !NOT_NAMES.has(next.norm) &&
        !lexicon.places.match(tokens, m.end, s.endToken) &&
        !lexicon.agents.match(tokens, m.end, s.endToken) &&
        !lexicon.orgWords.match(tokens, m.end, s.endToken);
      const joinsPrev = n.rule === 'gazetteer:city' && i > s.firstToken && prev && isNameWord(prev) && !NOT_NAMES.has(prev.norm) && !ctx.at[i - 1];
      // a country's demonym stays one ("Iraqi Army"); a group word may open a name ("Christian K. Caruzo")
      if ((n.type !== 'NORP' || n.rule === 'gazetteer:group') && (joinsNext || joinsPrev)) {
        i = m.end;
        continue;
      }
      ctx.add({
        first: i,
        end: m.end,
        person: null,
        kind: 'name',
        ref: null,
        entity: { type: n.type, name: n.name, actor: codeOn(n, ctx.date) || null, referent: null, rule: n.rule },
      });
      i = m.end;
    }
  }
}
