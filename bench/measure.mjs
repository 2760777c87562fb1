#!/usr/bin/env node
// One measurement in its own process (so peak RSS is its own): node bench/measure.mjs MODE CORPUS.jsonl
// MODE: tokenize | wink-pos | language | full | pool | ingest | pool-ingest. Prints {mode, articles, words, seconds, cpu_seconds, rss_mb}.
// pool: full coding in a pool of 2 worker threads (as `entente code --workers 2`), up to 8 articles in
// flight, each written as its JSON line in input order (to a counter, not to a file); pool-ingest: the
// same pool's articles stored in a fresh DuckDB file in batches of 500 (as `entente ingest --workers 2`).
// The corpus is parsed, and models and dictionaries loaded, before the clock starts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [mode, corpus] = process.argv.slice(2);
// BENCH_DIST=folder measures another build (e.g. a copy of dist/ kept to compare against)
const dist = process.env.BENCH_DIST ? pathToFileURL(`${process.env.BENCH_DIST.replace(/\/$/, '')}/`).href : new URL('../dist/', import.meta.url).href;
const load = (p) => import(new URL(p, dist).href);
const docs = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const require = createRequire(import.meta.url);
let items;
let work;
let poolBytes = 0;
if (mode === 'tokenize' || mode === 'wink-pos') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, mode === 'tokenize' ? [] : ['sbd', 'pos']);
  const its = nlp.its;
  items = docs.map((d) => d.text);
  work = (text) => {
    const doc = nlp.readDoc(text);
    if (mode === 'tokenize') return doc.tokens().length();
    const n = doc.tokens().out(its.pos).length;
    doc.sentences().length();
    return n;
  };
} else if (mode === 'language' || mode === 'full' || mode === 'ingest') {
  const { loadBuiltinDictionaries } = await load('dictionaries/load.js');
  const { makeArticle } = await load('ingest/article.js');
  const { createPipeline } = await load('core/pipeline.js');
  const { createPreset } = await load('presets/default-preset.js');
  const { createNlpStage } = await load('nlp/nlp-stage.js');
  const { createActorStage } = await load('actors/actor-stage.js');
  const dictionaries = loadBuiltinDictionaries();
  const pipeline =
    mode === 'full'
      ? createPreset('default', { dictionaries, version: 'bench' })
      : createPipeline('language', 'bench', [
          { name: 'nlp', run: createNlpStage() },
          { name: 'actors', run: createActorStage({ dictionaries }) },
        ]);
  items = docs.map((d) => makeArticle({ id: d.id ?? null, date: d.date, text: d.text }, { file: corpus }, ''));
  work = (article) => pipeline.code(article).sentences.length;
  if (mode === 'ingest') {
    // coding plus storing in a fresh DuckDB file, in batches of 500 as `entente ingest` does
    const store = await batchedStore();
    work = async (article) => store(pipeline.code(article), article === items[items.length - 1]);
  }
} else if (mode === 'pool' || mode === 'pool-ingest') {
  const { makeArticle } = await load('ingest/article.js');
  const { workerPool, jsonOf } = await load('cli/coder.js');
  items = docs.map((d) => makeArticle({ id: d.id ?? null, date: d.date, text: d.text }, { file: corpus }, ''));
  const coder = workerPool(Number(process.env.POOL_N ?? 2), 'bench');
  const inFlight = [];
  let settle = async () => {
    poolBytes += jsonOf(await inFlight.shift()).length + 1; // the JSON line as `entente code` writes it
  };
  if (mode === 'pool-ingest') {
    // the pool's coded articles stored as in `ingest`, as `entente ingest --workers 2` does
    const store = await batchedStore();
    let settled = 0;
    settle = async () => {
      poolBytes = await store(await inFlight.shift(), ++settled === items.length);
    };
  }
  work = async (article) => {
    inFlight.push(coder.code(article));
    while (inFlight.length >= coder.concurrency) await settle();
    if (article === items[items.length - 1]) while (inFlight.length) await settle();
  };
  // warm-up: both workers load the dictionaries and build their pipelines before the clock starts
  await Promise.all(items.slice(0, 40).map((a) => coder.code(a)));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
/**
 * A fresh DuckDB store fed in batches of 500, as `entente ingest` does: `add(coded, last)` stores a
 * batch when it is full or `last` is set, and returns how many articles the store has added so far.
 */
async function batchedStore() {
  const { DuckDbStore } = await load('store/duckdb-store.js');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const store = await DuckDbStore.open(`${mkdtempSync(`${tmpdir()}/entente-bench-`)}/b.duckdb`);
  let batch = [];
  let added = 0;
  return async (coded, last) => {
    batch.push(coded);
    if (batch.length >= 500 || last) {
      added += (await store.ingest(batch)).added;
      batch = [];
    }
    return added;
  };
}

if (mode !== 'ingest' && mode !== 'pool' && mode !== 'pool-ingest') for (const it of items.slice(0, 20)) work(it); // warm-up
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const it of items) await work(it);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6; // this process's CPU time (all its threads) in the timed loop
const words = docs.reduce((s, d) => s + d.text.split(/\s+/).filter(Boolean).length, 0);
console.log(
  JSON.stringify({
    mode,
    articles: docs.length,
    words,
    seconds: +seconds.toFixed(3),
    cpu_seconds: +cpuSeconds.toFixed(3),
    rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
if (mode === 'pool' && poolBytes === 0) throw new Error('the pool wrote no JSON lines');
if (mode === 'pool-ingest' && poolBytes !== items.length) throw new Error(`the pool stored ${poolBytes} of ${items.length} articles`);
if (mode === 'pool' || mode === 'pool-ingest') process.exit(0); // the worker threads would keep the process alive
