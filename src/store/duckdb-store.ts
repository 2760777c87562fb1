/**
 * @module The embedded store on DuckDB (@duckdb/node-api): the only file with SQL for it. One
 * writer; every ingest batch is one transaction, written through DuckDB's appender; articles are
 * idempotent by content hash (the same article again adds nothing; a changed one replaces its
 * records).
 */
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../core/errors.js';
import { contentId } from '../core/hash.js';
import type { CodedArticle } from '../core/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type {
  ArticleSummary,
  DyadRow,
  EventDetail,
  EventFilter,
  EventMentionDetail,
  EventStore,
  GraphEdge,
  IngestResult,
  Period,
  QuoteFilter,
  StoredEvent,
  StoreStats,
} from './store.js';

/** What identifies an article's content: re-ingesting the same content is a no-op. */
export function contentHash(a: CodedArticle): string {
  return contentId(a.date, a.text, a.url, a.title, a.coder.version);
}

/** The outlet an article came from, for NumSources: its URL's host, else null. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

type Row = Record<string, DuckDBValue>;

/** Adds the conditions for events whose day (or date range) meets the window [since, until]. */
function inWindow(where: string[], values: DuckDBValue[], since: string | undefined, until: string | undefined): void {
  if (since) {
    where.push('coalesce(day, range_end) >= cast(? as date)');
    values.push(since);
  }
  if (until) {
    where.push('coalesce(day, range_start) <= cast(? as date)');
    values.push(until);
  }
}
const num = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A row of the events view as a StoredEvent. */
function storedEvent(r: Row): StoredEvent {
  return {
    id: String(r.id),
    source: String(r.source_actor),
    target: str(r.target_actor),
    code: String(r.code),
    root: String(r.root),
    quad: num(r.quad),
    goldstein: num(r.goldstein),
    plover: str(r.plover_type),
    day: str(r.day),
    rangeStart: str(r.range_start),
    rangeEnd: str(r.range_end),
    numMentions: num(r.num_mentions),
    numSources: num(r.num_sources),
    numArticles: num(r.num_articles),
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
  };
}

export class DuckDbStore implements EventStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly db: DuckDBConnection,
    readonly path: string,
  ) {}

  /** Opens (creating if needed) a store file, or ':memory:', and brings its schema up to date. */
  static async open(path: string, options: { waitSeconds?: number } = {}): Promise<DuckDbStore> {
    let instance: DuckDBInstance | null = null;
    const deadline = Date.now() + (options.waitSeconds ?? 0) * 1000;
    for (;;) {
      try {
        instance = await DuckDBInstance.create(path);
        break;
      } catch (e) {
        const message = (e as Error).message;
        const lock = /lock/i.test(message);
        if (lock && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        if (lock) {
          const pid = /PID (\d+)/.exec(message)?.[1];
          throw new StoreError(`the store ${path} is in use by another process${pid ? ` (PID ${pid})` : ''}`, 'wait for it to finish, pass --wait SECONDS, or use another --db');
        }
        throw new StoreError(`cannot open the store ${path}: ${message.split('\n')[0]}`, 'check the path, that its folder exists and is writable, and that the disk has room');
      }
    }
    const store = new DuckDbStore(instance as DuckDBInstance, await (instance as DuckDBInstance).connect(), path);
    await store.migrate();
    return store;
  }

  private async rows(sql: string, values?: DuckDBValue[]): Promise<Row[]> {
    const r = await this.db.runAndReadAll(sql, values);
    return r.getRowObjects() as Row[];
  }

  private async migrate(): Promise<void> {
    await this.db.run('create table if not exists meta (key varchar primary key, value varchar)');
    const [row] = await this.rows(`select value from meta where key = 'schema_version'`);
    let version = row ? Number(row.value) : 0;
    if (version > SCHEMA_VERSION) throw new StoreError(`the store ${this.path} has schema version ${version}, newer than this Entente (${SCHEMA_VERSION})`, 'upgrade Entente');
    for (const m of MIGRATIONS) {
      if (m.version <= version) continue;
      await this.db.run('begin transaction');
      try {
        await this.db.run(m.sql);
        await this.db.run(`insert or replace into meta values ('schema_version', ?)`, [String(m.version)]);
        await this.db.run('commit');
      } catch (e) {
        await this.db.run('rollback');
        throw new StoreError(`migration to schema version ${m.version} failed: ${(e as Error).message}`);
      }
      version = m.version;
    }
  }

  async ingest(batch: readonly CodedArticle[]): Promise<IngestResult> {
    if (batch.length === 0) return { added: 0, replaced: 0, unchanged: 0, eventMentions: 0 };
    let added = 0;
    let replaced = 0;
    let unchanged = 0;
    let eventMentions = 0;
    await this.db.run('begin transaction');
    try {
      // what is stored already, for these ids
      const ids = [...new Set(batch.map((a) => a.id))];
      const known = new Map<string, string>();
      for (let k = 0; k < ids.length; k += 1000) {
        const part = ids.slice(k, k + 1000);
        for (const r of await this.rows(`select id, content_hash from articles where id in (${part.map(() => '?').join(',')})`, part))
          known.set(String(r.id), String(r.content_hash));
      }
      const toWrite: CodedArticle[] = [];
      const seenInBatch = new Map<string, string>();
      for (const a of batch) {
        const h = contentHash(a);
        if (known.get(a.id) === h || seenInBatch.get(a.id) === h) {
          unchanged++;
          continue;
        }
        if (known.has(a.id) || seenInBatch.has(a.id)) replaced++;
        else added++;
        seenInBatch.set(a.id, h);
        toWrite.push(a);
      }
      const last = new Map(toWrite.map((a) => [a.id, a])); // within a batch, the last version of an id wins
      // a changed article replaces all its records (an id new to the store has none yet)
      const stale = [...last.keys()].filter((id) => known.has(id));
      for (let k = 0; k < stale.length; k += 1000) {
        const part = stale.slice(k, k + 1000);
        const marks = part.map(() => '?').join(',');
        for (const t of ['event_mentions', 'quotes', 'mentions', 'entities']) await this.db.run(`delete from ${t} where article_id in (${marks})`, part);
        await this.db.run(`delete from articles where id in (${marks})`, part);
      }
      const apps = {
        articles: await this.db.createAppender('articles'),
        entities: await this.db.createAppender('entities'),
        mentions: await this.db.createAppender('mentions'),
        quotes: await this.db.createAppender('quotes'),
        events: await this.db.createAppender('event_mentions'),
      };
      try {
        for (const a of last.values()) eventMentions += this.append(apps, a, seenInBatch.get(a.id) as string);
        for (const ap of Object.values(apps)) ap.flushSync();
      } finally {
        for (const ap of Object.values(apps)) ap.closeSync();
      }
      await this.db.run('commit');
    } catch (e) {
      await this.db.run('rollback').catch(() => undefined);
      const message = (e as Error).message.split('\n')[0] ?? '';
      const hint = /space left|ENOSPC|disk full/i.test(message)
        ? 'free disk space, or use --db on another disk, then run again'
        : /read-only|permission/i.test(message)
          ? 'make the store writable, or use another --db'
          : 'run again; articles already stored are kept';
      throw new StoreError(`ingest failed, nothing of this batch was stored: ${message}`, hint);
    }
    return { added, replaced, unchanged, eventMentions };
  }

  /** Appends one article and its records; `hash` is its content hash. */
  private append(apps: Record<'articles' | 'entities' | 'mentions' | 'quotes' | 'events', DuckDBAppender>, a: CodedArticle, hash: string): number {
    const v = (ap: DuckDBAppender, x: string | number | null | undefined, kind: 'varchar' | 'int' | 'double' | 'date' = 'varchar') => {
      if (x === null || x === undefined) ap.appendNull();
      else if (kind === 'int') ap.appendInteger(x as number);
      else if (kind === 'double') ap.appendDouble(x as number);
      else ap.appendVarchar(String(x));
    };
    const outlet = outletOf(a.url);
    const ar = apps.articles;
    for (const [x, k] of [
      [a.id],
      [hash],
      [a.date],
      [a.url],
      [a.title],
      [outlet],
      [a.text],
      [a.origin?.file ?? null],
      [a.origin?.line ?? null, 'int'],
      [null],
      [a.coder.version],
    ] as Array<[string | number | null, 'int' | undefined]>)
      v(ar, x, k);
    ar.appendDefault();
    ar.endRow();
    a.entities.forEach((e, i) => {
      const ap = apps.entities;
      v(ap, a.id);
      v(ap, i, 'int');
      v(ap, e.start, 'int');
      v(ap, e.end, 'int');
      v(ap, e.text);
      v(ap, e.type);
      v(ap, e.name);
      v(ap, e.actor);
      v(ap, e.role ?? null);
      v(ap, e.referent ?? null, 'int');
      v(ap, e.form ?? null);
      v(ap, e.rule ?? null);
      ap.endRow();
    });
    a.mentions.forEach((m, i) => {
      const ap = apps.mentions;
      v(ap, a.id);
      v(ap, i, 'int');
      v(ap, m.start, 'int');
      v(ap, m.end, 'int');
      v(ap, m.text);
      v(ap, m.actor);
      v(ap, m.entity, 'int');
      v(ap, m.rule);
      ap.endRow();
    });
    a.quotes.forEach((q, i) => {
      const ap = apps.quotes;
      v(ap, a.id);
      v(ap, i, 'int');
      v(ap, q.start, 'int');
      v(ap, q.end, 'int');
      v(ap, q.text);
      v(ap, q.kind);
      v(ap, q.speaker?.text ?? null);
      v(ap, q.speaker?.name ?? null);
      v(ap, q.speaker?.actor ?? null);
      v(ap, q.speaker?.start ?? null, 'int');
      v(ap, q.speaker?.end ?? null, 'int');
      v(ap, q.cue?.text ?? null);
      v(ap, q.cue?.start ?? null, 'int');
      v(ap, q.cue?.end ?? null, 'int');
      ap.endRow();
    });
    for (const e of a.events) {
      const ap = apps.events;
      for (const [x, k] of [
        [e.id],
        [a.id],
        [e.sentence.index, 'int'],
        [e.sentence.start, 'int'],
        [e.sentence.end, 'int'],
        [e.source.actor],
        [e.source.text],
        [e.source.start, 'int'],
        [e.source.end, 'int'],
        [e.target?.actor ?? null],
        [e.target?.text ?? null],
        [e.target?.start ?? null, 'int'],
        [e.target?.end ?? null, 'int'],
        [e.code],
        [e.root],
        [e.quad, 'int'],
        [e.goldstein, 'double'],
        [e.plover?.type ?? null],
        [e.plover?.mode ?? null],
        [e.date],
        [e.dateRange?.[0] ?? null],
        [e.dateRange?.[1] ?? null],
        [e.place?.name ?? null],
        [e.place?.country ?? null],
        [e.place?.lat ?? null, 'double'],
        [e.place?.lon ?? null, 'double'],
        [e.trigger.text],
        [e.trigger.start, 'int'],
        [e.trigger.end, 'int'],
        [e.attributedTo?.text ?? null],
        [e.rule],
        [e.confidence, 'double'],
        [a.date],
        [outlet],
        [e.plover?.contexts?.join(' ') ?? null],
      ] as Array<[string | number | null, 'int' | 'double' | undefined]>)
        v(ap, x, k);
      ap.endRow();
    }
    return a.events.length;
  }

  async events(f: EventFilter = {}): Promise<StoredEvent[]> {
    const where: string[] = [];
    const values: DuckDBValue[] = [];
    if (f.actor) {
      where.push("(starts_with(source_actor, ?) or starts_with(coalesce(target_actor, ''), ?))");
      values.push(f.actor, f.actor);
    }
    if (f.source) {
      where.push('starts_with(source_actor, ?)');
      values.push(f.source);
    }
    if (f.target) {
      where.push("starts_with(coalesce(target_actor, ''), ?)");
      values.push(f.target);
    }
    if (f.code) {
      where.push('starts_with(code, ?)');
      values.push(f.code);
    }
    inWindow(where, values, f.since, f.until);
    const sql = `select * from events ${where.length ? `where ${where.join(' and ')}` : ''}
      order by coalesce(day, range_start), source_actor, target_actor, code limit ${Math.max(0, Math.floor(f.limit ?? 1000))} offset ${Math.max(0, Math.floor(f.offset ?? 0))}`;
    return (await this.rows(sql, values)).map(storedEvent);
  }

  async event(id: string): Promise<EventDetail | null> {
    const [e] = await this.rows('select * from events where id = ? or list_contains(mention_ids, ?) limit 1', [id, id]);
    if (!e) return null;
    // its mentions: mention ids are unique within an article only, so the event's key is matched too
    const rows = await this.rows(
      `with e as (select * from events where id = ? or list_contains(mention_ids, ?) limit 1)
       select m.*, strftime(m.date, '%Y-%m-%d') as day, strftime(m.range_start, '%Y-%m-%d') as range_from, strftime(m.range_end, '%Y-%m-%d') as range_to, a.title, a.url, a.text as article_text
       from e join event_mentions m on list_contains(e.mention_ids, m.id) and m.source_actor = e.source_actor and m.target_actor is not distinct from e.target_actor and m.code = e.code
         join articles a on a.id = m.article_id
       order by m.article_date, m.article_id, m.sentence_idx, m.trigger_start`,
      [id, id],
    );
    const span = (text: string, start: unknown, end: unknown) => ({ start: num(start), end: num(end), text: text.slice(num(start), num(end)) });
    const mentions: EventMentionDetail[] = rows.map((r) => {
      const text = String(r.article_text);
      return {
        id: String(r.id),
        articleId: String(r.article_id),
        articleDate: String(r.article_date),
        title: str(r.title),
        url: str(r.url),
        sentence: { index: num(r.sentence_idx), ...span(text, r.sentence_start, r.sentence_end) },
        source: { actor: String(r.source_actor), ...span(text, r.source_start, r.source_end) },
        target: r.target_actor === null || r.target_start === null ? null : { actor: String(r.target_actor), ...span(text, r.target_start, r.target_end) },
        trigger: span(text, r.trigger_start, r.trigger_end),
        attributedTo: str(r.attributed_to),
        date: str(r.day),
        dateRange: r.range_from === null || r.range_to === null ? null : [String(r.range_from), String(r.range_to)],
        rule: String(r.rule),
        confidence: num(r.confidence),
      };
    });
    return { ...storedEvent(e), mentions };
  }

  async dyad(a: string, b: string, by: Period): Promise<DyadRow[]> {
    const rows = await this.rows(
      `select strftime(date_trunc('${by}', coalesce(day, range_start)), '%Y-%m-%d') as period, sum(num_mentions) as events,
         sum(case when quad = 1 then num_mentions else 0 end) as q1, sum(case when quad = 2 then num_mentions else 0 end) as q2,
         sum(case when quad = 3 then num_mentions else 0 end) as q3, sum(case when quad = 4 then num_mentions else 0 end) as q4,
         sum(goldstein * num_mentions) as gsum
       from events
       where (starts_with(source_actor, ?) and starts_with(coalesce(target_actor, ''), ?)) or (starts_with(source_actor, ?) and starts_with(coalesce(target_actor, ''), ?))
       group by 1 order by 1`,
      [a, b, b, a],
    );
    return rows.map((r) => {
      const events = num(r.events);
      const gsum = num(r.gsum);
      return {
        period: String(r.period),
        events,
        quad1: num(r.q1),
        quad2: num(r.q2),
        quad3: num(r.q3),
        quad4: num(r.q4),
        goldsteinSum: Math.round(gsum * 100) / 100,
        goldsteinMean: events ? Math.round((gsum / events) * 100) / 100 : 0,
        netCooperation: num(r.q1) + num(r.q2) - num(r.q3) - num(r.q4),
      };
    });
  }

  async actors(limit = 50): Promise<Array<{ actor: string; mentions: number; articles: number }>> {
    return (await this.rows(`select * from actors order by mentions desc, actor limit ${Math.max(0, Math.floor(limit))}`)).map((r) => ({
      actor: String(r.actor),
      mentions: num(r.mentions),
      articles: num(r.articles),
    }));
  }

  async quotes(f: QuoteFilter = {}): Promise<Array<Record<string, unknown>>> {
    const where: string[] = [];
    const values: DuckDBValue[] = [];
    if (f.speaker) {
      where.push('(speaker_name ilike ? or speaker_text ilike ?)');
      values.push(`%${f.speaker}%`, `%${f.speaker}%`);
    }
    if (f.actor) {
      where.push("starts_with(coalesce(speaker_actor, ''), ?)");
      values.push(f.actor);
    }
    const rows = await this.rows(
      `select q.article_id, a.date, q.kind, q.speaker_name, q.speaker_actor, q.cue_text, q.text from quotes q join articles a on a.id = q.article_id
       ${where.length ? `where ${where.join(' and ')}` : ''} order by a.date, q.article_id, q.idx limit ${Math.max(0, Math.floor(f.limit ?? 1000))}`,
      values,
    );
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, x]) => [k, typeof x === 'bigint' ? Number(x) : x === null ? null : String(x)])));
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.rows(`select
      (select count(*) from articles) as articles, (select count(*) from event_mentions) as em, (select count(*) from events) as ev,
      (select count(*) from quotes) as q, (select count(*) from entities) as en,
      (select strftime(min(date), '%Y-%m-%d') from articles) as first_day, (select strftime(max(date), '%Y-%m-%d') from articles) as last_day,
      (select strftime(min(coalesce(day, range_start)), '%Y-%m-%d') from events) as first_event_day,
      (select strftime(max(coalesce(day, range_end)), '%Y-%m-%d') from events) as last_event_day`);
    return {
      articles: num(r?.articles),
      eventMentions: num(r?.em),
      events: num(r?.ev),
      quotes: num(r?.q),
      entities: num(r?.en),
      firstDay: str(r?.first_day),
      lastDay: str(r?.last_day),
      firstEventDay: str(r?.first_event_day),
      lastEventDay: str(r?.last_event_day),
      schemaVersion: SCHEMA_VERSION,
    };
  }

  async articles(options: { limit?: number; offset?: number; q?: string } = {}): Promise<ArticleSummary[]> {
    const values: DuckDBValue[] = [];
    let where = '';
    if (options.q) {
      // full-text search without extensions: every word of the query, case-insensitive, ranked by hits
      const words = options.q.split(/\s+/).filter(Boolean).slice(0, 8);
      where = `where ${words.map(() => 'a.text ilike ?').join(' and ')}`;
      for (const w of words) values.push(`%${w}%`);
    }
    const rows = await this.rows(
      `select a.id, strftime(a.date, '%Y-%m-%d') as date, a.title, a.url, a.outlet, left(a.text, 240) as snippet,
         (select count(*) from event_mentions m where m.article_id = a.id) as events, (select count(*) from quotes q where q.article_id = a.id) as quotes
       from articles a ${where} order by a.date desc, a.id limit ${Math.max(0, Math.floor(options.limit ?? 50))} offset ${Math.max(0, Math.floor(options.offset ?? 0))}`,
      values,
    );
    return rows.map((r) => ({
      id: String(r.id),
      date: String(r.date),
      title: str(r.title),
      url: str(r.url),
      outlet: str(r.outlet),
      snippet: String(r.snippet),
      events: num(r.events),
      quotes: num(r.quotes),
    }));
  }

  async article(id: string): Promise<Record<string, unknown> | null> {
    const [a] = await this.rows(`select id, strftime(date, '%Y-%m-%d') as date, title, url, outlet, text, coder_version from articles where id = ?`, [id]);
    if (!a) return null;
    const plain = (rows: Row[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v === null ? null : typeof v === 'object' ? String(v) : v])));
    return {
      ...plain([a])[0],
      entities: plain(await this.rows('select * exclude (article_id) from entities where article_id = ? order by idx', [id])),
      quotes: plain(await this.rows('select * exclude (article_id) from quotes where article_id = ? order by idx', [id])),
      events: plain(await this.rows('select * exclude (article_id) from event_mentions where article_id = ? order by sentence_idx, trigger_start', [id])),
    };
  }

  async graph(options: {
    since?: string;
    until?: string;
    level: 'country' | 'sector';
    actor?: string;
  }): Promise<{ nodes: Array<{ id: string; events: number }>; edges: GraphEdge[] }> {
    const key = (col: string) =>
      options.level === 'country'
        ? `(case when starts_with(${col}, 'IGO') or starts_with(${col}, 'NGO') or starts_with(${col}, 'IMG') then left(${col}, 6) else left(${col}, 3) end)`
        : col;
    const where: string[] = ['target_actor is not null'];
    const values: DuckDBValue[] = [];
    inWindow(where, values, options.since, options.until);
    if (options.actor !== undefined) {
      where.push(`(${key('source_actor')} = ? or ${key('target_actor')} = ?)`);
      values.push(options.actor, options.actor);
    }
    const rows = await this.rows(
      `select ${key('source_actor')} as s, ${key('target_actor')} as t, sum(num_mentions) as n,
         sum(case when quad = 1 then num_mentions else 0 end) as q1, sum(case when quad = 2 then num_mentions else 0 end) as q2,
         sum(case when quad = 3 then num_mentions else 0 end) as q3, sum(case when quad = 4 then num_mentions else 0 end) as q4,
         sum(goldstein * num_mentions) / sum(num_mentions) as g
       from events where ${where.join(' and ')} group by 1, 2 having s <> t order by n desc`,
      values,
    );
    const edges = rows.map((r) => ({
      source: String(r.s),
      target: String(r.t),
      events: num(r.n),
      quad1: num(r.q1),
      quad2: num(r.q2),
      quad3: num(r.q3),
      quad4: num(r.q4),
      goldsteinMean: Math.round(num(r.g) * 100) / 100,
    }));
    const counts = new Map<string, number>();
    for (const e of edges) for (const n of [e.source, e.target]) counts.set(n, (counts.get(n) ?? 0) + e.events);
    return { nodes: [...counts].map(([id, events]) => ({ id, events })).sort((a, b) => b.events - a.events), edges };
  }

  /** Runs a read-only export query into a file with DuckDB's COPY (CSV or Parquet). */
  async copyTo(select: string, file: string, format: 'csv' | 'parquet'): Promise<void> {
    const escaped = file.replace(/'/g, "''");
    await this.db.run(`copy (${select}) to '${escaped}' (${format === 'csv' ? "header, delimiter ','" : 'format parquet'})`);
  }

  /** Rows of a read-only query, for exporters. */
  async query(select: string, values?: DuckDBValue[]): Promise<Row[]> {
    return this.rows(select, values);
  }

  async close(): Promise<void> {
    this.db.closeSync();
    this.instance.closeSync();
  }
}
