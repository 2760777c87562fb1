/**
 * @module Exports of the store in the formats analysts load: GDELT 2.0 event and mention tables
 * (tab-separated, GDELT's column order), PLOVER JSON Lines (one record per event mention, with the
 * text that supports it), and CSV or Parquet of the deduplicated events or the event mentions.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { DuckDbStore } from '../store/duckdb-store.js';

export type ExportFormat = 'gdelt-events' | 'gdelt-mentions' | 'gdelt' | 'plover' | 'csv' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gdelt-events', 'gdelt-mentions', 'gdelt', 'plover', 'csv', 'parquet'];

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) =>
    ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${a}${c}`),
  ),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${g}_${c}`)),
  'DATEADDED',
  'SOURCEURL',
];
export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
];

/** GDELT's numeric GLOBALEVENTID from our hex event id: its first 13 hex digits (52 bits, exact in a double). */
export const numericId = (hex: string): number => Number.parseInt(hex.slice(0, 13), 16);

/** A CAMEO actor code split as GDELT does: country (3 letters) or international prefix, then types. */
export function splitActor(code: string | null): { country: string; group: string; types: string[] } {
  if (!code) return { country: '', group: '', types: [] };
  const parts = code.match(/.{3}/g) ?? [];
  const international = /^(IGO|NGO|IMG|MNC)$/.test(parts[0] ?? '');
  const country = international ? '' : (parts[0] ?? '');
  const rest = international ? parts : parts.slice(1);
  const types = rest.filter((p) =>
    /^(GOV|MIL|REB|OPP|COP|JUD|BUS|MED|NGO|IGO|CVL|LEG|PTY|SPY|ELI|EDU|LAB|HLH|REF|AGR|ENV|CRM|UAF|MNC|IMG|RAD|SET|MOD|INS|SEP|DEV|HRI|LAB|REL|UIS|ETH|IND)$/.test(p),
  );
  const group = international ? (rest.find((p) => !types.includes(p)) ?? '') : '';
  return { country, group, types: types.slice(0, 3) };
}

/** A PLOVER actor record: the country (or international) code and the sector apart, the CAMEO code kept. */
function ploverActor(text: unknown, code: unknown): Record<string, unknown> {
  const c = String(code);
  const s = splitActor(c);
  return { actorText: text, code: s.country || s.group || c.slice(0, 3), sector: s.types[0] ?? null, cameo: c };
}

const tsv = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\n\r]+/g, ' '));
const ymd = (d: unknown): string => (d ? String(d).slice(0, 10).replace(/-/g, '') : '');

async function writeLines(file: string, lines: AsyncIterable<string> | Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/** Writes the export; returns the files written with their row counts. */
export async function exportStore(store: DuckDbStore, format: ExportFormat, out: string, what: 'events' | 'mentions' = 'events'): Promise<Array<{ file: string; rows: number }>> {
  if (format === 'csv' || format === 'parquet') {
    const table = what === 'events' ? `select * exclude (mention_ids), array_to_string(mention_ids, ' ') as mention_ids from events` : 'select * from event_mentions';
    await store.copyTo(`${table} order by 1`, out, format);
    const [r] = await store.query(`select count(*) as n from (${table})`);
    return [{ file: out, rows: Number(r?.n ?? 0) }];
  }
  if (format === 'plover') {
    const rows = await store.query(`select m.*, a.url, a.title, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) as sentence
      from event_mentions m join articles a on a.id = m.article_id order by m.article_date, m.article_id, m.sentence_idx`);
    const n = await writeLines(
      out,
      rows.map((r) =>
        JSON.stringify({
          id: r.id,
          date: r.date ? String(r.date) : r.range_start ? String(r.range_start) : String(r.article_date),
          dateRange: r.range_start ? [String(r.range_start), String(r.range_end)] : null,
          source: [ploverActor(r.source_text, r.source_actor)],
          target: r.target_actor ? [ploverActor(r.target_text, r.target_actor)] : [],
          event: r.plover_type,
          mode: r.plover_mode,
          context: r.plover_contexts ? String(r.plover_contexts).split(' ').filter(Boolean) : [],
          cameo: r.code,
          eventText: r.trigger_text,
          eventLoc: r.place_name ? { name: r.place_name, country: r.place_country, lat: r.lat, lon: r.lon } : null,
          text: r.sentence,
          url: r.url,
          articleId: r.article_id,
          publicationDate: String(r.article_date),
          attributedTo: r.attributed_to,
          rule: r.rule,
          confidence: r.confidence,
        }),
      ),
    );
    return [{ file: out, rows: n }];
  }
  // GDELT 2.0: one events table (deduplicated) and one mentions table. gdelt-events and
  // gdelt-mentions write one table to the file named; gdelt writes both, beside each other.
  // GDELT's files have no header row: tools read the columns by position (GDELT_*_COLUMNS)
  const written: Array<{ file: string; rows: number }> = [];
  if (format !== 'gdelt-mentions') {
    const file = format === 'gdelt-events' ? out : `${out}.export.CSV`;
    const rows = await gdeltEventRows(store);
    await writeLines(file, rows);
    written.push({ file, rows: rows.length });
  }
  if (format !== 'gdelt-events') {
    const file = format === 'gdelt-mentions' ? out : `${out}.mentions.CSV`;
    const rows = await gdeltMentionRows(store);
    await writeLines(file, rows);
    written.push({ file, rows: rows.length });
  }
  return written;
}

/** GDELT 2.0 events table rows (61 tab-separated columns), one per deduplicated event. */
async function gdeltEventRows(store: DuckDbStore): Promise<string[]> {
  const events = await store.query(`select e.*, (select any_value(m.place_name) from event_mentions m where list_contains(e.mention_ids, m.id)) as place_name,
      (select any_value(m.place_country) from event_mentions m where list_contains(e.mention_ids, m.id)) as place_country,
      (select any_value(m.lat) from event_mentions m where list_contains(e.mention_ids, m.id)) as lat,
      (select any_value(m.lon) from event_mentions m where list_contains(e.mention_ids, m.id)) as lon,
      (select any_value(a.url) from event_mentions m join articles a on a.id = m.article_id where list_contains(e.mention_ids, m.id)) as url
    from events e order by coalesce(e.day, e.range_start), e.id`);
  return events.map((e) => {
    const day = String(e.day ?? e.range_start ?? e.first_seen).slice(0, 10);
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const a1 = splitActor(e.source_actor as string);
    const a2 = splitActor((e.target_actor as string | null) ?? null);
    const actor = (code: unknown, s: ReturnType<typeof splitActor>) => [code ?? '', '', s.country, s.group, '', '', '', s.types[0] ?? '', s.types[1] ?? '', s.types[2] ?? ''];
    const geo = e.place_name ? ['4', e.place_name, e.place_country ?? '', '', '', e.lat ?? '', e.lon ?? '', ''] : ['0', '', '', '', '', '', '', ''];
    const code = String(e.code);
    return [
      numericId(String(e.id)),
      ymd(day),
      `${y}${String(m).padStart(2, '0')}`,
      y,
      (y + ((m - 1) * 30.4 + d) / 365).toFixed(4),
      ...actor(e.source_actor, a1),
      ...actor(e.target_actor, a2),
      1,
      code,
      code.slice(0, 3),
      code.slice(0, 2),
      e.quad,
      e.goldstein,
      e.num_mentions,
      e.num_sources,
      e.num_articles,
      '',
      ...['0', '', '', '', '', '', '', ''],
      ...['0', '', '', '', '', '', '', ''],
      ...geo,
      ymd(e.last_seen),
      e.url ?? '',
    ]
      .map(tsv)
      .join('\t');
  });
}

/** GDELT 2.0 mentions table rows (16 columns), one per event mention. */
async function gdeltMentionRows(store: DuckDbStore): Promise<string[]> {
  const mentions = await store.query(`select m.*, e.id as event_id, a.url, a.outlet, length(a.text) as doc_len from event_mentions m
      join articles a on a.id = m.article_id
      join (select id, unnest(mention_ids) as mention_id from events) e on e.mention_id = m.id order by m.article_date, m.article_id`);
  return mentions.map((m) =>
    [
      numericId(String(m.event_id)),
      ymd(m.date ?? m.range_start ?? m.article_date),
      ymd(m.article_date),
      m.url ? 1 : 6,
      m.outlet ?? '',
      m.url ?? m.article_id,
      Number(m.sentence_idx) + 1,
      m.source_start,
      m.target_start ?? -1,
      m.trigger_start,
      1,
      Math.round(Number(m.confidence) * 100),
      m.doc_len,
      '',
      '',
      '',
    ]
      .map(tsv)
      .join('\t'),
  );
}
