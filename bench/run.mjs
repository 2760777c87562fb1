#!/usr/bin/env node
// `npm run bench`: throughput and peak memory of Entente's stages against bare wink-nlp, measured in
// one run on the same articles. Corpora: the PolNeAR articles read from ../shared/data/polnear (skipped
// with a note when absent) and a synthetic corpus made deterministically from examples/.
// Each mode runs in its own process, modes interleaved, ROUNDS times; the best round counts.
// Writes bench/results/<date>.json and the table in BENCHMARKS.md between its generated markers.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection } from '../scripts/md-section.mjs';
import { exampleParagraphs } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MODES = ['tokenize', 'wink-pos', 'language', 'full', 'pool', 'ingest', 'pool-ingest'];
const LABEL = {
  tokenize: '(a) wink tokenize',
  'wink-pos': '(b) wink sentences+POS',
  language: '(c) language layer',
  full: '(d) full coding, 1 thread',
  pool: '(e) full coding, pool of 2 workers',
  ingest: '(f1) coding + DuckDB ingest, 1 thread',
  'pool-ingest': '(f) pool of 2 workers + DuckDB ingest',
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-'));

function synthetic(n) {
  // sentences of the examples recombined in a fixed order into ~900-word articles
  const paras = exampleParagraphs(root);
  const out = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const ps = [];
    let words = 0;
    while (words < 900) {
      const p = paras[(k * 7 + i) % paras.length];
      k++;
      ps.push(p);
      words += p.split(/\s+/).length;
    }
    out.push(JSON.stringify({ id: `syn-${i}`, date: '2025-11-11', text: ps.join('\n\n') }));
  }
  return out.join('\n');
}

function polnear() {
  const base = path.resolve(root, '..', 'shared', 'data', 'polnear');
  if (!existsSync(base)) return null;
  const lines = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(base, split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) lines.push(JSON.stringify({ id: f, date: '2016-10-01', text: readFileSync(path.join(dir, f), 'utf8') }));
  }
  return lines.join('\n');
}

const corpora = [];
const syn = path.join(tmp, 'synthetic.jsonl');
writeFileSync(syn, synthetic(Number(process.env.BENCH_SYNTHETIC ?? 1000)));
corpora.push(['synthetic', syn]);
const pn = polnear();
if (pn) {
  const f = path.join(tmp, 'polnear.jsonl');
  writeFileSync(f, pn);
  corpora.push(['polnear', f]);
} else console.log('polnear: ../shared/data/polnear not found, skipped');

const results = {};
try {
  for (const [name, file] of corpora) {
    const best = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const mode of MODES) {
        const m = JSON.parse(execFileSync(process.execPath, [path.join(root, 'bench', 'measure.mjs'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 26 }));
        if (!best[mode] || m.seconds < best[mode].seconds) best[mode] = m;
      }
    }
    const base = best['wink-pos'];
    results[name] = Object.fromEntries(
      MODES.map((mode) => {
        const m = best[mode];
        const aps = m.articles / m.seconds;
        return [
          mode,
          {
            ...m,
            articles_per_s: +aps.toFixed(1),
            words_per_s: Math.round(m.words / m.seconds),
            ratio_to_b: +(base.seconds / m.seconds).toFixed(3),
            ratio_to_d: +(best.full.seconds / m.seconds).toFixed(3),
          },
        ];
      }),
    );
    for (const mode of MODES) {
      const m = results[name][mode];
      console.log(
        `${name.padEnd(10)} ${LABEL[mode].padEnd(38)} ${String(m.articles_per_s).padStart(9)} art/s ${String(m.words_per_s).padStart(9)} words/s  ${m.ratio_to_b.toFixed(2)}× (b)  ${m.ratio_to_d.toFixed(2)}× (d)  ${m.rss_mb} MB`,
      );
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const day = new Date().toISOString().slice(0, 10);
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', `${day}.json`), `${JSON.stringify({ date: day, machine, rounds: ROUNDS, results }, null, 1)}\n`);

const file = path.join(root, 'BENCHMARKS.md');
const begin = '<!-- bench:begin (written by `npm run bench`) -->';
const end = '<!-- bench:end -->';
const table = [
  begin,
  '',
  `Last run: ${day}, \`npm run bench\` (best of ${ROUNDS} rounds per mode), on ${machine}.`,
  '',
  '| corpus | mode | articles/s | words/s | × (b) | × (d) | peak RSS MB |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...Object.entries(results).flatMap(([name, r]) =>
    MODES.map(
      (mode) =>
        `| ${name} (${r[mode].articles}) | ${LABEL[mode]} | ${r[mode].articles_per_s} | ${r[mode].words_per_s} | ${r[mode].ratio_to_b} | ${r[mode].ratio_to_d} | ${r[mode].rss_mb} |`,
    ),
  ),
  '',
  end,
].join('\n');
replaceSection(file, begin, end, table);
console.log(`wrote bench/results/${day}.json`);
