import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './feed.js';
import { dayOf, parseHtml } from './html.js';
import { detectLanguage, type InputResult, readInputs } from './read-inputs.js';

const PAGE = `<html><head><title>Ties restored</title><meta property="article:published_time" content="2025-11-10T10:00:00Z">
<link rel="canonical" href="https://example.com/bolivia"></head><body><nav>Home | World | Sport</nav>
<article><h1>Ties restored</h1><p>Bolivia restored full diplomatic ties with the United States on Monday, officials said in La Paz.</p>
<p>The Bolivian president met with the American envoy and praised Washington for its support during the transition.</p></article>
<footer>Copyright 2025</footer></body></html>`;

describe('HTML pages', () => {
  it('reads the main text, title, date and canonical URL', () => {
    const a = parseHtml(PAGE, 'p.html', null);
    expect([a.date, a.title, a.url]).toEqual(['2025-11-10', 'Ties restored', 'https://example.com/bolivia']);
    expect(a.text).toContain('Bolivia restored full diplomatic ties');
    expect(a.text).toContain('\n\nThe Bolivian president met');
    expect(a.text).not.toMatch(/Home \| World|Copyright/);
  });

  it('needs a date from the page or --date', () => {
    expect(() => parseHtml(PAGE.replace(/<meta property="article[^>]+>/, ''), 'p.html', null)).toThrow(/no publication date/);
    expect(parseHtml(PAGE.replace(/<meta property="article[^>]+>/, ''), 'p.html', '2025-01-02').date).toBe('2025-01-02');
  });

  it.each([
    ['2025-11-10T10:00:00Z', '2025-11-10'],
    ['Tue, 11 Nov 2025 08:00:00 GMT', '2025-11-11'],
    ['soon', null],
  ])('dayOf(%j)', (v, d) => expect(dayOf(v)).toBe(d));
});

describe('feeds', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
    <item><title>A</title><link>https://e.x/a</link><guid>a1</guid><pubDate>Tue, 11 Nov 2025 08:00:00 GMT</pubDate>
      <description><![CDATA[<p>Chile met with Peru on Monday.</p><p>Second paragraph.</p>]]></description></item>
    <item><title>No date</title><link>https://e.x/b</link><description>Text without a date.</description></item>
  </channel></rss>`;
  it('reads RSS items with their link, date and text; a bad item is one failure', () => {
    const rs = [...parseFeed(rss, 'f.xml', null)];
    expect(rs[0]?.ok && [rs[0].article.id, rs[0].article.url, rs[0].article.date, rs[0].article.text]).toEqual([
      'a1',
      'https://e.x/a',
      '2025-11-11',
      'Chile met with Peru on Monday.\n\nSecond paragraph.',
    ]);
    expect(rs[1]?.ok === false && rs[1].error.describe()).toMatch(/f\.xml: item\[2\]\.date: no publication date/);
  });

  it('reads Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id><title>T</title><link href="https://e.x/1"/><updated>2025-11-11T09:00:00Z</updated><summary>France criticized Russia.</summary></entry></feed>`;
    const [r] = [...parseFeed(atom, 'a.atom', null)];
    expect(r?.ok && [r.article.id, r.article.url, r.article.text]).toEqual(['urn:1', 'https://e.x/1', 'France criticized Russia.']);
  });

  it('refuses XML that is no feed', () => {
    const [r] = [...parseFeed('<html><body>x</body></html>', 'x.xml', null)];
    expect(r?.ok === false && r.error.message).toMatch(/not an RSS or Atom feed/);
  });
});

describe('compressed files, size limits and languages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-formats-'));
  const collect = async (inputs: string[], options = {}) => {
    const out: InputResult[] = [];
    for await (const r of readInputs(inputs, options)) out.push(r);
    return out;
  };

  it('reads .gz files by their inner extension', async () => {
    writeFileSync(path.join(dir, 'a.jsonl.gz'), gzipSync('{"id":"z","date":"2025-11-11","text":"Chile met with Peru."}\n'));
    const [r] = await collect([path.join(dir, 'a.jsonl.gz')]);
    expect(r?.ok && r.article.id).toBe('z');
  });

  it('refuses a file over the size limit without reading it', async () => {
    writeFileSync(path.join(dir, 'big.txt'), `date 2025-11-11\n${'word '.repeat(50_000)}`);
    const [r] = await collect([path.join(dir, 'big.txt')], { maxBytes: 100_000 });
    expect(r?.ok === false && r.error.describe()).toMatch(/big\.txt: the file is 0\.2 MB, over the limit of 0\.1 MB \(split it, or raise --max-size\)/);
  });

  it('skips articles not in the languages asked for, naming the language', async () => {
    writeFileSync(
      path.join(dir, 'es.txt'),
      'date 2025-11-11\nBolivia restableció relaciones diplomáticas plenas con Estados Unidos el lunes, dijeron funcionarios en La Paz. El nuevo gobierno del presidente afirmó que la cooperación con Washington será importante para la economía del país y para la lucha contra el narcotráfico en la región.',
    );
    const [r] = await collect([path.join(dir, 'es.txt')], { languages: ['eng'] });
    expect(r?.ok === false && r.skipped && r.error.message).toBe('language spa, not eng');
    // a short, name-heavy English sentence is never skipped for its language
    expect(detectLanguage('Arab League Secretary General Chadli Klibi undertook mediation between Syria and Yasser Arafat.')).toBe('und');
  });

  it('knows plain English without franc', () => {
    const english =
      'The government of Bolivia said on Monday that it has restored full diplomatic relations with the United States, and that the two countries were ready to work together on trade and on the fight against drug trafficking, which has been a source of tension for years.';
    expect(detectLanguage(english)).toBe('eng');
  });

  it('leaves a language that shares a few short words with English to franc (Dutch "of", "had")', () => {
    const dutch =
      'De regering van Bolivia heeft maandag de volledige diplomatieke betrekkingen met de Verenigde Staten hersteld, of zo zeiden ambtenaren in La Paz. Het gaat om een belangrijke stap voor de economie van het land en de strijd tegen drugshandel in de regio, al dan niet met steun van de buurlanden, die het land lang hadden gewantrouwd.';
    expect(detectLanguage(dutch)).toBe('nld');
  });
});
