/**
 * @module Pass 6c: what an appositive or a copula says a person is — "Christian K. Caruzo is a
 * Venezuelan writer", "Lama Fakih, a Lebanese researcher," — gives a person the text has not
 * otherwise placed a country and sector (VENMED), and the role. Later mentions of the same person
 * follow.
 */
import type { Token } from '../../core/types.js';
import { withSector } from '../../dictionaries/compile.js';
import { ActorContext } from '../context.js';

export function appositivePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (const mention of ctx.work) {
    if (mention.entity.type !== 'PERSON' || (mention.kind !== 'name' && mention.kind !== 'alias')) continue;
    const we = ActorContext.root(mention);
    if (we.entity.actor && /^[A-Z]{3}[A-Z]{3}/.test(we.entity.actor)) continue;
    const end = mention.end;
    let j = end;
    if (tokens[j]?.text === ',') j++;
    else if (/^(is|was|,)$/.test(tokens[j]?.norm ?? '')) j++;
    else continue;
    if (!/^(a|an|the)$/.test(tokens[j]?.norm ?? '')) continue;
    j++;
    const c = ctx.at[j];
    if (!c || c.first !== j || (c.entity.type !== 'NORP' && c.entity.type !== 'GPE') || !/^[A-Z]{3}$/.test(c.entity.actor ?? '')) continue;
    j = c.end;
    for (let skip = 0; skip <= 2; skip++) {
      const a = lexicon.agents.match(tokens, j + skip, tokens.length);
      if (a) {
        const actor = withSector(c.entity.actor as string, a.value);
        const role = ctx.span(j + skip, a.end).text;
        for (const other of ctx.work) if (other === we || ActorContext.root(other) === we) other.entity = { ...other.entity, actor, role: other.entity.role ?? role };
        break;
      }
      if (!/^(ADJ|NOUN)$/.test((tokens[j + skip] as Token | undefined)?.pos ?? '')) break;
    }
  }
}
