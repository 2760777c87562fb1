/**
 * @module Where a group of people is: the country of a place named right after a preposition, or of
 * the place its clause names after a locative preposition ("… demonstrated in Serbia"). Used by
 * the mention pass (peoples by residence) and the nominal pass (protesters, police with no country).
 */
import type { Sentence, Token } from '../core/types.js';
import type { ActorContext } from './context.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'throughout']);
const isCountryCode = (code: string | null | undefined): code is string => !!code && /^[A-Z]{3}$/.test(code);

/**
 * The country of a place starting at token `k` after "the" and up to two lower-case modifiers ("the
 * Syrian Golan Heights", "southeastern Serbia", "the capital city of Algiers"); `placesOnly`: a state's
 * place, not a people's word ("of Iraqi descent") nor a territory.
 */
export function placeCountryAt(ctx: ActorContext, k: number, limit: number, not: string | null, placesOnly = false): string | null {
  const { tokens } = ctx;
  // a noun of place and "of" before the name: "the city of Caracas", "the capital city of Algiers"
  const noun = ctx.at[k];
  if (noun && noun.first === k && noun.kind === 'nominal' && noun.entity.type === 'LOC' && tokens[noun.end]?.norm === 'of' && noun.end + 1 < limit) k = noun.end + 1;
  if ((tokens[k]?.norm ?? '') === 'the' && !ctx.at[k]) k++;
  const start = k;
  for (let m = 0; m < 2 && k < limit && !ctx.at[k] && /^\p{Ll}/u.test((tokens[k] as Token).text) && /^(ADJ|NOUN|PROPN)$/.test((tokens[k] as Token).pos); m++) k++;
  // (…when the pass that names places has not seen it yet)
  if (k > start && (tokens[k - 1] as Token).pos === 'NOUN' && tokens[k]?.norm === 'of' && !ctx.at[k]) k++;
  const place = k < limit ? ctx.at[k] : null;
  if (!place || place.first !== k || place.kind !== 'name' || !(place.entity.type === 'GPE' || (place.entity.type === 'NORP' && !placesOnly) || place.entity.type === 'LOC'))
    return null;
  // (nor a territory with a code of its own: "the Palestinians of the West Bank" stay Palestinians)
  if (placesOnly && place.entity.rule === 'gazetteer:territory') return null;
  return isCountryCode(place.entity.actor) && place.entity.actor !== not ? place.entity.actor : null;
}

const BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);

/**
 * The country of the first place named after a locative preposition ("in", "at", "near",
 * "throughout") in the clause of token `at` (between punctuation breaks of its sentence): "killing
 * 20 people, officials in Nairobi said" does not place the people in Nairobi.
 */
export function clausePlaceCountry(ctx: ActorContext, s: Sentence, at: number, not: string | null): string | null {
  const { tokens } = ctx;
  let from = at;
  while (from > s.firstToken && !BREAK.has((tokens[from - 1] as Token).text)) from--;
  let end = at;
  while (end < s.endToken && !BREAK.has((tokens[end] as Token).text)) end++;
  for (let k = from; k < end; k++) {
    if (!LOCATIVE.has((tokens[k] as Token).norm)) continue;
    const c = placeCountryAt(ctx, k + 1, end, not);
    if (c) return c;
  }
  return null;
}
