#!/usr/bin/env node
// A seeded random sample of the events in an `entente code` output, each with its sentence, for judging
// precision by hand on real news (EVALUATION.md says which samples were judged and how):
//   node scripts/sample-events.mjs CODED.jsonl [N=60] [SEED=777]
// The same file, N and seed always give the same sample.
import { readFileSync } from 'node:fs';

const [file, nArg, seedArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/sample-events.mjs CODED.jsonl [N] [SEED]  (CODED.jsonl: `entente code --format jsonl` output)');
  process.exit(2);
}
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      console.error(`${file}:${i + 1}: not JSON (${e.message}); give the JSON Lines output of entente code`);
      return process.exit(1);
    }
  });
const all = articles.flatMap((a) => a.events.map((e) => [a, e]));
// a linear congruential generator: the same seed, the same shuffle, on any machine
let s = Number(seedArg ?? 777);
const rnd = () => {
  s = (s * 1103515245 + 12345) % 2147483648;
  return s / 2147483648;
};
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}
console.log(`${all.length} events in ${articles.length} articles; a sample of ${Math.min(all.length, Number(nArg ?? 60))}`);
for (const [k, [a, e]] of all.slice(0, Number(nArg ?? 60)).entries()) {
  const sentence = a.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ');
  const target = e.target ? `${e.target.text}=${e.target.actor}` : '-';
  console.log(`${k + 1}. [${a.id}] ${e.source.text}=${e.source.actor} -> ${target} ${e.code} “${e.trigger.text}” ${e.rule}\n   ${sentence.slice(0, 500)}`);
}
