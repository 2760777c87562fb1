/** @module Hyphens that join words, told from dashes set off by spaces. */
import type { Token } from '../core/types.js';

/** Token i is a hyphen joining the words on both sides ("war-torn", "Israeli-occupied"), not a dash set off by spaces ("Russia - once again - attacked"). */
export function joinHyphen(tokens: readonly Token[], i: number): boolean {
  const h = tokens[i];
  if (h?.text !== '-') return false;
  const a = tokens[i - 1];
  const b = tokens[i + 1];
  return !!a && !!b && a.end === h.start && h.end === b.start;
}
