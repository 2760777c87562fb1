/**
 * @module Pass 6b: nominal mentions — common-noun phrases that refer to people, groups and places:
 * "a police officer", "one man", "the commander" (PERSON: a singular role or person noun with a
 * determiner), "the army", "snipers", "the people of Darayya" (ORG: groups and plurals), "the
 * town", "a mosque" (LOC/FAC: place nouns with a determiner). A country word right before the noun
 * gives the actor its country and the noun its sector ("the Iraqi commander" → IRQMIL).
 */
import type { Token } from '../../core/types.js';
import { withSector } from '../../dictionaries/compile.js';
import { ActorContext, isPossessive, startsLower, type WorkEntity } from '../context.js';
import { clausePlaceCountry } from '../residence.js';
import { antecedent } from './coreference-pass.js';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'one',
  'another',
  'every',
  'each',
  'some',
  'many',
  'several',
  'other',
  'all',
]);
const MODIFIER_POS = /^(ADJ|NOUN|NUM|PROPN)$/;
/** Words after a group that name the side it takes: "forces loyal to", "militants affiliated with". */
const LINKED = /^(loyal to|affiliated with|affiliated to|allied with|allied to|linked to|belonging to|aligned with)$/;

export function nominalPass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (ctx.at[i]) continue;
      const t = tokens[i] as Token;
      // lower case, or a common noun opening the sentence ("Members of Hamas …")
      if (!startsLower(t) && !(i === s.firstToken && (t.pos === 'NOUN' || t.pos === 'PROPN'))) continue;
      const agent = lexicon.agents.match(tokens, i, s.endToken);
      const place = agent ? null : lexicon.placeNouns.match(tokens, i, s.endToken);
      const hit = agent ?? place;
      if (!hit || !ctx.free(i, hit.end)) continue;
      const end = hit.end;
      const next = tokens[end];
      if (next && startsLower(next) && next.pos === 'NOUN') continue; // a modifier, not the head ("home town", "police station")
      // extend left over modifiers and one determiner
      let first = i;
      let determined = false;
      while (first > s.firstToken) {
        const p = tokens[first - 1] as Token;
        if (ctx.at[first - 1]) break;
        if (DETERMINERS.has(p.norm) || /^\d+$/.test(p.text)) {
          first--;
          determined = true;
          break;
        }
        if (MODIFIER_POS.test(p.pos) && startsLower(p) && i - first < 3) first--;
        else break;
      }
      const plural =
        /(s|men)$/.test((tokens[hit.end - 1] as Token).norm) || // "gunmen", "militiamen" too
        ['people', 'men', 'women', 'children', 'police', 'media', 'military', 'population'].includes((tokens[hit.end - 1] as Token).norm);
      if (!determined && !plural) continue;
      let type: 'PERSON' | 'ORG' | 'LOC' | 'FAC';
      let actor: string | null = null;
      let owned = false; // the actor comes from the phrase after the noun ("members of Hamas")
      if (agent) {
        type = plural || agent.value.group ? 'ORG' : 'PERSON';
        // a country word before the phrase: "the Iraqi commander", "Syria's army"
        let c = first - 1;
        if (c >= s.firstToken && isPossessive(tokens[c])) c--;
        const country = c >= s.firstToken ? ctx.at[c] : null;
        // …or after it: "the government of Bolivia", "the people of Darayya"
        const of = tokens[end]?.norm === 'of' || tokens[end]?.norm === 'in' ? ctx.at[tokens[end + 1]?.norm === 'the' ? end + 2 : end + 1] : null;
        const place = [country, of].find((w) => w && (w.entity.type === 'NORP' || w.entity.type === 'GPE') && /^[A-Z]{3}$/.test(w.entity.actor ?? ''));
        if (place) actor = withSector(place.entity.actor as string, agent.value);
        // …or a named body or person after "of": "members of Hamas" are Hamas, "supporters of
        // Morales" his country's (+ their own sector)
        else if (tokens[end]?.norm === 'of' || tokens[end]?.norm === 'from' || LINKED.test(`${tokens[end]?.norm} ${tokens[end + 1]?.norm}`)) {
          // after "the", up to two lower-case modifiers and a title: "supporters of former President
          // Ben Bella", "members of the banned Movement for …", "activists from the Fatah Party";
          // a side taken ("militants loyal to …", "workers affiliated with …") counts as "of"
          const linked = tokens[end]?.norm !== 'of' && tokens[end]?.norm !== 'from';
          let k = linked ? end + 2 : end + 1;
          if (tokens[k]?.norm === 'the' && !ctx.at[k]) k++;
          for (let m = 0; m < 2 && !ctx.at[k] && /^\p{Ll}/u.test(tokens[k]?.text ?? '') && /^(ADJ|VERB|NOUN)$/.test(tokens[k]?.pos ?? ''); m++) k++;
          const title = ctx.at[k] ? null : lexicon.agents.match(tokens, k, s.endToken);
          if (title?.value.title) k = title.end;
          const owner = ctx.at[k];
          if (owner && owner.kind === 'name' && owner.first === k && owner.entity.actor) {
            owned = true;
            if (owner.entity.type === 'ORG') actor = owner.entity.actor;
            // "from" a person is an origin, not a side
            else if (owner.entity.type === 'PERSON' && tokens[end]?.norm !== 'from' && !/^(IGO|NGO|IMG|MNC|NGM)/.test(owner.entity.actor))
              actor = withSector(owner.entity.actor.slice(0, 3), agent.value);
            // loyal to a country's man or body: "militants loyal to Iraq's al-Qaeda leader", "workers
            // affiliated with the Serbian union"
            else if (linked && (owner.entity.type === 'GPE' || owner.entity.type === 'NORP') && /^[A-Z]{3}$/.test(owner.entity.actor))
              actor = withSector(owner.entity.actor, agent.value);
          }
        }
      } else type = (place as { value: 'LOC' | 'FAC' }).value;
      const text = ctx.span(first, end).text;
      // "the officials", "the group": a definite plural or body with no country of its own refers
      // back to the organisation last named ("The DEA had a presence … Morales banished the officials")
      let ref: ReturnType<typeof antecedent> = null;
      if (agent && !actor && type === 'ORG' && (tokens[first] as Token).norm === 'the' && first === i - 1) {
        // a body names its kind: "the government" is a government's, not the court named before it
        const sector = agent.value.group ? agent.value.sector : null;
        ref = antecedent(ctx, first, (we) => we.entity.type === 'ORG' && !!we.entity.actor && we.kind === 'name' && (!sector || (we.entity.actor as string).includes(sector)));
        if (ref) actor = ref.entity.actor;
      }
      // a non-governmental body of no named country is CAMEO's bare NGO ("a human rights group")
      if (agent && !actor && !ref && agent.value.sector === 'NGO') actor = 'NGO';
      // civilians and police with no country of their own are where their clause places them:
      // "Protesters blocked roads in Caracas", "Police arrested two men in Lima"
      if (agent && !actor && !ref && plural && (agent.value.sector === 'CVL' || agent.value.sector === 'COP')) {
        const country = clausePlaceCountry(ctx, s, i, null);
        if (country) actor = withSector(country, agent.value);
      }
      const added = ctx.add({
        first,
        end,
        person: null,
        kind: 'nominal',
        ref,
        entity: {
          type,
          name: ref ? ref.entity.name : text.replace(/^(the|a|an)\s+/i, ''),
          actor,
          referent: null,
          rule: ref ? 'coref:nominal' : agent ? 'actors:nominal' : 'actors:place-noun',
        },
      });
      // "Militants loyal to Iraq's al-Qaeda leader … said they …": "they" is the group that opens
      // the sentence, not the body named in the phrase that says whose it is
      if (owned && actor && type === 'ORG' && first === s.firstToken) relinkSubjectPronouns(ctx, added, s.endToken);
      i = end - 1;
    }
  }
}

/** Points the sentence's "they"/"them"/"their" that coreference gave to a body inside `group`'s own phrase (up to its verb) at `group`. */
function relinkSubjectPronouns(ctx: ActorContext, group: WorkEntity, limit: number): void {
  const { tokens } = ctx;
  let verb = group.end;
  while (verb < limit && !((tokens[verb] as Token).pos === 'VERB' && !LINKED.test(`${(tokens[verb] as Token).norm} ${tokens[verb + 1]?.norm}`))) verb++;
  for (let k = verb; k < limit; k++) {
    const p = ctx.at[k];
    if (!p || p.first !== k || p.kind !== 'pronoun' || !/^(they|them|their)$/.test((tokens[k] as Token).norm) || !p.ref) continue;
    const root = ActorContext.root(p);
    if (root.first < group.end || root.first >= verb) continue;
    p.ref = group;
    p.entity = { ...p.entity, name: group.entity.name, actor: group.entity.actor };
  }
}
