/**
 * @module Pass 6c: what an appositive or a copula says a person is — "Christian K. Caruzo is a
 * Venezuelan writer", "Lama Fakih, a Lebanese researcher,", "Salim Haddad, Algeria's leading human
 * rights activist," — gives a person the text has not otherwise placed a country and sector
 * (VENMED), and the role. Later mentions of the same person follow. A run of two to four proper
 * nouns no pass has claimed is a person when such an appositive follows it: the appositive's role
 * noun is the evidence a list of given names would otherwise give.
 */
import type { Token } from '../../core/types.js';
import { withSector } from '../../dictionaries/compile.js';
import type { AgentEntry } from '../../dictionaries/types.js';
import { isCommonWord } from '../../nlp/vocabulary.js';
import { ActorContext, isNameWord, isPossessive, NOT_NAMES } from '../context.js';

/**
 * The appositive starting at token `j` (after the comma or copula): "a/an/the" and a country word,
 * or a country and "'s", then up to three modifiers and a role noun: its country + sector and role.
 */
function appositiveAt(ctx: ActorContext, j: number): { actor: string; role: string; agent: AgentEntry } | null {
  const { tokens, lexicon } = ctx;
  const article = /^(a|an|the)$/.test(tokens[j]?.norm ?? '');
  if (article) j++;
  const c = ctx.at[j];
  if (!c || c.first !== j || (c.entity.type !== 'NORP' && c.entity.type !== 'GPE') || !/^[A-Z]{3}$/.test(c.entity.actor ?? '')) return null;
  j = c.end;
  if (!article) {
    // "Algeria's leading …": a country named with "'s"
    if (!isPossessive(tokens[j])) return null;
    j++;
  }
  for (let skip = 0; skip <= 3; skip++) {
    const a = lexicon.agents.match(tokens, j + skip, tokens.length);
    if (a) return { actor: withSector(c.entity.actor as string, a.value), role: ctx.span(j + skip, a.end).text, agent: a.value };
    // modifiers, participles among them ("leading", "jailed")
    const t = tokens[j + skip] as Token | undefined;
    if (!t || !(/^(ADJ|NOUN)$/.test(t.pos) || (t.pos === 'VERB' && /^\p{Ll}.*(ing|ed)$/u.test(t.text)))) break;
  }
  return null;
}

export function appositivePass(ctx: ActorContext): void {
  const { tokens } = ctx;
  for (const mention of ctx.work) {
    if (mention.entity.type !== 'PERSON' || (mention.kind !== 'name' && mention.kind !== 'alias')) continue;
    const we = ActorContext.root(mention);
    if (we.entity.actor && /^[A-Z]{3}[A-Z]{3}/.test(we.entity.actor)) continue;
    const end = mention.end;
    let j = end;
    if (tokens[j]?.text === ',') j++;
    else if (/^(is|was|,)$/.test(tokens[j]?.norm ?? '')) j++;
    else continue;
    const ap = appositiveAt(ctx, j);
    if (!ap) continue;
    for (const other of ctx.work) if (other === we || ActorContext.root(other) === we) other.entity = { ...other.entity, actor: ap.actor, role: other.entity.role ?? ap.role };
  }
  // an unclaimed run of proper nouns before ", <appositive with a person's role>,"
  for (const s of ctx.doc.sentences) {
    for (let k = s.firstToken + 2; k < s.endToken; k++) {
      if ((tokens[k] as Token).text !== ',' || ctx.at[k - 1]) continue;
      let first = k;
      while (
        first > s.firstToken &&
        k - first < 4 &&
        !ctx.at[first - 1] &&
        (tokens[first - 1] as Token).pos === 'PROPN' &&
        isNameWord(tokens[first - 1]) &&
        !NOT_NAMES.has((tokens[first - 1] as Token).norm)
      )
        first--;
      // two to four names, the run whole (no name word before it), the last no common word
      if (k - first < 2 || (first > s.firstToken && isNameWord(tokens[first - 1])) || isCommonWord((tokens[k - 1] as Token).text)) continue;
      const ap = appositiveAt(ctx, k + 1);
      // a person's role, and the appositive closed by a comma or the sentence's end ("…, Algeria's leading activist, staged …")
      if (!ap || ap.agent.group) continue;
      const words = tokens.slice(first, k).map((t) => t.text);
      ctx.add({
        first,
        end: k,
        person: null,
        kind: 'name',
        ref: null,
        entity: { type: 'PERSON', name: words.join(' '), actor: ap.actor, role: ap.role, referent: null, rule: 'actors:proper-name+appositive' },
      });
    }
  }
}
