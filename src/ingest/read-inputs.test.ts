import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type InputResult, inputBytes, readInputs } from './read-inputs.js';

async function collect(inputs: string[], options = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}
/** Standard input as the given chunks. */
async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}
const errorOf = (r: InputResult | undefined): string => (r && !r.ok ? r.error.describe() : 'no error');

describe('reading inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-read-'));
  writeFileSync(path.join(dir, 'good.txt'), 'date 2025-11-11\nBolivia restored ties with the United States.');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('date 2025-11-11\nBogot'), Buffer.from([0xe1]), Buffer.from(' talks.')]));
  writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4');
  mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'nested', 'deeper', 'b.jsonl'), '{"id":"b","date":"2025-11-10","text":"Chile met with Peru."}\n');
  writeFileSync(path.join(dir, 'nested', 'notes.md'), 'not an article');
  writeFileSync(path.join(dir, 'nested', '.hidden.txt'), 'date 2025-11-11 hidden');
  writeFileSync(path.join(dir, 'array.json'), '[{"id":"j1","date":"2025-11-11","text":"A."},{"id":"j2","date":"2025-02-29","text":"B."}]');
  symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'broken-link.txt'));

  it('reads a dated text file', async () => {
    const [r] = await collect([path.join(dir, 'good.txt')]);
    expect(r?.ok && r.article.text).toBe('Bolivia restored ties with the United States.');
  });

  it('refuses a binary file', async () => {
    expect(errorOf((await collect([path.join(dir, 'binary.txt')]))[0])).toMatch(/binary\.txt: this is a binary file/);
  });

  it('refuses a file that is not UTF-8 and says how to convert it', async () => {
    expect(errorOf((await collect([path.join(dir, 'latin1.txt')]))[0])).toMatch(/latin1\.txt: not valid UTF-8 .*iconv/);
  });

  it('refuses an unknown extension named on the command line', async () => {
    expect(errorOf((await collect([path.join(dir, 'report.pdf')]))[0])).toMatch(/report\.pdf: unsupported file type "\.pdf".*\.txt/);
  });

  it('reports a path that does not exist, or cannot be read', async () => {
    expect(errorOf((await collect([path.join(dir, 'nope.txt')]))[0])).toMatch(/nope\.txt: no such file or folder/);
    expect(errorOf((await collect([path.join(dir, 'broken-link.txt')]))[0])).toMatch(/broken-link\.txt: no such file or folder/);
  });

  it('walks folders recursively in name order, skipping hidden files and reporting unsupported ones', async () => {
    const skipped: string[] = [];
    const rs = await collect([path.join(dir, 'nested')], { onSkip: (f: string) => skipped.push(f) });
    expect(rs.map((r) => r.ok && r.article.id)).toEqual(['b']);
    expect(skipped).toEqual([path.join(dir, 'nested', 'notes.md')]);
  });

  it('reads a JSON array, one article per item, naming the bad item', async () => {
    const rs = await collect([path.join(dir, 'array.json')]);
    expect(rs[0]?.ok && rs[0].article.id).toBe('j1');
    expect(errorOf(rs[1])).toMatch(/array\.json: \[1\]\.date: 2025-02-29 is not a calendar day/);
  });

  it('reads standard input as JSON Lines or dated text', async () => {
    const jsonl = await collect(['-'], { stdin: () => chunks('{"id":"s","date":"2025-11-11","text":"A."}\n') });
    expect(jsonl[0]?.ok && jsonl[0].article.id).toBe('s');
    const text = await collect(['-'], { stdin: () => chunks('date 2025-11-11 Some text.') });
    expect(text[0]?.ok && text[0].article.origin?.file).toBe('<stdin>');
  });

  it('reads JSON Lines on standard input as they arrive, not after the end (a stream of any length in flat memory)', async () => {
    let sent = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        sent++;
        yield Buffer.from(`{"id":"a${sent}","date":"2025-11-11","text":"Text ${sent}."}\n`);
      }
    }
    const seen: string[] = [];
    for await (const r of readInputs(['-'], { stdin: endless })) {
      seen.push(r.ok ? r.article.id : 'error');
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['a1', 'a2', 'a3']);
    expect(sent).toBeLessThan(10);
  });

  it('joins a character split between two chunks of standard input, and names the line of a bad one', async () => {
    const bytes = Buffer.from('\n  {"id":"é","date":"2025-11-11","text":"Café au lait."}\n{"id":"x","date":"2025-11-11","text":"\u00e9"}\n');
    const cut = bytes.indexOf(Buffer.from('é')) + 1; // inside the two bytes of "é"
    const bad = Buffer.concat([bytes, Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]);
    const rs = await collect(['-'], { stdin: () => chunks(bad.subarray(0, cut), bad.subarray(cut)) });
    expect(rs.map((r) => (r.ok ? r.article.id : 'error'))).toEqual(['é', 'x', 'error']);
    expect(errorOf(rs[2])).toMatch(/<stdin>:4: not valid UTF-8/); // the blank first line is line 1
  });

  it('refuses dated text on standard input over the size limit, with what to do', async () => {
    const rs = await collect(['-'], { stdin: () => chunks('date 2025-11-11 ', 'x'.repeat(2000), 'y'.repeat(2000)), maxBytes: 1000 });
    expect(errorOf(rs[0])).toMatch(/standard input is over the limit.*JSON Lines/);
    // one chunk bigger than the limit, read while looking for the first character
    const one = await collect(['-'], { stdin: () => chunks(`date 2025-11-11 ${'x'.repeat(2000)}`), maxBytes: 1000 });
    expect(errorOf(one[0])).toMatch(/standard input is over the limit/);
  });

  it('sizes the inputs for progress: named files, and readable files inside folders, not hidden or unknown ones', async () => {
    const size = (...p: string[]): number => statSync(path.join(dir, ...p)).size;
    expect(await inputBytes([path.join(dir, 'good.txt')])).toBe(size('good.txt'));
    expect(await inputBytes([path.join(dir, 'good.txt'), path.join(dir, 'nested'), path.join(dir, 'nope.txt')])).toBe(size('good.txt') + size('nested', 'deeper', 'b.jsonl'));
  });

  it('goes on after a failure: every input yields a result, in order', async () => {
    const rs = await collect([path.join(dir, 'nope.txt'), path.join(dir, 'good.txt'), path.join(dir, 'binary.txt')]);
    expect(rs.map((r) => r.ok)).toEqual([false, true, false]);
  });
});
