// End-to-end: `entente dictionaries check` and `entente code --dictionaries petrarch:DIR` as a
// process, on the small invented dictionary in test/fixtures/petrarch (npm test builds first).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');
const fixture = path.join(root, 'test', 'fixtures', 'petrarch');

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)');
});

const articles = [
  { id: 'visit', date: '1933-06-01', text: 'Rufus Firefly visited Sylvania.' },
  { id: 'later', date: '1936-06-01', text: 'Rufus Firefly accused Sylvania of espionage.' },
  { id: 'sport', date: '1933-06-01', text: 'Freedonia attacked Sylvania at the chess olympiad.' },
]
  .map((a) => JSON.stringify(a))
  .join('\n');

describe('PETRARCH dictionaries (process)', () => {
  it('dictionaries check: statistics, exit 0 on a clean folder', () => {
    const r = run(['dictionaries', 'check', fixture]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/actors: +4 \(7 phrases with synonyms; 1 with dated codes; 1 compound\)/);
    expect(r.stdout).toMatch(/agents: +9 \(1 prefix\)/);
    expect(r.stdout).toMatch(/verb patterns: +5 /);
    expect(r.stdout).toMatch(/synsets: +2/);
    expect(r.stdout).toMatch(/discards: +1 sentence, 1 story/);
    expect(r.stdout).toMatch(/problems: +0 error\(s\)/);
  });

  it('dictionaries check: every unreadable line with file and line, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-petrarch-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(path.join(dir, 'broken.verbs.txt'), '--- MEET [040] ---\nMEET\n- * TALKS\n- * &NOSUCHSET [041]\n');
    writeFileSync(path.join(dir, 'broken.actors.txt'), 'OSTROVIA [OST\n');
    const r = run(['dictionaries', 'check', '--warnings', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path.join(dir, 'broken.actors.txt')}:1: error: unclosed code block in "OSTROVIA [OST"`);
    expect(r.stdout).toContain(`${path.join(dir, 'broken.verbs.txt')}:3: error: cannot read pattern "- * TALKS"`);
    expect(r.stdout).toContain(`${path.join(dir, 'broken.verbs.txt')}:4: warning: pattern "* &NOSUCHSET": unknown or empty synset &NOSUCHSET; left out`);
  });

  it('dictionaries: --help exits 0, a missing folder 1, a wrong subcommand 2', () => {
    const help = run(['dictionaries', 'check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: entente dictionaries check/);
    const missing = run(['dictionaries', 'check', path.join(fixture, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope: is not a folder/);
    expect(run(['dictionaries', 'list']).code).toBe(2);
  });

  it('code --dictionaries petrarch:DIR codes with the folder instead of the built-in dictionaries', () => {
    const r = run(['code', '--quiet', '--dictionaries', `petrarch:${fixture}`, '-'], articles);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const events = Object.fromEntries(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; events: Array<{ source: { actor: string }; target: { actor: string } | null; code: string }> })
        .map((a) => [a.id, a.events.map((e) => `${e.source.actor} ${e.code} ${e.target?.actor}`)]),
    );
    expect(events).toEqual({ visit: ['FRDGOV 042 SLV', 'SLV 043 FRDGOV'], later: ['FRDOPP 1121 SLV'], sport: [] });
  });

  it('code --dictionaries builtin,petrarch:DIR combines both; entities and explain take the option too', () => {
    const r = run(['code', '--quiet', '--format', 'table', '--dictionaries', `builtin,petrarch:${fixture}`, '-'], articles);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FRDGOV\s+042\s+SLVGOV/);
    const e = run(['entities', '--dictionaries', `petrarch:${fixture}`, '-'], articles);
    expect(e.code).toBe(0);
    expect(e.stdout).toMatch(/Rufus Firefly.*FRDOPP/);
    const x = run(['explain', '--dictionaries', `petrarch:${fixture}`, '-'], articles);
    expect(x.stdout).toMatch(/chess olympiad.*discards the whole article/);
  });

  it('code --dictionaries: a bad value is a usage error (2), a missing folder an error (1), lines left out a warning', () => {
    expect(run(['code', '--dictionaries', 'tabari:x', '-'], articles).code).toBe(2);
    const missing = run(['code', '--dictionaries', 'petrarch:/no/such/dir', '-'], articles);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/\/no\/such\/dir: is not a folder/);
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-petrarch-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(path.join(dir, 'more.actors.txt'), 'OSTROVIA [OST\n');
    const r = run(['code', '--dictionaries', `petrarch:${dir}`, '-'], articles);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 dictionary line\(s\) could not be read and were left out, the first .*more\.actors\.txt:1: unclosed code block/);
  });
});
