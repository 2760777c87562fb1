/** @module Checking publication dates: YYYY-MM-DD and a real calendar day. */

/** Returns null when `s` is a real calendar day written YYYY-MM-DD, else the reason it is not. */
export function checkIsoDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return `expected a date written YYYY-MM-DD, got ${JSON.stringify(s)}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) {
    return `${s} is not a calendar day`;
  }
  if (y < 1800 || y > 2200) return `${s} is outside the years 1800-2200 that a news article can have`;
  return null;
}
