/**
 * @module Pass 2b: places named with a head word — "Mount Sinjar", "Lake Tharthar" (head first),
 * "Brandbergen Mosque", "Samarra Barrage", "Mosul district" (head last): LOC for areas, FAC for
 * structures. The country is the one a gazetteer name inside gives, if any.
 */
import type { Token } from '../../core/types.js';
import { type ActorContext, isCapitalised, isNameWord, NOT_NAMES } from '../context.js';

export function placeNamePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  const nameRun = (j: number, limit: number, step: 1 | -1): number => {
    let k = j;
    while (k >= 0 && k < limit && !ctx.at[k] && isNameWord(tokens[k]) && !NOT_NAMES.has((tokens[k] as Token).norm) && !lexicon.placeWords.match(tokens, k, k + 1)) k += step;
    return k;
  };
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (ctx.at[i]) continue;
      const head = lexicon.placeWords.match(tokens, i, s.endToken);
      if (!head || !ctx.free(i, head.end)) continue;
      let first = i;
      let end = head.end;
      if (isCapitalised(tokens[i])) {
        // head first: "Mount Sinjar"; else head last: "Brandbergen Mosque"
        const after = nameRun(head.end, s.endToken, 1);
        if (after > head.end) end = after;
        else first = nameRun(i - 1, s.endToken, -1) + 1;
      } else {
        first = nameRun(i - 1, s.endToken, -1) + 1; // "Mosul district"
      }
      if (first === i && end === head.end) continue; // the head word alone is a common noun
      // a name the gazetteer knows whole ("Ivory Coast") is the gazetteer's
      if (lexicon.places.match(tokens, first, end)?.end === end) continue;
      if (first === s.firstToken && end - first === 2 && !isCapitalised(tokens[first + 1])) continue;
      let country: string | null = null;
      for (let j = first; j < end && !country; j++) {
        const p = lexicon.places.match(tokens, j, end);
        if (p && /^[A-Z]{3}$/.test(p.value.code)) country = p.value.code;
      }
      ctx.add({
        first,
        end,
        person: null,
        kind: 'name',
        ref: null,
        entity: { type: head.value, name: ctx.span(first, end).text, actor: country, referent: null, rule: 'actors:place-name' },
      });
      i = end - 1;
    }
  }
}
