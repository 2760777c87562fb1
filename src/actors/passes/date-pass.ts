/** @module Pass 7: the language layer's time expressions as DATE entities, named by the day or span they resolve to. */
import type { Token } from '../../core/types.js';
import type { ActorContext } from '../context.js';

export function datePass(ctx: ActorContext): void {
  const { tokens } = ctx;
  let j = 0;
  for (const t of ctx.doc.times) {
    while (j < tokens.length && (tokens[j] as Token).end <= t.start) j++;
    let last = j;
    while (last < tokens.length && (tokens[last] as Token).start < t.end) last++;
    if (last === j || !ctx.free(j, last)) continue;
    const name = t.date ?? (t.range ? `${t.range[0]}..${t.range[1]}` : t.text);
    ctx.add({ first: j, end: last, person: null, kind: 'date', ref: null, entity: { type: 'DATE', name, actor: null, referent: null, rule: 'time:expression' } });
  }
}
