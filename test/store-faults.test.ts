// End-to-end faults of the store: another process writing, a newer schema, a path that cannot be a
// store; and the GDELT round trip: ingest, export, read the TSV back with DuckDB, same events.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { recombinedCorpus } from './support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('store faults (process)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-faults-'));

  it('refuses a second writer with a clear message, and waits with --wait', async () => {
    const db = path.join(dir, 'busy.duckdb');
    // a first writer busy for several seconds
    const corpus = path.join(dir, 'busy.jsonl');
    writeFileSync(corpus, recombinedCorpus(4000, 'b'));
    const first = spawn(process.execPath, [bin, 'ingest', corpus, '--db', db, '--quiet'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((r) => first.on('exit', r));
    // it holds the store once it has created it (a fixed delay raced the first writer on a fast run)
    for (let t = 0; t < 200 && !existsSync(db); t++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const second = run(['ingest', 'examples', '--db', db, '--quiet']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/the store .*busy\.duckdb is in use by another process.*pass --wait SECONDS/);
    await exited;
    // with --wait the second run goes after the first, and the store is whole
    const again = spawn(process.execPath, [bin, 'ingest', 'examples', '--db', db, '--quiet'], { cwd: root, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const waited = run(['ingest', 'examples', '--db', db, '--quiet', '--wait', '60']);
    await new Promise((r) => again.on('exit', r));
    expect(waited.code).toBe(0);
    expect(JSON.parse(run(['stats', '--db', db, '--format', 'jsonl']).stdout).articles).toBe(4011);
  }, 120_000);

  it('refuses a store written by a newer schema version', async () => {
    const db = path.join(dir, 'future.duckdb');
    expect(run(['ingest', 'examples', '--db', db, '--quiet']).code).toBe(0);
    const instance = await DuckDBInstance.create(db);
    const c = await instance.connect();
    await c.run(`update meta set value = '99' where key = 'schema_version'`);
    c.closeSync();
    instance.closeSync();
    const r = run(['stats', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has schema version 99, newer than this Entente \(2\) \(upgrade Entente\)/);
  });

  it('says clearly when a store cannot be created there, and writes nothing', () => {
    const db = path.join(dir, 'no-such-folder', 'x.duckdb');
    const r = run(['ingest', 'examples', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot open the store .*x\.duckdb: .*\(check the path, that its folder exists and is writable/);
    expect(existsSync(db)).toBe(false);
  });

  it('says clearly when the store is on a read-only file system', () => {
    const r = run(['ingest', 'examples', '--db', '/sys/entente-test.duckdb']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot open the store \/sys\/entente-test\.duckdb: .*(Permission denied|Read-only)/);
  });

  // a full disk needs a tiny file system: a tmpfs mount, where this machine allows it (root)
  const tiny = path.join(dir, 'tiny');
  mkdirSync(tiny, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', tiny]).status === 0;
  it.skipIf(!mounted)('on a full disk, says so and stores nothing of the failed batch', () => {
    try {
      const db = path.join(tiny, 'full.duckdb');
      const r = run(['ingest', 'examples', '--db', db, '--quiet']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/ingest failed, nothing of this batch was stored: .*No space left on device \(free disk space, or use --db on another disk/);
      expect(JSON.parse(run(['stats', '--db', db, '--format', 'jsonl']).stdout).articles).toBe(0);
    } finally {
      spawnSync('umount', [tiny]);
    }
  });

  it('round-trips: ingest, export GDELT, read the TSV back with DuckDB, the same events and counts', async () => {
    const db = path.join(dir, 'rt.duckdb');
    expect(run(['ingest', 'examples', '--db', db, '--quiet']).code).toBe(0);
    const out = path.join(dir, 'rt.tsv');
    expect(run(['export', '--format', 'gdelt-events', '--out', out, '--db', db]).code).toBe(0);
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    const back = (
      await c.runAndReadAll(`select column05 as source, column15 as target, column26 as code, column31 as mentions
      from read_csv('${out}', delim='\t', header=false, all_varchar=true) order by 1, 2, 3`)
    ).getRowObjects();
    c.closeSync();
    instance.closeSync();
    const stored = JSON.parse(`[${run(['events', '--db', db, '--format', 'jsonl', '--limit', '100000']).stdout.trim().split('\n').join(',')}]`) as Array<{
      source: string;
      target: string | null;
      code: string;
      numMentions: number;
    }>;
    const key = (s: string | null, t: string | null, code: string, n: number | string) => `${s}|${t ?? ''}|${code}|${n}`;
    expect(back.map((r) => key(String(r.source), r.target ? String(r.target) : null, String(r.code), String(r.mentions))).sort()).toEqual(
      stored.map((e) => key(e.source, e.target, e.code, String(e.numMentions))).sort(),
    );
  });
});
