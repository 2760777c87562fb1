/**
 * @module A place name two countries share ("Tripoli" in Libya and in Lebanon, "Hamilton" in Bermuda
 * and in Canada) follows the country the text names: the one of its countries named in the same
 * sentence ("Tripoli … the north Lebanese port"), else in the rest of the text; when the text names
 * none of them, or more than one, the dictionary's first entry stands (the capital, the sovereign state).
 */
import type { Token } from '../core/types.js';
import type { NameEntry } from '../dictionaries/types.js';
import type { PhraseTrie } from './phrase-trie.js';

const indexes = new WeakMap<readonly NameEntry[], Map<string, NameEntry[]>>();

const countryOf = (n: NameEntry): string => n.code.slice(0, 3);

/** Every place entry of a name that more than one country has, one a country, in dictionary order. */
export function sharedPlaceEntries(names: readonly NameEntry[], surface: string): readonly NameEntry[] | null {
  let index = indexes.get(names);
  if (!index) {
    const all = new Map<string, NameEntry[]>();
    for (const n of names) {
      if (n.type !== 'GPE' || !n.code) continue;
      const list = all.get(n.surface) ?? [];
      if (!list.some((x) => countryOf(x) === countryOf(n))) list.push(n);
      all.set(n.surface, list);
    }
    index = new Map([...all].filter(([, l]) => l.length > 1));
    indexes.set(names, index);
  }
  return index.get(surface) ?? null;
}

/** The countries the gazetteer finds in tokens [from, to), leaving out [skipFrom, skipTo). */
function namedCountries(
  names: readonly NameEntry[],
  places: PhraseTrie<NameEntry>,
  tokens: readonly Token[],
  from: number,
  to: number,
  skipFrom: number,
  skipTo: number,
): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; ) {
    if (k >= skipFrom && k < skipTo) {
      k = skipTo;
      continue;
    }
    const m = places.match(tokens, k, to);
    if (m) {
      // a shared name says nothing of which country is meant
      if (m.value.code && !sharedPlaceEntries(names, m.value.surface)) out.add(countryOf(m.value));
      k = m.end;
    } else k++;
  }
  return out;
}

/**
 * Which of a shared name's entries the text means. `sentence` and `text` are token ranges; the name
 * is at [first, end).
 */
export function chooseSharedPlace(
  names: readonly NameEntry[],
  entries: readonly NameEntry[],
  places: PhraseTrie<NameEntry>,
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: readonly [number, number],
  text: readonly [number, number],
): NameEntry {
  for (const [from, to] of [sentence, text]) {
    const named = namedCountries(names, places, tokens, from, to, first, end);
    const hits = entries.filter((e) => named.has(countryOf(e)));
    if (hits.length === 1) return hits[0] as NameEntry;
    if (hits.length > 1) break;
  }
  return entries[0] as NameEntry;
}
