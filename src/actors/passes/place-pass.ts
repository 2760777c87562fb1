/**
 * @module Pass 3: countries, demonyms, cities and regions from the gazetteer. A place name that is
 * part of a longer proper name is not a place: followed by a capitalised word that starts no other
 * entry ("Jordan Peterson", "Victoria Beckham"), or preceded by one ("Lake Victoria").
 */
import type { Token } from '../../core/types.js';
import { codeOn, isCityOrSubdivision } from '../../dictionaries/compile.js';
import type { NameEntry } from '../../dictionaries/types.js';
import { type ActorContext, isCapitalised, isNameWord, NOT_NAMES } from '../context.js';
import { fuzzyCountry, mayBeMisspeltCountry } from '../fuzzy-country.js';
import { chooseSharedPlace, sharedPlaceEntries } from '../shared-places.js';
import { opensPortfolioTitle } from './person-pass.js';

export function placePass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; ) {
      const m = ctx.at[i] ? null : (lexicon.places.match(tokens, i, s.endToken) ?? misspelt(ctx, i, s.firstToken, s.endToken));
      if (!m || !ctx.free(i, m.end) || !(isCapitalised(tokens[i]) || (tokens[i] as Token).norm === 'the')) {
        i++;
        continue;
      }
      const shared = m.value.type === 'GPE' ? sharedPlaceEntries(lexicon.dictionaries.names, m.value.surface) : null;
      const sentences = ctx.doc.sentences;
      const n = shared
        ? chooseSharedPlace(
            lexicon.dictionaries.names,
            shared,
            lexicon.places,
            tokens,
            i,
            m.end,
            [s.firstToken, s.endToken],
            [(sentences[0] as typeof s).firstToken, (sentences[sentences.length - 1] as typeof s).endToken],
          )
        : m.value;
      const next = tokens[m.end];
      const prev = tokens[i - 1];
      const joinsNext =
        next &&
        isNameWord(next) &&
        !NOT_NAMES.has(next.norm) &&
        !lexicon.places.match(tokens, m.end, s.endToken) &&
        !lexicon.agents.match(tokens, m.end, s.endToken) &&
        !lexicon.orgWords.match(tokens, m.end, s.endToken) &&
        !opensPortfolioTitle(ctx, m.end, s.endToken);
      const joinsPrev = isCityOrSubdivision(n.rule) && i > s.firstToken && prev && isNameWord(prev) && !NOT_NAMES.has(prev.norm) && !ctx.at[i - 1];
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

/** A misspelt country name standing alone at token i ("Afganistan"), as a one-token match. */
function misspelt(ctx: ActorContext, i: number, first: number, end: number): { end: number; value: NameEntry } | null {
  const { tokens, lexicon } = ctx;
  const t = tokens[i] as Token;
  // most tokens have no country-name shape: no closures, no neighbour look-ups for them
  if (!mayBeMisspeltCountry(t.text)) return null;
  // not inside a longer name ("Ethopia Road", "Mr Kenyatta"): no name word just before or after
  const near = (k: number): boolean => k >= first && k < end && isNameWord(tokens[k]) && !NOT_NAMES.has((tokens[k] as Token).norm);
  if (near(i - 1) || near(i + 1)) return null;
  const isName = (w: string): boolean => lexicon.givenNames.has(w) || lexicon.peopleByWord.has(w) || lexicon.named.match([t], 0, 1) !== null;
  const hit = fuzzyCountry(t.text, lexicon.dictionaries.names, isName);
  return hit ? { end: i + 1, value: hit } : null;
}
