#!/usr/bin/env node
// PolNeAR quotation scores per publisher: the reference scorer's matching (../shared/eval/score.mjs,
// scorePolnear: overlap/union of the content spans >= 0.5, greedy in gold order; source right when
// the speaker span overlaps a gold Source span or both are absent; "direct" = gold content holds a
// quotation mark) applied to each publisher's articles on their own. The totals equal the scorer's.
// Reads the gold from ../shared at run time; prints counts only, never gold text.
//   node scripts/polnear-publishers.mjs dev|train PRED.jsonl [--json]
// `npm run eval` calls it for polnear-dev and keeps the result in eval/results/polnear-dev.publishers.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const polnear = path.resolve(root, '..', 'shared', 'data', 'polnear');

/** Brat offsets count code points; JavaScript offsets count UTF-16 units. */
function cpToCu(text) {
  const map = [];
  let cu = 0;
  for (const ch of text) {
    map.push(cu);
    cu += ch.length;
  }
  map.push(cu);
  return (i) => map[Math.min(i, map.length - 1)];
}

function loadGold(split) {
  const base = path.join(polnear, split);
  const publisher = new Map();
  for (const line of readFileSync(path.join(polnear, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c.length > 5) publisher.set(c[1], c[4]);
  }
  const byDoc = new Map();
  for (const a of readdirSync(path.join(base, 'attributions')).sort()) {
    const id = a.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byDoc.has(id)) byDoc.set(id, a);
  }
  const docs = [];
  for (const [id, ann] of byDoc) {
    const tf = path.join(base, 'text', `${id}.txt`);
    if (!existsSync(tf)) continue;
    const text = readFileSync(tf, 'utf8');
    const cu = cpToCu(text);
    const spans = new Map();
    const attributions = [];
    for (const line of readFileSync(path.join(base, 'attributions', ann), 'utf8').split('\n')) {
      if (/^T\d+\t/.test(line)) {
        const [tid, spec] = line.split('\t');
        const parts = spec.slice(spec.indexOf(' ') + 1).split(';');
        spans.set(
          tid,
          parts.map((s) => s.trim().split(/\s+/).map(Number)).map(([a, b]) => [cu(a), cu(b)]),
        );
      } else if (/^E\d+\t/.test(line)) {
        const att = {};
        for (const p of line.split('\t')[1].split(/\s+/)) {
          const [role, tid] = p.split(':');
          const k = role.replace(/\d+$/, '');
          att[k] = (att[k] || []).concat(spans.get(tid) || []);
        }
        if (att.Content) attributions.push({ content: att.Content, source: att.Source || [] });
      }
    }
    docs.push({ id, publisher: publisher.get(id) || id.split('_')[0], text, attributions });
  }
  return docs;
}

const QUOTE = /[“”"]/;
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const jaccard = (a, b) => overlap(a[0], a[1], b[0], b[1]) / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
const hull = (ss) => [Math.min(...ss.map((s) => s[0])), Math.max(...ss.map((s) => s[1]))];

/** Adds one article's counts for gold and predictions to acc[key] and acc[key + 'Spk'] ([tp, fp, fn]). */
function run(gold, pred, acc, key) {
  const used = new Set();
  let tp = 0;
  let ok = 0;
  for (const g of gold) {
    for (let j = 0; j < pred.length; j++) {
      if (used.has(j) || jaccard(g.sp, pred[j].sp) < 0.5) continue;
      used.add(j);
      tp++;
      const p = pred[j];
      if ((g.source.length === 0 && !p.speaker) || (p.speaker && g.source.some((s) => overlap(s[0], s[1], p.speaker.start, p.speaker.end) > 0))) ok++;
      break;
    }
  }
  const add = (k, t) => {
    acc[k] = acc[k] || [0, 0, 0];
    acc[k][0] += t;
    acc[k][1] += pred.length - t;
    acc[k][2] += gold.length - t;
  };
  add(key, tp);
  add(`${key}Spk`, ok);
}

export function scoreByPublisher(split, predFile) {
  const pred = new Map();
  for (const line of readFileSync(predFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    pred.set(String(o.id), o);
  }
  const by = {};
  for (const d of loadGold(split)) {
    by[d.publisher] = by[d.publisher] || { docs: 0 };
    const acc = by[d.publisher];
    acc.docs++;
    const P = (pred.get(d.id)?.quotes || []).map((q) => ({ ...q, sp: [q.start, q.end] }));
    const G = d.attributions.map((a) => ({ ...a, sp: hull(a.content), direct: QUOTE.test(d.text.slice(...hull(a.content))) }));
    run(G, P, acc, 'all');
    const directPred = P.filter(
      (p) => p.kind === 'direct' || p.kind === 'partial' || QUOTE.test(d.text.slice(p.start, p.end)) || QUOTE.test(d.text.slice(Math.max(0, p.start - 1), p.end + 1)),
    );
    run(
      G.filter((g) => g.direct),
      directPred,
      acc,
      'direct',
    );
  }
  const f1 = ([tp, fp, fn]) => {
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3);
  };
  const rows = {};
  const total = { docs: 0 };
  for (const [pub, a] of Object.entries(by).sort()) {
    rows[pub] = { docs: a.docs, direct: f1(a.direct), directSource: f1(a.directSpk), all: f1(a.all), allSource: f1(a.allSpk), directGold: a.direct[0] + a.direct[2] };
    total.docs += a.docs;
    for (const k of ['direct', 'directSpk', 'all', 'allSpk']) total[k] = (total[k] || [0, 0, 0]).map((v, i) => v + a[k][i]);
  }
  rows.all = {
    docs: total.docs,
    direct: f1(total.direct),
    directSource: f1(total.directSpk),
    all: f1(total.all),
    allSource: f1(total.allSpk),
    directGold: total.direct[0] + total.direct[2],
  };
  return rows;
}

export function publisherTable(rows) {
  return [
    '| publisher | articles | direct quotes (gold) | direct F1 | direct + source F1 | all attributions F1 | all + source F1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(rows).map(([pub, r]) => `| ${pub} | ${r.docs} | ${r.directGold} | ${r.direct} | ${r.directSource} | ${r.all} | ${r.allSource} |`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [split, predFile] = process.argv.slice(2);
  if (!split || !predFile) {
    console.error('usage: node scripts/polnear-publishers.mjs dev|train PRED.jsonl [--json]');
    process.exit(2);
  }
  if (!existsSync(polnear)) {
    console.error(`${polnear} not found: the PolNeAR gold lives in ../shared beside the project`);
    process.exit(2);
  }
  const rows = scoreByPublisher(split, predFile);
  console.log(process.argv.includes('--json') ? JSON.stringify(rows, null, 1) : publisherTable(rows));
}
