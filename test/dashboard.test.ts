// End-to-end: the dashboard in a real browser (Debian's chromium driven by playwright-core) against
// `entente serve` as a process on a store holding the example articles. Saves a screenshot of each
// view to docs/images/ for the README.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'dist', 'cli', 'main.js');
const images = path.join(root, 'docs', 'images');
const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium';
const TOKEN = 'dashb0ard-t0ken';
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && !process.env.CI) {
  console.warn(`dashboard tests skipped: no chromium at ${CHROMIUM} (install it: apt-get install chromium, or set ENTENTE_CHROMIUM)`);
}

/** Starts `entente serve` on a free port of 127.0.0.1 and waits for the dashboard URL it prints. */
async function serve(db: string, env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; base: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { cwd: root, env: { ...process.env, ...env } });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /dashboard at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (c) => reject(new Error(`serve exited with ${c}: ${out}`)));
    setTimeout(() => reject(new Error(`serve printed no dashboard URL: ${out}`)), 20_000);
  });
  return { child, base };
}

async function stop(child: ChildProcessWithoutNullStreams | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

describe.runIf(haveChromium || Boolean(process.env.CI))('the dashboard in a browser', () => {
  let server: ChildProcessWithoutNullStreams | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  const api = async <T>(p: string, init?: RequestInit): Promise<T> => (await fetch(`${base}${p}`, init)).json() as Promise<T>;
  const shot = (name: string) => page.screenshot({ path: path.join(images, `${name}.png`) });

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`no chromium at ${CHROMIUM}: CI must install it (.ci/run does: apt-get install -y chromium) or set ENTENTE_CHROMIUM`);
    if (!existsSync(path.join(root, 'dist', 'web', 'index.html'))) throw new Error('the dashboard is not built (dist/web): run `npm run build` first');
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'entente-dashboard-')), 'd.duckdb');
    // asynchronously: a worker blocked in spawnSync cannot answer vitest, which times out on a busy machine
    await new Promise<void>((resolve, reject) => {
      const ingest = spawn(process.execPath, [bin, 'ingest', 'examples', '--db', db, '--quiet'], { cwd: root });
      let err = '';
      ingest.stderr.on('data', (d) => {
        err += d;
      });
      ingest.on('error', reject);
      ingest.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ingest exited with ${code}: ${err}`))));
    });
    ({ child: server, base } = await serve(db, { ENTENTE_TOKEN: TOKEN }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    mkdirSync(images, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stop(server);
  });

  it('draws the relations network of the example data, one edge per pair, coloured by Goldstein', async () => {
    const graph = await api<{ nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string; goldsteinMean: number; events: number }> }>('/api/graph');
    const pairs = new Set(graph.edges.map((e) => [e.source, e.target].sort().join(' ')));
    await page.goto(`${base}/`);
    await page.locator('svg.network .edge').first().waitFor();
    expect(await page.locator('svg.network .node').count()).toBe(graph.nodes.length);
    expect(await page.locator('svg.network .edge').count()).toBe(pairs.size);
    expect(new Set(await page.locator('svg.network .edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair'))))).toEqual(pairs);
    // cooperation is drawn green, conflict red (hue of the HSL colour)
    const hue = async (pair: string) => Number(/hsl\((\d+)/.exec((await page.locator(`[data-pair="${pair}"] .edge-line`).getAttribute('stroke')) ?? '')?.[1]);
    const mean = (a: string, b: string) => {
      const es = graph.edges.filter((e) => [e.source, e.target].sort().join(' ') === [a, b].sort().join(' '));
      return es.reduce((s, e) => s + e.goldsteinMean * e.events, 0) / es.reduce((s, e) => s + e.events, 0);
    };
    expect(mean('BOL', 'USA')).toBeGreaterThan(0);
    expect(await hue('BOL USA')).toBeGreaterThan(60);
    const conflict = [...pairs].find((p) => mean(...(p.split(' ') as [string, string])) < -1);
    expect(conflict).toBeDefined();
    expect(await hue(conflict as string)).toBeLessThan(60);
    await shot('network');

    // a window of November 2025 only keeps the Bolivia article's pairs and drops June's EU–Belarus ones
    const inNov = await api<{ edges: Array<{ source: string; target: string }> }>('/api/graph?since=2025-11-01&until=2025-11-30');
    const { firstEventDay } = await api<{ firstEventDay: string }>('/api/stats');
    const [y0, m0] = firstEventDay.split('-').map(Number) as [number, number];
    const nov2025 = String((2025 - y0) * 12 + (11 - m0)); // the slider moves by month from the earliest event's
    await page.locator('input[aria-label="window start"]').fill(nov2025);
    await page.locator('input[aria-label="window end"]').fill(nov2025);
    await expect.poll(() => page.getByTestId('window-from').textContent()).toBe('2025-11');
    expect(await page.getByTestId('window-to').textContent()).toBe('2025-11');
    await expect.poll(() => page.locator('svg.network .edge').count()).toBe(new Set(inNov.edges.map((e) => [e.source, e.target].sort().join(' '))).size);
    expect(await page.locator('[data-pair="BLR IGOEUR"]').count()).toBe(0);
    expect(await page.locator('[data-pair="BOL USA"]').count()).toBe(1);

    // nodes with their sectors: the API's sector-level pairs for the same window
    const sectors = await api<{ edges: Array<{ source: string; target: string }> }>('/api/graph?since=2025-11-01&until=2025-11-30&level=sector');
    await page.locator('select[name="level"]').selectOption('sector');
    await page.locator('svg.network .node[data-actor="USAGOV"]').waitFor();
    expect(new Set(await page.locator('svg.network .edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair'))))).toEqual(
      new Set(sectors.edges.map((e) => [e.source, e.target].sort().join(' '))),
    );
  });

  it("opens the USA–BOL dyad from its edge: the timeline and the seed article's events", async () => {
    await page.goto(`${base}/`);
    // the edge's own click handler: Playwright's pointer click waits for an SVG group to be "stable",
    // which under a loaded CI machine spun until the timeout although the layout is computed once
    await page.locator('[data-pair="BOL USA"]').dispatchEvent('click');
    await page.waitForURL(/\/dyad\/(USA\/BOL|BOL\/USA)$/);
    await page.locator('.event-row').first().waitFor();
    await page.locator('.timeline svg .period').first().waitFor();
    // the rows are the seed article's USA/BOL events, deduplicated
    const [seed] = await api<Array<{ id: string }>>('/api/articles?q=Landau%20Bolivia');
    const article = await api<{ events: Array<{ source_actor: string; target_actor: string | null; code: string }> }>(`/api/articles/${seed?.id}`);
    const between = (a: string, b: string | null) => (a.startsWith('USA') && b?.startsWith('BOL')) || (a.startsWith('BOL') && b?.startsWith('USA'));
    const expected = new Set(article.events.filter((e) => between(e.source_actor, e.target_actor)).map((e) => `${e.source_actor} ${e.code} ${e.target_actor}`));
    expect(expected.size).toBeGreaterThan(3);
    const rows = await page.locator('.event-row').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')));
    expect(new Set(rows.map((r) => `${r[1]} ${r[3]} ${r[2]}`))).toEqual(expected);
    await shot('dyad');
  });

  it('opens an actor from its node: its partners with events each way as the API counts them, and its events', async () => {
    const graph = await api<{ edges: Array<{ source: string; target: string; events: number }> }>('/api/graph');
    const expected = new Map<string, [number, number]>();
    for (const e of graph.edges) {
      if (e.source === e.target || (e.source !== 'BOL' && e.target !== 'BOL')) continue;
      const other = e.source === 'BOL' ? e.target : e.source;
      const c = expected.get(other) ?? [0, 0];
      c[e.source === 'BOL' ? 0 : 1] += e.events;
      expected.set(other, c);
    }
    expect(expected.get('USA')?.[0]).toBeGreaterThan(0);
    await page.goto(`${base}/`);
    await page.locator('svg.network .node[data-actor="BOL"]').dispatchEvent('click');
    await page.waitForURL(/\/actor\/BOL$/);
    await page.locator('.partner-row').first().waitFor();
    const rows = await page.locator('.partner-row').evaluateAll((trs) =>
      trs.map(
        (tr) =>
          [
            tr.getAttribute('data-partner') ?? '',
            Array.from(tr.querySelectorAll('td.num'))
              .slice(0, 2)
              .map((td) => Number(td.textContent)),
          ] as const,
      ),
    );
    expect(new Map(rows.map(([k, v]) => [k, v]))).toEqual(expected);
    // every event listed involves Bolivia
    await page.locator('.event-row').first().waitFor();
    const sides = await page.locator('.event-row').evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'))
          .slice(1, 3)
          .map((td) => td.textContent?.trim() ?? ''),
      ),
    );
    expect(sides.length).toBeGreaterThan(3);
    for (const [source, target] of sides) expect(source?.startsWith('BOL') || target?.startsWith('BOL')).toBe(true);
    await shot('actor');
    await page.locator('.partner-row[data-partner="USA"] a').first().click();
    await page.waitForURL(/\/dyad\/BOL\/USA$/);
  });

  it('shows an event with its sentence, source, target and trigger highlighted, the rule and the confidence', async () => {
    await page.goto(`${base}/dyad/USA/BOL`);
    const link = page.locator('.event-row td a').first();
    await link.click();
    await page.waitForURL(/\/event\/[0-9a-f]+$/);
    const id = page.url().split('/').pop() as string;
    await page.locator('.mention .sentence').first().waitFor();
    const event = await api<{
      mentions: Array<{
        id: string;
        sentence: { text: string };
        source: { text: string };
        target: { text: string } | null;
        trigger: { text: string };
        rule: string;
        confidence: number;
      }>;
    }>(`/api/events/${id}`);
    const m = event.mentions[0];
    if (!m) throw new Error(`event ${id} has no mentions`);
    const card = page.locator('.mention').first();
    expect(await card.locator('.sentence').textContent()).toBe(m.sentence.text);
    const marked = (kind: string) => card.locator(`.sentence .hl-${kind}`).evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(await marked('source')).toBe(m.source.text);
    expect(await marked('trigger')).toBe(m.trigger.text);
    if (m.target) expect(await marked('target')).toBe(m.target.text);
    expect(await card.locator('.rule').textContent()).toBe(m.rule);
    expect(await card.locator('.confidence').textContent()).toBe(m.confidence.toFixed(2));
    await shot('event');

    // its article, with that sentence marked and entities, quotations (with speakers) and events highlighted
    await card.locator('a.article-link').click();
    await page.waitForURL(/\/article\/[0-9a-f]+\?mention=/);
    await page.locator('.article-text .hl-focus').first().waitFor();
    expect(await page.locator('.article-text .hl-focus').evaluateAll((els) => els.map((e) => e.textContent).join(''))).toBe(m.sentence.text);
    for (const kind of ['entity', 'quote', 'speaker', 'source', 'trigger']) expect(await page.locator(`.article-text .hl-${kind}`).count(), kind).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('article');
    // a layer switched off leaves the text but drops its marks
    await page.getByRole('checkbox', { name: /Entities/ }).uncheck();
    expect(await page.locator('.article-text .hl-entity').count()).toBe(0);
  });

  it('codes a pasted article without storing it, and refuses to store it without the token', async () => {
    const text =
      'Egypt sent humanitarian aid to Sudan on Monday. Sudan’s army chief Abdel Fattah al-Burhan thanked Egypt. “We will not forget this help,” Burhan said in Port Sudan.';
    const before = await api<{ articles: number }>('/api/stats');
    await page.goto(`${base}/code`);
    await page.locator('input[name="date"]').fill('2026-01-05');
    await page.locator('textarea[name="text"]').fill(text);
    await page.getByRole('button', { name: 'Code it' }).click();
    await page.getByTestId('coded').waitFor();
    const coded = await api<{ entities: unknown[]; quotes: unknown[]; events: Array<{ trigger: { text: string } }> }>('/api/code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2026-01-05', text }),
    });
    expect(coded.events.length).toBeGreaterThan(0);
    const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
    expect(await page.locator('.summary').textContent()).toBe(
      `Found ${n(coded.entities.length, 'entity', 'entities')}, ${n(coded.quotes.length, 'quotation')} and ${n(coded.events.length, 'event')}.`,
    );
    expect(await page.locator('.article-text').textContent()).toBe(text);
    expect(await page.locator('.article-text .hl-trigger').count()).toBeGreaterThan(0);
    expect(await page.locator('.event-item').count()).toBe(coded.events.length);
    await shot('code');
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles);

    // a write without the token is refused, and says why
    await page.getByRole('button', { name: 'Store the article' }).click();
    await expect.poll(() => page.locator('.store [role="alert"]').textContent()).toMatch(/401: writes need the bearer token/);
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles);
    const raw = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2026-01-05', text }) });
    expect(raw.status).toBe(401);
    // with it, the article is stored
    await page.locator('input[name="token"]').fill(TOKEN);
    await page.getByRole('button', { name: 'Store the article' }).click();
    await page.locator('.store [role="status"].ok').waitFor();
    expect((await api<{ articles: number }>('/api/stats')).articles).toBe(before.articles + 1);
  });

  it('browses quotations by speaker and by actor', async () => {
    await page.goto(`${base}/quotes`);
    await page.locator('.speaker-group').first().waitFor();
    const all = await api<unknown[]>('/api/quotes?limit=2000');
    expect(await page.locator('.quote-groups blockquote').count()).toBe(all.length);
    await page.locator('input[name="speaker"]').fill('Landau');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/speaker=Landau/);
    const landau = await api<Array<{ speaker_name: string }>>('/api/quotes?speaker=Landau');
    expect(landau.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.quote-groups blockquote').count()).toBe(landau.length);
    expect(await page.locator('.speaker-group h2').allTextContents()).toEqual([...new Set(landau.map((q) => q.speaker_name))].map((n) => expect.stringContaining(n)));
    await shot('quotes');
    await page.goto(`${base}/quotes?actor=USA`);
    await page.locator('.speaker-group').first().waitFor();
    expect((await page.locator('.speaker-group h2 code').allTextContents()).every((c) => c.startsWith('USA'))).toBe(true);
  });

  it('searches the articles, and shows errors and empty results instead of a blank page', async () => {
    await page.goto(`${base}/articles?q=Landau%20Bolivia`);
    await page.locator('.article-list li').first().waitFor();
    expect(await page.locator('.article-list li').count()).toBe(1);
    await shot('articles');
    await page.goto(`${base}/articles?q=no-such-word-anywhere`);
    expect(await page.locator('.empty').textContent()).toMatch(/No article contains every word/);
    await page.goto(`${base}/event/nope`);
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/404: no event nope/);
    await page.goto(`${base}/no/such/page`);
    expect(await page.locator('.empty').textContent()).toMatch(/There is no page/);
  });

  it('keeps the API under /api next to the app (JSON 404s there, index.html for the app’s paths)', async () => {
    const missing = await fetch(`${base}/api/nothing`);
    expect([missing.status, ((await missing.json()) as { error: string }).error]).toEqual([404, 'not_found']);
    const appPage = await fetch(`${base}/dyad/USA/BOL`);
    expect([appPage.status, appPage.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('asks for the read token when the server closes reads, then shows an empty store as empty', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'entente-dashboard-')), 'empty.duckdb');
    const closed = await serve(db, { ENTENTE_READ_TOKEN: 'r3ad' });
    try {
      const tab = await (browser as Browser).newPage();
      await tab.goto(`${closed.base}/`);
      await tab.locator('[role="alert"]').waitFor();
      expect(await tab.locator('[role="alert"]').textContent()).toMatch(/401: reads need the bearer token/);
      await tab.locator('input[name="read-token"]').fill('r3ad');
      await tab.getByRole('button', { name: 'Use it' }).click();
      await tab.locator('.empty').waitFor();
      expect(await tab.locator('.empty').textContent()).toMatch(/The store holds no articles yet/);
      await tab.close();
    } finally {
      await stop(closed.child);
    }
  });
});
