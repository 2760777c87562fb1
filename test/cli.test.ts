// End-to-end: the built `entente` command run as a process (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { recombinedCorpus } from './support.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');
const seed = path.join(root, 'examples', 'article-2025-11-11-bolivia.txt');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/cli/main.js is missing: run `npm run build` first (npm test does)');
});

describe('entente (process)', () => {
  it('--version and --help', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: entente <command>/);
    const codeHelp = run(['code', '--help']);
    expect(codeHelp.code).toBe(0);
    expect(codeHelp.stdout).toMatch(/Exit status: 0 every input was coded \(skipped languages are not failures\); 1 some inputs failed/);
  });

  it.each([
    [[], /Usage: entente/, 'stdout'],
    [['frobnicate'], /unknown command "frobnicate"/, 'stderr'],
    [['code', '--bogus', 'x.txt'], /Unknown option '--bogus'/, 'stderr'],
    [['code', '--format', 'xml', 'x.txt'], /unknown --format "xml"/, 'stderr'],
    [['code', '--date', '2025-02-30', 'x.txt'], /--date: 2025-02-30 is not a calendar day/, 'stderr'],
    [['code'], /no input given/, 'stderr'],
    [['code', '--quote-unit', 'sentence', 'x.txt'], /unknown --quote-unit "sentence"; use quotation or attribution/, 'stderr'],
    [['quotes', '--quote-unit', 'passage', 'x.txt'], /unknown --quote-unit "passage"; use quotation or attribution/, 'stderr'],
  ])('usage error %j exits 2', (args, message, stream) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(stream === 'stdout' ? r.stdout : r.stderr).toMatch(message);
  });

  it('codes the seed article to one schema-shaped line with its USA–BOL events', () => {
    const r = run(['code', seed, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^entente: read 1, coded 1, skipped 0, failed 0; \d+ event\(s\), \d+ actor mention\(s\); [\d.]+ s\n$/);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0] as string);
    expect(a.date).toBe('2025-11-11');
    expect(a.text.startsWith('U.S. Deputy Secretary of State')).toBe(true);
    const triples = a.events.map((e: { source: { actor: string }; target: { actor: string } | null; code: string }) => `${e.source.actor} ${e.code} ${e.target?.actor}`);
    expect(triples).toEqual(expect.arrayContaining(['USAGOV 030 BOLGOV', 'BOLGOV 040 USAGOV', 'USAGOV 040 BOLGOV', 'BOLGOV 050 USAGOV', 'USAGOV 042 BOLGOV']));
    for (const e of a.events) for (const s of [e.source, e.target, e.trigger]) if (s) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  describe('bad input: the batch goes on, stderr names each failure, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-cli-'));
    const f = (name: string, content: string | Buffer): string => {
      const p = path.join(dir, name);
      writeFileSync(p, content);
      return p;
    };
    const cases: Array<[string, string, RegExp]> = [
      ['missing date', f('nodate.txt', 'Chile met with Peru.'), /nodate\.txt: date: no publication date .*--date/],
      ['impossible date', f('baddate.txt', 'date 2025-02-30\nChile met with Peru.'), /baddate\.txt: date: 2025-02-30 is not a calendar day/],
      ['empty text', f('empty.txt', 'date 2025-11-11\n\n'), /empty\.txt: text: the article text is empty/],
      ['binary file', f('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])), /image\.txt: this is a binary file/],
      ['non-UTF-8 file', f('latin1.txt', Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9])), /latin1\.txt: not valid UTF-8/],
      ['malformed JSON line', f('bad.jsonl', '{"date":"2025-11-11","text":"Chile met with Peru."}\n{"date": oops}\n'), /bad\.jsonl:2: malformed JSON/],
      ['unknown extension', f('scan.pdf', '%PDF'), /scan\.pdf: unsupported file type "\.pdf"/],
      ['unreadable path', path.join(dir, 'does-not-exist.txt'), /does-not-exist\.txt: no such file or folder/],
    ];
    it.each(cases)('%s', (_what, input, message) => {
      const r = run(['code', input, seed]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      // the good article after the bad one is still coded
      const ids = r.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).date);
      expect(ids).toContain('2025-11-11');
    });

    it('lists every failure of a mixed batch and codes the rest', () => {
      const r = run(['code', ...cases.map((c) => c[1]), seed]);
      expect(r.code).toBe(1);
      for (const [, , message] of cases) expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/read 10, coded 2, skipped 0, failed 8;/);
      expect(r.stderr).toMatch(/^entente: failed: .*1 not valid UTF-N/m);
      expect(r.stdout.trim().split('\n')).toHaveLength(2); // the seed and the good line of bad.jsonl
    });
  });

  it('codes with a pool of worker threads, in input order, the same as in one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-pool-'));
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, recombinedCorpus(40));
    const one = run(['code', input, '--workers', '1', '--quiet']);
    const two = run(['code', input, '--workers', '2', '--quiet']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    expect(run(['code', input, '--workers', '0']).code).toBe(2);
  });

  it('joins an attribution’s quotations with --quote-unit attribution, in one thread and in the pool', () => {
    const quotes = (args: string[]) => {
      const r = run(['code', seed, '--quiet', ...args]);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).quotes as Array<{ text: string; continues?: true; parts?: unknown[] }>;
    };
    const apart = quotes([]);
    const joined = quotes(['--quote-unit', 'attribution']);
    const continuing = apart.filter((q) => q.continues).length;
    expect(continuing).toBeGreaterThan(0);
    expect(joined).toHaveLength(apart.length - continuing);
    expect(joined.some((q) => q.text.includes('Landau told the Argentine news network Infobae') && q.parts?.length === 2)).toBe(true);
    expect(quotes(['--quote-unit', 'attribution', '--workers', '2'])).toEqual(joined);
  });

  it('says nothing on stderr with --quiet when all went well', () => {
    const r = run(['code', seed, '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('reads standard input and --date', () => {
    const r = run(['code', '-', '--date', '2025-03-04'], 'Chile met with Peru on Monday.');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.date).toBe('2025-03-04');
    expect(a.events[0].date).toBe('2025-03-03');
  });

  it('keeps JSON Lines ids, and writes --out whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-out-'));
    const out = path.join(dir, 'coded.json');
    const r = run(
      ['code', '-', '--format', 'json', '--out', out],
      '{"id":"x-1","date":"2025-11-11","text":"Chile met with Peru."}\n{"id":"x-2","date":"2025-11-11","text":"France criticized Russia."}\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).map((a: { id: string }) => a.id)).toEqual(['x-1', 'x-2']);
  });

  it('prints the entity table of an article', () => {
    const r = run(['entities', seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Christopher Landau\s+PERSON\s+name\s+Christopher Landau\s+USAGOV/);
    expect(r.stdout).toMatch(/Landau\s+PERSON\s+name\s+Christopher Landau\s+USAGOV\s+#1 Christopher Landau/);
    const j = run(['entities', '--format', 'jsonl', seed]);
    expect(JSON.parse(j.stdout).entities.length).toBeGreaterThan(50);
  });

  it('prints the quotations of an article with their speakers', () => {
    const r = run(['quotes', seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/direct\s+Christopher Landau \(“he”\)\s+USAGOV\s+added\s+We are now prepared/);
    expect(r.stdout).toMatch(/partial\s+Evo Morales \(“Morales”\)\s+\S+\s+accusations\s+that they were “spying” on him/);
  });

  it('explains a sentence: actors, events and why a match was not coded', () => {
    const r = run(['explain', seed, '--sentence', '8']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[8\] The Bolivian president met with Landau/m);
    expect(r.stdout).toMatch(/event 040 BOLGOV → USAGOV: “met with” by verbs\/040#meet-with/);
    const neg = run(['explain', '-', '--date', '2025-11-11'], 'Chile did not meet with Peru.');
    expect(neg.stdout).toMatch(/not coded: “meet with”: verbs\/040#meet-with matched but the trigger is negated \(“not”\)/);
    expect(run(['explain', seed, '--sentence', 'x']).code).toBe(2);
  });

  it('prints an events table for a folder', () => {
    const r = run(['code', path.join(root, 'examples'), '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^date\s+source\s+code\s+target\s+trigger/);
    expect(r.stdout).toMatch(/USAGOV\s+030\s+BOLGOV\s+willing to help/);
    expect(r.stderr).toMatch(/read 11, coded 11, skipped 0, failed 0; \d+ event\(s\)/);
  });
});
