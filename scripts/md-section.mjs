// Shared by scripts/eval.mjs and bench/run.mjs: each owns one generated section of a Markdown
// file, between a begin and an end marker, and rewrites only that section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the text from `begin` to `end` (markers included) in `file` with `section`, which
 * starts with `begin` and ends with `end`; appends it when the markers are missing. Returns
 * false, writing nothing, when the file does not exist.
 */
export function replaceSection(file, begin, end, section) {
  if (!existsSync(file)) return false;
  const md = readFileSync(file, 'utf8');
  const i = md.indexOf(begin);
  const j = md.indexOf(end);
  writeFileSync(file, i >= 0 && j > i ? md.slice(0, i) + section + md.slice(j + end.length) : `${md.trimEnd()}\n\n${section}\n`);
  return true;
}
