/**
 * @module Misspelt country names ("Afganistan", "Ethopia", "Phillippines"): a capitalised word that
 * is no English word and no known name, one edit (a letter added, dropped, changed, or two swapped)
 * from exactly one country's one-word name, with the same first letter. Short names are left alone:
 * the word must have 6 letters or more and the country's name 5 or more, as one edit turns a short
 * name into other names too often ("Iran" → "Iman", "Chad" → "Chao"). Only a country's common
 * English name is matched, not its other names ("Nederland" would take "Neverland"), and never
 * its plural ("Americas").
 */
import type { NameEntry } from '../dictionaries/types.js';
import { isCommonWord } from '../nlp/vocabulary.js';

const MIN_WORD = 6;
const MIN_NAME = 5;

/** At most one edit apart (insertion, deletion, substitution, or transposition of neighbours)? */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const indexes = new WeakMap<readonly NameEntry[], Map<string, NameEntry[]>>();

/** Countries' one-word names by first letter. */
function indexOf(names: readonly NameEntry[]): Map<string, NameEntry[]> {
  let index = indexes.get(names);
  if (index) return index;
  index = new Map();
  const seen = new Set<string>();
  for (const n of names) {
    // the country's common English name only: not its other names, which include native ones ("Nederland")
    if (n.rule !== 'gazetteer:country-name' || n.type !== 'GPE' || n.surface !== n.name || !/^[A-Z][a-z]+$/.test(n.surface) || n.surface.length < MIN_NAME) continue;
    if (seen.has(n.surface)) continue;
    seen.add(n.surface);
    const list = index.get(n.surface[0] as string) ?? [];
    list.push(n);
    index.set(n.surface[0] as string, list);
  }
  indexes.set(names, index);
  return index;
}

/** Whether a word has the shape of a misspelt country name at all (fuzzyCountry is null for any other): a cheap test first. */
export const mayBeMisspeltCountry = (word: string): boolean => word.length >= MIN_WORD && /^[A-Z][a-z]+$/.test(word);

/** The country a misspelt word names, or null. `isName` says whether the word is a known name of anything. */
export function fuzzyCountry(word: string, names: readonly NameEntry[], isName: (w: string) => boolean): NameEntry | null {
  if (!mayBeMisspeltCountry(word)) return null;
  const candidates = (indexOf(names).get(word[0] as string) ?? []).filter((n) => oneEditApart(word, n.surface));
  const codes = new Set(candidates.map((n) => n.code));
  if (codes.size !== 1) return null;
  // a plural is some other word ("Americas", "Jordans")
  if (candidates.some((n) => word === `${n.surface}s`)) return null;
  if (isName(word) || isCommonWord(word)) return null;
  return candidates[0] as NameEntry;
}
