/**
 * @module The dashboard's only door to the server: typed calls to the Entente HTTP API. Errors come
 * back as ApiError with the server's message (or what went wrong reaching it).
 */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

const READ_TOKEN_KEY = 'entente-read-token';

/** The read token the user gave for a server that closes reads (ENTENTE_READ_TOKEN), kept in this tab. */
export function setReadToken(token: string): void {
  sessionStorage.setItem(READ_TOKEN_KEY, token);
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const method = init?.method ?? 'GET';
  const headers = new Headers(init?.headers);
  const readToken = sessionStorage.getItem(READ_TOKEN_KEY);
  if (method === 'GET' && readToken && !headers.has('authorization')) headers.set('authorization', `Bearer ${readToken}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(`cannot reach the Entente server (${(e as Error).message}); is \`entente serve\` running?`, null);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = body && typeof body === 'object' && 'message' in body ? String(body.message) : res.statusText;
    throw new ApiError(`${res.status}: ${message}`, res.status);
  }
  if (body === null) throw new ApiError(`${path}: the server's answer is not JSON`, res.status);
  return body as T;
}

/** A query string from the defined values, with the leading `?` (or nothing). */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface Stats {
  articles: number;
  eventMentions: number;
  events: number;
  quotes: number;
  entities: number;
  firstDay: string | null;
  lastDay: string | null;
  firstEventDay: string | null;
  lastEventDay: string | null;
}

export interface GraphNode {
  id: string;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  events: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  goldsteinMean: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface DyadRow {
  period: string;
  events: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  goldsteinSum: number;
  goldsteinMean: number;
  netCooperation: number;
}

export interface StoredEvent {
  id: string;
  source: string;
  target: string | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: string | null;
  day: string | null;
  rangeStart: string | null;
  rangeEnd: string | null;
  numMentions: number;
  numSources: number;
  numArticles: number;
  firstSeen: string;
  lastSeen: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ActorSpan extends Span {
  actor: string;
}

export interface EventMention {
  id: string;
  articleId: string;
  articleDate: string;
  title: string | null;
  url: string | null;
  sentence: Span & { index: number };
  source: ActorSpan;
  target: ActorSpan | null;
  trigger: Span;
  attributedTo: string | null;
  date: string | null;
  dateRange: [string, string] | null;
  rule: string;
  confidence: number;
}

export interface EventDetail extends StoredEvent {
  mentions: EventMention[];
}

export interface ArticleSummary {
  id: string;
  date: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  snippet: string;
  events: number;
  quotes: number;
}

type Cell = string | number | null;

/** A stored article as /api/articles/{id} gives it: rows of the store's tables. */
export interface StoredArticle {
  id: string;
  date: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  text: string;
  entities: Array<Record<string, Cell>>;
  quotes: Array<Record<string, Cell>>;
  events: Array<Record<string, Cell>>;
}

/** A coded article as POST /api/code gives it (the CodedArticle contract). */
export interface CodedArticle {
  id: string;
  date: string;
  title: string | null;
  text: string;
  entities: Array<{ start: number; end: number; text: string; type: string; name: string | null; actor: string | null; role?: string | null }>;
  quotes: Array<{
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: { start: number; end: number; text: string; name: string | null; actor: string | null } | null;
    cue: Span | null;
  }>;
  events: Array<{
    id: string;
    source: ActorSpan;
    target: ActorSpan | null;
    code: string;
    quad: number;
    goldstein: number;
    plover: { type: string | null } | null;
    date: string | null;
    dateRange: [string, string] | null;
    sentence: { index: number; start: number; end: number };
    trigger: Span;
    attributedTo: Span | null;
    rule: string;
    confidence: number;
  }>;
}

export interface QuoteRow {
  article_id: string;
  date: string;
  kind: string;
  speaker_name: string | null;
  speaker_actor: string | null;
  cue_text: string | null;
  text: string;
}

export interface ActorRow {
  actor: string;
  mentions: number;
  articles: number;
}

export interface StoreResult {
  id: string;
  added: number;
  replaced: number;
  unchanged: number;
  eventMentions: number;
}
