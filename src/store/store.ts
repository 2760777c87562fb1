/**
 * @module The store interface: what every back end (the embedded DuckDB one here, PostgreSQL when
 * scaled out) provides, so both pass the same tests. SQL lives only in the back ends.
 */
import type { CodedArticle } from '../core/types.js';

export interface IngestResult {
  /** Articles stored for the first time. */
  readonly added: number;
  /** Articles whose id was stored with other content: their records were replaced. */
  readonly replaced: number;
  /** Articles already stored with the same content: nothing written. */
  readonly unchanged: number;
  readonly eventMentions: number;
}

export interface EventFilter {
  /** Either side's actor code starts with this (BOL matches BOLGOV). */
  readonly actor?: string;
  readonly source?: string;
  readonly target?: string;
  /** The event code starts with this (05 matches 051, 057). */
  readonly code?: string;
  /** YYYY-MM-DD, inclusive, on the event's day (or its range). */
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoredEvent {
  readonly id: string;
  readonly source: string;
  readonly target: string | null;
  readonly code: string;
  readonly root: string;
  readonly quad: number;
  readonly goldstein: number;
  readonly plover: string | null;
  readonly day: string | null;
  readonly rangeStart: string | null;
  readonly rangeEnd: string | null;
  readonly numMentions: number;
  readonly numSources: number;
  readonly numArticles: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

/** One mention of an event in an article, with the spans that support it (offsets into the article text). */
export interface EventMentionDetail {
  readonly id: string;
  readonly articleId: string;
  readonly articleDate: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly sentence: { readonly index: number; readonly start: number; readonly end: number; readonly text: string };
  readonly source: { readonly actor: string; readonly start: number; readonly end: number; readonly text: string };
  readonly target: { readonly actor: string; readonly start: number; readonly end: number; readonly text: string } | null;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  readonly attributedTo: string | null;
  readonly date: string | null;
  /** The first and last day when the text gives a period ("in 2008") rather than a day. */
  readonly dateRange: readonly [string, string] | null;
  readonly rule: string;
  readonly confidence: number;
}

/** A deduplicated event with every mention of it. */
export interface EventDetail extends StoredEvent {
  readonly mentions: readonly EventMentionDetail[];
}

export type Period = 'day' | 'week' | 'month' | 'year';

export interface DyadRow {
  readonly period: string;
  readonly events: number;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  /** Cooperative minus conflictual events (quads 1+2 minus 3+4). */
  readonly netCooperation: number;
}

export interface QuoteFilter {
  readonly speaker?: string;
  readonly actor?: string;
  readonly limit?: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly eventMentions: number;
  readonly events: number;
  readonly quotes: number;
  readonly entities: number;
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  /** The days of the earliest and the latest event (events can be dated before or after their articles). */
  readonly firstEventDay: string | null;
  readonly lastEventDay: string | null;
  readonly schemaVersion: number;
}

export interface ArticleSummary {
  readonly id: string;
  readonly date: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** The opening of the text (240 characters at most), to show in lists. */
  readonly snippet: string;
  readonly events: number;
  readonly quotes: number;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly quad1: number;
  readonly quad2: number;
  readonly quad3: number;
  readonly quad4: number;
  readonly goldsteinMean: number;
}

export interface EventStore {
  /** Stores a batch in one transaction: all of it or, on failure, none of it. */
  ingest(batch: readonly CodedArticle[]): Promise<IngestResult>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  /** A deduplicated event, found by its id or the id of one of its mentions, with its mentions; or null. */
  event(id: string): Promise<EventDetail | null>;
  dyad(a: string, b: string, by: Period): Promise<DyadRow[]>;
  actors(limit?: number): Promise<Array<{ actor: string; mentions: number; articles: number }>>;
  quotes(filter?: QuoteFilter): Promise<Array<Record<string, unknown>>>;
  stats(): Promise<StoreStats>;
  articles(options?: { limit?: number; offset?: number; q?: string }): Promise<ArticleSummary[]>;
  /** A stored article with its entities, quotations and event mentions, or null. */
  article(id: string): Promise<Record<string, unknown> | null>;
  /** Relations between actors in a window: nodes at country level (or with sectors), edges by quad class. */
  /** `actor`: only the edges with this node (at `level`) at one end. */
  graph(options: { since?: string; until?: string; level: 'country' | 'sector'; actor?: string }): Promise<{ nodes: Array<{ id: string; events: number }>; edges: GraphEdge[] }>;
  close(): Promise<void>;
}
