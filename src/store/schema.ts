/**
 * @module The store's schema and its migrations. Each migration is SQL that takes the store from
 * one version to the next; `meta.schema_version` records where a store is. The `events` view
 * deduplicates event mentions: one event per source, target, code and day (or date range).
 */

export const SCHEMA_VERSION = 2;

export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
create table articles (
  id varchar primary key, content_hash varchar not null, date date not null, url varchar, title varchar,
  outlet varchar, text varchar not null, origin_file varchar, origin_line integer, language varchar,
  coder_version varchar, ingested_at timestamp default current_timestamp);
create table entities (
  article_id varchar not null, idx integer not null, start_off integer, end_off integer, text varchar,
  type varchar, name varchar, actor varchar, role varchar, referent integer, form varchar, rule varchar);
create table mentions (
  article_id varchar not null, idx integer not null, start_off integer, end_off integer, text varchar,
  actor varchar, entity integer, rule varchar);
create table quotes (
  article_id varchar not null, idx integer not null, start_off integer, end_off integer, text varchar, kind varchar,
  speaker_text varchar, speaker_name varchar, speaker_actor varchar, speaker_start integer, speaker_end integer,
  cue_text varchar, cue_start integer, cue_end integer);
create table event_mentions (
  id varchar not null, article_id varchar not null, sentence_idx integer, sentence_start integer, sentence_end integer,
  source_actor varchar not null, source_text varchar, source_start integer, source_end integer,
  target_actor varchar, target_text varchar, target_start integer, target_end integer,
  code varchar not null, root varchar not null, quad tinyint, goldstein double, plover_type varchar, plover_mode varchar,
  date date, range_start date, range_end date, place_name varchar, place_country varchar, lat double, lon double,
  trigger_text varchar, trigger_start integer, trigger_end integer, attributed_to varchar, rule varchar, confidence double,
  article_date date not null, outlet varchar);
create index event_mentions_article on event_mentions (article_id);
create index entities_article on entities (article_id);
create view events as
  select md5(concat_ws('|', source_actor, coalesce(target_actor, ''), code, coalesce(cast(day as varchar), cast(range_start as varchar) || '..' || cast(range_end as varchar)))) as id,
         source_actor, target_actor, code, any_value(root) as root, any_value(quad) as quad, any_value(goldstein) as goldstein,
         any_value(plover_type) as plover_type, day, range_start, range_end,
         count(*) as num_mentions, count(distinct coalesce(outlet, article_id)) as num_sources, count(distinct article_id) as num_articles,
         min(article_date) as first_seen, max(article_date) as last_seen, cast(null as double) as avg_tone,
         list(distinct id) as mention_ids
  from (select *, case when date is not null then date when range_start is null then article_date end as day from event_mentions)
  group by source_actor, target_actor, code, day, range_start, range_end;
create view actors as
  select actor, count(*) as mentions, count(distinct article_id) as articles from (
    select source_actor as actor, article_id from event_mentions union all select target_actor, article_id from event_mentions where target_actor is not null)
  group by actor;
`,
  },
  {
    // the PLOVER contexts of each event mention (space-separated), for the PLOVER export
    version: 2,
    sql: `alter table event_mentions add column plover_contexts varchar;`,
  },
];
