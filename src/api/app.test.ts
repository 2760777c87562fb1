// The HTTP API called directly (app.request), on an in-memory store.
import { beforeAll, describe, expect, it } from 'vitest';
import { code, pipeline } from '../../test/support.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import { createApi } from './app.js';

describe('the HTTP API', () => {
  let app: ReturnType<typeof createApi>;
  let closed: ReturnType<typeof createApi>;
  const auth = { authorization: 'Bearer s3cret', 'content-type': 'application/json' };
  beforeAll(async () => {
    const store = await DuckDbStore.open(':memory:');
    await store.ingest([code('Chile met with Peru on Monday. France criticized Russia.', '2025-11-11'), code('Chile criticized Peru on Monday.', '2025-12-09')]);
    app = createApi({ store, pipeline, token: 's3cret', maxBody: 2000 });
    closed = createApi({ store, pipeline, token: 's3cret', readToken: 'r3ad' });
  });

  it('codes an article without storing it', async () => {
    const r = await app.request('/api/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2025-11-11', text: 'Japan met with South Korea.' }),
    });
    expect(r.status).toBe(200);
    const a = await r.json();
    expect(a.events.map((e: { code: string }) => e.code)).toEqual(['040', '040']);
    expect((await (await app.request('/api/stats')).json()).articles).toBe(2);
  });

  it.each([
    [{ date: '11/11/2025', text: 'x y z' }, /date: a day written YYYY-MM-DD/],
    [{ date: '2025-13-01', text: 'x y z' }, /date: 2025-13-01 is not a calendar day/],
    [{ date: '2025-11-11' }, /text/],
    [{ date: '2025-02-30', text: 'Chile met Peru.' }, /date: 2025-02-30 is not a calendar day/],
  ])('refuses a bad article with 400 and a message: %j', async (body, message) => {
    const r = await app.request('/api/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(r.status).toBe(400);
    const e = await r.json();
    expect(e.error).toBe('invalid_request');
    expect(e.message).toMatch(message);
  });

  it('stores articles only with the bearer token', async () => {
    const body = JSON.stringify({ id: 'n1', date: '2026-01-05', text: 'Egypt sent humanitarian aid to Sudan on Monday.', url: 'https://example.com/n1' });
    expect((await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    const r = await app.request('/api/articles', { method: 'POST', headers: auth, body });
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ id: 'n1', added: 1 });
    const stored = await (await app.request('/api/articles/n1')).json();
    expect(stored.events.map((e: { code: string; source_actor: string }) => `${e.source_actor} ${e.code}`)).toEqual(['EGYGOV 073']);
  });

  it('limits the size of a request body', async () => {
    const r = await app.request('/api/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2025-11-11', text: 'word '.repeat(1000) }),
    });
    expect(r.status).toBe(413);
  });

  it('answers queries: events, dyad, actors, quotes, graph, search', async () => {
    const events = await (await app.request('/api/events?source=CHL&code=11')).json();
    expect(events.map((e: { code: string }) => e.code)).toEqual(['111']);
    expect((await app.request('/api/events?since=2025-13-01')).status).toBe(400);
    const dyad = await (await app.request('/api/dyad/chl/per?by=month')).json();
    expect(dyad.map((d: { period: string; netCooperation: number }) => [d.period, d.netCooperation])).toEqual([
      ['2025-11-01', 2],
      ['2025-12-01', -1],
    ]);
    expect((await (await app.request('/api/actors')).json())[0]).toHaveProperty('actor');
    expect(Array.isArray(await (await app.request('/api/quotes?actor=USA')).json())).toBe(true);
    const graph = await (await app.request('/api/graph?level=country')).json();
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'CHL', target: 'PER', events: 2, quad3: 1 }));
    const chile = await (await app.request('/api/graph?actor=chl')).json();
    const touching = graph.edges.filter((e: { source: string; target: string }) => e.source === 'CHL' || e.target === 'CHL');
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.length).toBeLessThan(graph.edges.length);
    expect(chile.edges).toEqual(touching);
    const found = await (await app.request('/api/articles?q=france%20RUSSIA')).json(); // every word, case-insensitive
    expect(found.map((a: { date: string }) => a.date)).toEqual(['2025-11-11']);
  });

  it('gives one event with its mentions and their spans, by event or mention id', async () => {
    const [listed] = await (await app.request('/api/events?source=FRA&target=RUS')).json();
    const e = await (await app.request(`/api/events/${listed.id}`)).json();
    expect(e).toMatchObject({ id: listed.id, source: 'FRAGOV', target: 'RUSGOV', code: '111', numMentions: 1 });
    const [m] = e.mentions;
    expect(m.sentence).toEqual({ index: 1, start: 31, end: 56, text: 'France criticized Russia.' });
    expect([m.source.text, m.target.text, m.trigger.text, m.rule]).toEqual(['France', 'Russia', 'criticized', expect.stringMatching(/^verbs\/111#/)]);
    expect((await (await app.request(`/api/events/${m.id}`)).json()).id).toBe(listed.id);
    const missing = await app.request('/api/events/nope');
    expect([missing.status, (await missing.json()).error]).toEqual([404, 'not_found']);
  });

  it('says 404 in JSON for an unknown article or route', async () => {
    const r = await app.request('/api/articles/nope');
    expect([r.status, (await r.json()).error]).toEqual([404, 'not_found']);
    expect((await app.request('/api/nothing')).status).toBe(404);
  });

  it('publishes an OpenAPI document of every route', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/code',
        '/api/articles',
        '/api/articles/{id}',
        '/api/events',
        '/api/events/{id}',
        '/api/dyad/{a}/{b}',
        '/api/actors',
        '/api/quotes',
        '/api/graph',
        '/api/stats',
      ]),
    );
  });

  it('closes reads when a read token is set', async () => {
    expect((await closed.request('/api/events')).status).toBe(401);
    expect((await closed.request('/api/events', { headers: { authorization: 'Bearer r3ad' } })).status).toBe(200);
    expect((await closed.request('/api/openapi.json')).status).toBe(200);
  });
});
