/**
 * @module Pass 1: names the dictionaries know in full — organisations ("Drug Enforcement
 * Administration", "DEA") and people ("Evo Morales") — longest match first, case as written.
 */
import type { Token } from '../../core/types.js';
import { codeOn, roleOn } from '../../dictionaries/compile.js';
import type { NameEntry, PersonEntry } from '../../dictionaries/types.js';
import type { ActorContext } from '../context.js';

export const isPerson = (v: NameEntry | PersonEntry): v is PersonEntry => 'roles' in v;

/** The actor a dictionary person stands for on a day: their role then, else their country's elite (ELI). */
export function personActor(p: PersonEntry, day: string): string {
  return roleOn(p, day)?.code ?? `${p.country}ELI`;
}

/** Words inside a title after an organisation's name: "Secretary General", "Deputy High Commissioner". */
const TITLE_PART =
  /^(General|Deputy|Chief|Executive|High|Special|Under|Assistant|Acting|Secretary|Secretary-General|Commissioner|Director|Director-General|President|Chairman|Chair|Coordinator|Representative|Envoy|Spokesman|Spokeswoman|Spokesperson|-)$/;

/** "former", "ex-": a title held before, whose body the person no longer speaks for. */
export const isFormer = (t: Token | undefined): boolean => !!t && /^(former|ex|ex-)$/i.test(t.text);

export function namedPass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      const m = ctx.free(i, i + 1) ? lexicon.named.match(tokens, i, s.endToken) : null;
      if (!m || !ctx.free(i, m.end)) {
        i++;
        continue;
      }
      const v = m.value;
      // an organisation's name that opens a title is a portfolio: "Serbian Labour Minister …" is
      // no minister of the Labour Party
      const title = isPerson(v) ? null : lexicon.agents.match(tokens, i, s.endToken);
      if (title?.value.title && title.end > m.end) {
        i++;
        continue;
      }
      if (isPerson(v)) {
        const role = roleOn(v, ctx.date);
        // "Arab League Secretary General Chedli Klibi": a title right after an organisation makes
        // the person speak for it, whatever their dictionary roles on the day
        let body: string | null = null;
        let k = i - 1;
        while (k >= Math.max(s.firstToken, i - 5) && !ctx.at[k] && (TITLE_PART.test((tokens[k] as Token).text) || lexicon.agents.match(tokens, k, k + 1)?.value.title)) k--;
        const org = k < i - 1 && k >= s.firstToken ? ctx.at[k] : null;
        // … unless they held it before: "former U.N. Ambassador John Bolton" speaks for no body now
        if (org && org.kind === 'name' && org.entity.type === 'ORG' && org.end === k + 1 && org.entity.actor && !isFormer(tokens[org.first - 1])) body = org.entity.actor;
        ctx.add({
          first: i,
          end: m.end,
          person: v,
          kind: 'name',
          ref: null,
          entity: { type: 'PERSON', name: v.name, actor: body ?? personActor(v, ctx.date), role: role?.role ?? null, referent: null, rule: 'dictionary:person' },
        });
      } else {
        // a generic head word after the name belongs to it: "the Likud party", "MAS government"
        const head = lexicon.orgWords.match(tokens, m.end, s.endToken);
        const end = head && /^\p{Ll}/u.test(tokens[m.end]?.text ?? '') ? head.end : m.end;
        ctx.add({ first: i, end, person: null, kind: 'name', ref: null, entity: { type: 'ORG', name: v.name, actor: codeOn(v, ctx.date) || null, referent: null, rule: v.rule } });
        i = end;
        continue;
      }
      i = m.end;
    }
  }
}
