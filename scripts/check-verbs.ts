// Codes the example sentence of every verb pattern (or of those in the files named) and reports
// whether its own pattern fired, with which source, target and code. Exit 1 when one did not.
//   npx tsx scripts/check-verbs.ts                    all patterns
//   npx tsx scripts/check-verbs.ts data/verbs/14-17.yaml   one file
import { loadBuiltinDictionaries } from '../src/dictionaries/load.js';
import { makeArticle } from '../src/ingest/article.js';
import { createPreset } from '../src/presets/default-preset.js';

const files = process.argv.slice(2).map((f) => f.replace(/^\.\//, ''));
const dictionaries = loadBuiltinDictionaries();
const pipeline = createPreset('default', { dictionaries, version: 'check' });
let bad = 0;
let n = 0;
for (const v of dictionaries.verbs) {
  if (files.length > 0 && !files.includes(v.file)) continue;
  n++;
  const a = pipeline.code(makeArticle({ date: '2025-11-11', text: v.example }, { file: v.file }, ''));
  const own = a.events.filter((e) => e.rule.replace(/\+implied$/, '') === v.rule);
  const others = a.events.filter((e) => !own.includes(e)).map((e) => `${e.source.actor} ${e.code} ${e.target?.actor ?? '-'} (${e.rule})`);
  if (own.length === 0) {
    bad++;
    const notes = a.messages.map((m) => `${m.ruleId}: ${m.reason}`).join('; ');
    console.log(`FAIL ${v.file}:${v.line} ${v.rule}\n     example: ${v.example}\n     coded instead: ${others.join('; ') || 'nothing'}${notes ? `\n     notes: ${notes}` : ''}`);
  } else {
    console.log(
      `ok   ${v.rule}: ${own.map((e) => `${e.source.actor} ${e.code} ${e.target?.actor ?? '-'} “${e.trigger.text}”`).join('; ')}${others.length ? `   (also: ${others.join('; ')})` : ''}`,
    );
  }
}
console.log(`${n - bad} of ${n} examples coded by their own pattern`);
process.exit(bad > 0 ? 1 : 0);
