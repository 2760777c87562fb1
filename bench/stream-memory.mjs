#!/usr/bin/env node
// Peak memory of `entente ingest` over a long synthetic stream (default 100,000 articles made
// deterministically from the paragraphs of examples/), into a fresh store. Not part of `npm run bench`
// (it takes minutes): run it as  node bench/stream-memory.mjs [N]  — writes bench/results/stream-<date>.json.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleParagraphs } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2] ?? 100_000);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-stream-'));
const paras = exampleParagraphs(root);
const corpus = path.join(tmp, 'stream.jsonl');
const out = createWriteStream(corpus);
for (let i = 0; i < n; i++) {
  const text = [0, 1, 2].map((k) => paras[(i * 7 + k * 13) % paras.length]).join('\n\n');
  if (!out.write(`${JSON.stringify({ id: `s${i}`, date: '2025-11-11', text })}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
const t0 = Date.now();
// GNU time reports the child's peak resident set size
const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, path.join(root, 'dist', 'cli', 'main.js'), 'ingest', corpus, '--db', path.join(tmp, 's.duckdb'), '--quiet'], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (d) => {
  stderr += d;
});
const [code] = await once(child, 'exit');
const seconds = (Date.now() - t0) / 1000;
const peakKb = Number(stderr.trim().split('\n').pop());
const result = {
  date: new Date().toISOString().slice(0, 10),
  articles: n,
  exit: code,
  seconds: +seconds.toFixed(1),
  articles_per_s: +(n / seconds).toFixed(1),
  peak_rss_mb: Math.round(peakKb / 1024),
  machine: `${os.cpus()[0]?.model}, ${os.cpus().length} cores`,
};
console.log(JSON.stringify(result));
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', `stream-${result.date}.json`), `${JSON.stringify(result, null, 1)}\n`);
rmSync(tmp, { recursive: true, force: true });
