import { describe, expect, it } from 'vitest';
import { article, code, pipeline } from '../../test/support.js';
import { DuckDbStore, outletOf } from './duckdb-store.js';

describe('the DuckDB store', () => {
  it('stores an article once: the same content again adds nothing', async () => {
    const s = await DuckDbStore.open(':memory:');
    const a = code('Chile met with Peru on Monday. France criticized Russia.');
    expect(await s.ingest([a])).toEqual({ added: 1, replaced: 0, unchanged: 0, eventMentions: 3 });
    expect(await s.ingest([a])).toEqual({ added: 0, replaced: 0, unchanged: 1, eventMentions: 0 });
    expect((await s.stats()).eventMentions).toBe(3);
    await s.close();
  });

  it('replaces the records of a changed article with the same id', async () => {
    const s = await DuckDbStore.open(':memory:');
    const v1 = pipeline.code({ ...article('Chile met with Peru.'), id: 'x' });
    const v2 = pipeline.code({ ...article('Chile criticized Peru. France criticized Russia.'), id: 'x' });
    await s.ingest([v1]);
    expect(await s.ingest([v2])).toMatchObject({ replaced: 1, eventMentions: 2 });
    const ev = await s.events();
    expect(ev.map((e) => `${e.source} ${e.code} ${e.target}`)).toEqual(['CHLGOV 111 PERGOV', 'FRAGOV 111 RUSGOV']);
    expect((await s.stats()).articles).toBe(1);
    await s.close();
  });

  it('deduplicates events across articles and counts mentions, outlets and articles', async () => {
    const s = await DuckDbStore.open(':memory:');
    const mk = (id: string, url: string) => pipeline.code({ ...article('Chile criticized Peru on Monday.'), id, url });
    await s.ingest([mk('a', 'https://www.example.com/1'), mk('b', 'https://example.com/2'), mk('c', 'https://news.example.org/3')]);
    const [e] = await s.events({ source: 'CHL' });
    expect(e).toMatchObject({ source: 'CHLGOV', target: 'PERGOV', code: '111', day: '2025-11-10', numMentions: 3, numArticles: 3, numSources: 2 });
    await s.close();
  });

  it('filters events and summarises a dyad by period', async () => {
    const s = await DuckDbStore.open(':memory:');
    await s.ingest([code('Chile met with Peru on Monday.', '2025-11-11'), code('Chile criticized Peru on Monday.', '2025-12-09')]);
    expect((await s.events({ code: '04' })).length).toBe(2);
    expect((await s.events({ since: '2025-12-01' })).map((e) => e.code)).toEqual(['111']);
    const d = await s.dyad('CHL', 'PER', 'month');
    expect(d).toEqual([
      { period: '2025-11-01', events: 2, quad1: 2, quad2: 0, quad3: 0, quad4: 0, goldsteinSum: 2, goldsteinMean: 1, netCooperation: 2 },
      { period: '2025-12-01', events: 1, quad1: 0, quad2: 0, quad3: 1, quad4: 0, goldsteinSum: -2, goldsteinMean: -2, netCooperation: -1 },
    ]);
    await s.close();
  });

  it('lists actors and quotations by speaker', async () => {
    const s = await DuckDbStore.open(':memory:');
    await s.ingest([code('Christopher Landau, a U.S. diplomat, arrived. “We will meet with Bolivia soon,” Landau said.')]);
    expect((await s.quotes({ speaker: 'Landau' })).map((q) => [q.kind, q.speaker_name, q.speaker_actor])).toEqual([['direct', 'Christopher Landau', 'USAGOV']]);
    expect((await s.actors()).map((a) => a.actor)).toContain('USAGOV');
    await s.close();
  });

  it('names outlets by host', () => {
    expect(outletOf('https://www.nytimes.com/2016/a.html')).toBe('nytimes.com');
    expect(outletOf(null)).toBeNull();
    expect(outletOf('not a url')).toBeNull();
  });
});
