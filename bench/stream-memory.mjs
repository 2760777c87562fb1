#!/usr/bin/env node
// Peak memory of `entente ingest` over a long synthetic stream (default 100,000 articles made
// deterministically from the paragraphs of examples/), into a fresh store. Not part of `npm run bench`
// (it takes minutes): run it as  node bench/stream-memory.mjs [N]  — writes bench/results/stream-<date>.json.
// With --code: the same articles generated straight into the standard input of
// `entente code - --workers 2 > /dev/null` (no file, no store; issue #9's 1,000,000-article run) —
// writes bench/results/stream-code-<date>.json.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleParagraphs } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const codeMode = args.includes('--code');
const n = Number(args.find((a) => !a.startsWith('-')) ?? 100_000);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-stream-'));
const paras = exampleParagraphs(root);
const line = (i) => {
  const text = [0, 1, 2].map((k) => paras[(i * 7 + k * 13) % paras.length]).join('\n\n');
  return `${JSON.stringify({ id: `s${i}`, date: '2025-11-11', text })}\n`;
};
async function writeAll(out) {
  let words = 0;
  for (let i = 0; i < n; i++) {
    const l = line(i);
    if (i < 1000) words += l.split(/\s+/).length;
    if (!out.write(l)) await once(out, 'drain');
  }
  out.end();
  return words / Math.min(n, 1000);
}
const corpus = path.join(tmp, 'stream.jsonl');
let wordsPerArticle = 0;
if (!codeMode) {
  const out = createWriteStream(corpus);
  wordsPerArticle = await writeAll(out);
  await once(out, 'finish');
}
const t0 = Date.now();
const main = path.join(root, 'dist', 'cli', 'main.js');
// GNU time reports the child's peak resident set size
const command = codeMode ? [process.execPath, main, 'code', '-', '--workers', '2'] : [process.execPath, main, 'ingest', corpus, '--db', path.join(tmp, 's.duckdb'), '--quiet'];
const child = spawn('/usr/bin/time', ['-f', '%M', ...command], {
  stdio: [codeMode ? 'pipe' : 'ignore', 'ignore', 'pipe'],
});
if (codeMode) {
  child.stdin.on('error', () => undefined); // the child's failure is reported by its exit status
  wordsPerArticle = await writeAll(child.stdin);
}
let stderr = '';
child.stderr.on('data', (d) => {
  stderr += d;
  if (codeMode) process.stderr.write(d); // its progress line every 10 s
  if (stderr.length > 1e6) stderr = stderr.slice(-1e5);
});
const [code] = await once(child, 'exit');
if (code !== 0) console.error(stderr);
const seconds = (Date.now() - t0) / 1000;
const peakKb = Number(stderr.trim().split('\n').pop());
const result = {
  date: new Date().toISOString().slice(0, 10),
  command: `${codeMode ? 'entente code - --workers 2 > /dev/null' : 'entente ingest FILE --db NEW'}`,
  articles: n,
  words_per_article: Math.round(wordsPerArticle),
  exit: code,
  seconds: +seconds.toFixed(1),
  articles_per_s: +(n / seconds).toFixed(1),
  peak_rss_mb: Math.round(peakKb / 1024),
  machine: `${os.cpus()[0]?.model}, ${os.cpus().length} cores`,
};
console.log(JSON.stringify(result));
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', `stream-${codeMode ? 'code-' : ''}${result.date}.json`), `${JSON.stringify(result, null, 1)}\n`);
rmSync(tmp, { recursive: true, force: true });
