/**
 * @module Pass 2: organisations named in the text — a run of capitalised words (with "of", "for",
 * "and", "the" inside) that contains an organisation head word ("Syrian Computer Society",
 * "Movement Towards Socialism party", "Iraqi Army"), and acronyms defined after them in brackets
 * ("… party (MAS)") or used again later. The actor code joins a country named in the run (or, for
 * bodies of a state — parties, ministries, armies — the country the sentence or article is about)
 * with the head word's sector.
 */
import type { Token } from '../../core/types.js';
import { type ActorContext, isCapitalised, isNameWord, NOT_NAMES, type WorkEntity } from '../context.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'la', 'al', '&']);
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'PTY']);
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,7}$/;

/** The country the article names most often (by the gazetteer), a fallback for bodies of an unnamed state. */
export function dominantCountry(ctx: ActorContext): string | null {
  if (ctx.dominantCountry !== undefined) return ctx.dominantCountry;
  const { tokens, lexicon } = ctx;
  const counts = new Map<string, number>();
  for (let j = 0; j < tokens.length; ) {
    const m = isCapitalised(tokens[j]) ? lexicon.places.match(tokens, j, tokens.length) : null;
    if (m && /^[A-Z]{3}$/.test(m.value.code) && m.value.type !== 'LOC') {
      counts.set(m.value.code, (counts.get(m.value.code) ?? 0) + 1);
      j = m.end;
    } else j++;
  }
  let best: string | null = null;
  for (const [c, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = c;
  ctx.dominantCountry = best;
  return best;
}

export function organizationPass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  const defined = new Map<string, WorkEntity>(); // acronym → organisation
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (ctx.at[i] || !isCapitalised(tokens[i])) continue;
      // the longest run of name words and connectors, ending on a name word or a head word
      let end = i;
      let lastGood = -1;
      let head: { sector: string; end: number } | null = null;
      while (end < s.endToken && !ctx.at[end]) {
        const t = tokens[end] as Token;
        // a title after the name ends it: "Foreign Office Minister Tobias Ellwood"
        if (head && lexicon.agents.match(tokens, end, s.endToken)?.value.title) break;
        const hw = lexicon.orgWords.match(tokens, end, s.endToken);
        if (hw && (isCapitalised(t) || hw.end === end + 1)) {
          head = { sector: hw.value, end: hw.end };
          end = hw.end;
          lastGood = end;
          if (!isCapitalised(t)) break; // a lower-case head word ("party") ends the name
          continue;
        }
        if (isNameWord(t) || ACRONYM.test(t.text) || /^\d+(st|nd|rd|th)?$/.test(t.text)) {
          end++;
          lastGood = end;
          continue;
        }
        if (CONNECTORS.has(t.norm) && end > i && isCapitalised(tokens[end + 1])) {
          end++;
          continue;
        }
        break;
      }
      if (!head || lastGood <= i) continue;
      end = lastGood;
      let first = i;
      while (first < end && CONNECTORS.has((tokens[first] as Token).norm)) first++;
      // a lower-case head makes a name only after a proper name that is no place:
      // "Trump administration", "Movement Towards Socialism party", not "Bolivian government"
      if (!isCapitalised(tokens[end - 1])) {
        const names = tokens.slice(first, end - 1).filter((t) => isNameWord(t) || ACRONYM.test(t.text));
        if (names.length === 0 || names.every((t) => lexicon.places.match(tokens, t.index, t.index + 1))) continue;
      }
      // a place name that ends in a head word is the place ("West Bank", "Gold Coast")
      const whole = lexicon.places.match(tokens, first, end);
      if (whole && whole.end === end) {
        i = end - 1;
        continue;
      }
      // a lone head word at the start of a sentence is a common noun ("Police said …")
      if (end - first === 1 && (first === s.firstToken || NOT_NAMES.has((tokens[first] as Token).norm))) continue;
      // country named inside the run ("Iraqi Army", "Bank of England")
      let country: string | null = null;
      for (let j = first; j < end && !country; j++) {
        const p = lexicon.places.match(tokens, j, end);
        if (p && /^[A-Z]{3}$/.test(p.value.code) && p.value.type !== 'LOC') country = p.value.code;
      }
      // "Trump administration": the country of a known person named in it
      for (let j = first; j < end && !country; j++) {
        const person = lexicon.peopleByWord.get((tokens[j] as Token).text)?.[0];
        if (person) country = person.country;
      }
      let rule = 'actors:organization-name';
      // a body named as international, European, African … belongs to no one state
      const international = tokens
        .slice(first, end)
        .some((t) => /^(International|Global|World|European|African|Asian|Arab|Islamic|Regional|United|Inter-American|Pan-American|Atlantic|Pacific)$/.test(t.text));
      if (!country && STATE_SECTORS.has(head.sector) && !international) {
        country = dominantCountry(ctx);
        if (country) rule = 'actors:organization-name+article-country';
      }
      const actor = country ? `${country}${head.sector}` : null;
      const we = ctx.add({
        first,
        end,
        person: null,
        kind: 'name',
        ref: null,
        entity: { type: 'ORG', name: ctx.span(first, end).text.replace(/^the\s+/i, ''), actor, referent: null, rule },
      });
      // "(MAS)" right after the name defines its acronym
      if (tokens[end]?.text === '(' && ACRONYM.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ')') {
        const acr = (tokens[end + 1] as Token).text;
        defined.set(acr, we);
        ctx.add({
          first: end + 1,
          end: end + 2,
          person: null,
          kind: 'alias',
          ref: we,
          entity: { type: 'ORG', name: we.entity.name, actor, referent: null, rule: 'actors:acronym' },
        });
      }
      i = end - 1;
    }
  }
  // later uses of a defined acronym
  if (defined.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const we = ctx.at[i] ? null : defined.get((tokens[i] as Token).text);
    if (we && (tokens[i] as Token).start > we.entity.start) {
      ctx.add({
        first: i,
        end: i + 1,
        person: null,
        kind: 'alias',
        ref: we,
        entity: { type: 'ORG', name: we.entity.name, actor: we.entity.actor, referent: null, rule: 'actors:acronym' },
      });
    }
  }
}
