// End-to-end: the store commands as processes, and an ingest killed mid-run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recombinedCorpus } from './support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');
const run = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('store commands (process)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-store-'));
  const db = path.join(dir, 'e.duckdb');

  it('ingests the examples once, however often it runs, and answers queries', () => {
    const first = run(['ingest', 'examples', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/stored 11 new and 0 changed article\(s\), 0 unchanged/);
    expect(run(['ingest', 'examples', '--db', db]).stderr).toMatch(/stored 0 new and 0 changed article\(s\), 11 unchanged, 0 event mention/);
    const stats = JSON.parse(run(['stats', '--db', db, '--format', 'jsonl']).stdout);
    expect(stats.articles).toBe(11);
    const events = run(['events', '--db', db, '--actor', 'BOL', '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e: { source: string; code: string; target: string }) => `${e.source} ${e.code} ${e.target}`)).toContain('USAGOV 030 BOLGOV');
    const csv = run(['events', '--db', db, '--code', '05', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toMatch(/^id,source,target,code/);
    const dyad = run(['dyad', 'USA', 'BOL', '--by', 'year', '--db', db, '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const y2025 = dyad.find((r: { period: string }) => r.period === '2025-01-01');
    expect(y2025.quad1).toBeGreaterThan(0);
    expect(dyad.find((r: { period: string }) => r.period === '2008-01-01')?.quad4).toBeGreaterThan(0); // the DEA expelled in 2008
    expect(run(['actors', '--db', db]).stdout).toMatch(/^actor\s+mentions\s+articles/);
    expect(run(['quotes', '--speaker', 'Landau', '--db', db]).stdout).toMatch(/Christopher Landau\s+USAGOV/);
    expect(run(['dyad', 'USA', '--db', db]).code).toBe(2);
  });

  it('ingests with --workers into the same store as with one thread, and refuses a bad count', () => {
    const one = path.join(dir, 'one.duckdb');
    const two = path.join(dir, 'two.duckdb');
    expect(run(['ingest', 'examples', '--db', one, '--workers', '1', '--quiet']).code).toBe(0);
    expect(run(['ingest', 'examples', '--db', two, '--workers', '2', '--quiet']).code).toBe(0);
    const events = (file: string) => run(['events', '--db', file, '--limit', '1000', '--format', 'jsonl']).stdout;
    expect(events(two)).toBe(events(one));
    expect(events(one).trim().split('\n').length).toBeGreaterThan(10);
    expect(run(['ingest', 'examples', '--db', two, '--workers', '0']).code).toBe(2);
  });

  it('exports GDELT 2.0 tables, PLOVER JSON Lines, CSV and Parquet', () => {
    const out = path.join(dir, 'x');
    expect(run(['export', '--format', 'gdelt', '--out', out, '--db', db]).code).toBe(0);
    const events = readFileSync(`${out}.export.CSV`, 'utf8').split('\n').filter(Boolean);
    for (const line of events) expect(line.split('\t')).toHaveLength(61);
    const bolivia = events.map((l) => l.split('\t')).find((c) => c[5] === 'USAGOV' && c[15] === 'BOLGOV' && c[26] === '030');
    expect(bolivia?.slice(1, 4)).toEqual(['20251110', '202511', '2025']);
    expect(readFileSync(`${out}.mentions.CSV`, 'utf8').trim().split('\n')[0]?.split('\t')).toHaveLength(16);
    expect(run(['export', '--format', 'plover', '--out', `${out}.jsonl`, '--db', db]).code).toBe(0);
    const plover = readFileSync(`${out}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(plover.find((r) => r.cameo === '030' && r.source?.[0]?.cameo === 'USAGOV')).toMatchObject({
      event: 'AGREE',
      source: [{ code: 'USA', sector: 'GOV', cameo: 'USAGOV' }],
      target: [{ code: 'BOL', sector: 'GOV' }],
      eventText: 'willing to help',
    });
    expect(run(['export', '--format', 'csv', '--what', 'mentions', '--out', `${out}.csv`, '--db', db]).stderr).toMatch(/wrote \d+ row\(s\)/);
    expect(readFileSync(`${out}.csv`, 'utf8').split('\n')[0]).toMatch(/^id,article_id,sentence_idx/);
    expect(run(['export', '--format', 'parquet', '--out', `${out}.parquet`, '--db', db]).code).toBe(0);
    expect(readFileSync(`${out}.parquet`).subarray(0, 4).toString()).toBe('PAR1');
    expect(run(['export', '--format', 'xml', '--out', out, '--db', db]).code).toBe(2);
  });

  it('leaves every article exactly once after an ingest killed mid-run and run again', async () => {
    // a corpus big enough to be killed in the middle
    const n = 600;
    const input = path.join(dir, 'corpus.jsonl');
    writeFileSync(input, recombinedCorpus(n));
    const killed = path.join(dir, 'killed.duckdb');
    const child = spawn(process.execPath, [bin, 'ingest', input, '--db', killed, '--batch', '25'], { cwd: root, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const partial = JSON.parse(run(['stats', '--db', killed, '--format', 'jsonl']).stdout);
    expect(partial.articles).toBeLessThan(n); // it really was stopped in the middle
    expect(partial.articles % 25).toBe(0); // whole batches only
    expect(run(['ingest', input, '--db', killed, '--batch', '25']).code).toBe(0);
    const reference = path.join(dir, 'reference.duckdb');
    expect(run(['ingest', input, '--db', reference]).code).toBe(0);
    const a = JSON.parse(run(['stats', '--db', killed, '--format', 'jsonl']).stdout);
    const b = JSON.parse(run(['stats', '--db', reference, '--format', 'jsonl']).stdout);
    expect({ ...a, note: 'resumed' }).toEqual({ ...b, note: 'resumed' });
    expect(a.articles).toBe(n);
  }, 120_000);
});
