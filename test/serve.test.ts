// End-to-end: `entente serve` as a process on a loopback port, answering HTTP.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');

it('serves the API on 127.0.0.1 and stops on SIGTERM', async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'entente-serve-')), 's.duckdb');
  expect(spawnSync(process.execPath, [bin, 'ingest', 'examples', '--db', db, '--quiet'], { cwd: root }).status).toBe(0);
  const server = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { cwd: root, env: { ...process.env, ENTENTE_TOKEN: 't0ken' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(out);
        if (m) resolve(m[1] as string);
      });
      server.on('exit', (c) => reject(new Error(`serve exited with ${c}`)));
      setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
    });
    const stats = await (await fetch(`${url}/api/stats`)).json();
    expect(stats.articles).toBe(11);
    const write = await fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2026-01-05', text: 'Egypt sent humanitarian aid to Sudan.' }),
    });
    expect(write.status).toBe(201);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.on('exit', r));
  }
  expect(server.exitCode ?? 0).toBe(0);
}, 60_000);
