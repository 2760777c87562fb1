/**
 * @module The pipeline runner. A stage is made by a factory that settles its options once and
 * returns the function that does the work; a pipeline is a frozen, ordered list of named stages.
 * One Article in, one deeply frozen CodedArticle out.
 */
import type { CodedArticle } from './schema.js';
import type { Article, Doc, GivenText, StageContext } from './types.js';

/** The work of one stage: reads the document, adds to it, returns it. */
export type Stage = (doc: Doc, ctx: StageContext) => Doc;

export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

export interface Pipeline {
  readonly name: string;
  readonly version: string;
  readonly stages: readonly NamedStage[];
  /** Codes one article. Never throws for problems in the text: those become messages. */
  code(article: Article): CodedArticle;
  /**
   * Codes one article as `code` does, but leaves the record unfrozen: for a caller that only writes
   * it out and shares it with no one (a worker thread sends its JSON text on).
   */
  codeUnfrozen(article: Article): CodedArticle;
}

/** Recursively freezes plain objects and arrays. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // index and for-in loops: no array of values made per object (this runs on every output record)
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const k in value) if (Object.hasOwn(value, k)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

export function emptyDoc(article: Article): Doc {
  return { article, tokens: [], sentences: [], times: [], entities: [], mentions: [], quotes: [], events: [], messages: [] };
}

/** The output record of a finished document, not frozen (`code` freezes it). */
function outputRecord(doc: Doc, coder: { preset: string; version: string }): CodedArticle {
  const record = normalisedRecord(doc, coder);
  return doc.article.given ? inGivenText(record, doc.article.given) : record;
}

/** The output record with offsets into the normalised text the stages read. */
function normalisedRecord(doc: Doc, coder: { preset: string; version: string }): CodedArticle {
  const a = doc.article;
  return {
    id: a.id,
    date: a.date,
    url: a.url,
    title: a.title,
    text: a.text,
    sentences: doc.sentences.map((s) => [s.start, s.end] as [number, number]),
    entities: doc.entities,
    mentions: doc.mentions,
    quotes: doc.quotes,
    events: doc.events,
    messages: doc.messages,
    origin: a.origin ? { file: a.origin.file, line: a.origin.line } : null,
    coder,
  };
}

/** The record with the text as given and every offset (any object's start and end, the sentences) mapped back to it. */
function inGivenText(record: CodedArticle, given: GivenText): CodedArticle {
  const clamp = (offsets: Int32Array, k: number): number => offsets[Math.min(Math.max(k, 0), offsets.length - 1)] as number;
  const startAt = 'shift' in given ? (k: number) => k + given.shift : (k: number) => clamp(given.start, k);
  const endAt = 'shift' in given ? (k: number) => k + given.shift : (k: number) => clamp(given.end, k);
  const remap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(remap);
    if (!value || typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in o) if (Object.hasOwn(o, k)) out[k] = remap(o[k]);
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      out.start = startAt(o.start);
      out.end = Math.max(out.start as number, endAt(o.end));
      if (typeof o.text === 'string') out.text = given.text.slice(out.start as number, out.end as number);
    }
    return out;
  };
  return {
    ...record,
    text: given.text,
    sentences: record.sentences.map(([s, e]) => [startAt(s), endAt(e)] as [number, number]),
    entities: remap(record.entities) as CodedArticle['entities'],
    mentions: remap(record.mentions) as CodedArticle['mentions'],
    quotes: remap(record.quotes) as CodedArticle['quotes'],
    events: remap(record.events) as CodedArticle['events'],
    messages: remap(record.messages) as CodedArticle['messages'],
  };
}

/** Assembles named stages into a frozen pipeline. Stage names must be unique. */
export function createPipeline(name: string, version: string, stages: readonly NamedStage[]): Pipeline {
  const seen = new Set<string>();
  for (const s of stages) {
    if (seen.has(s.name)) throw new Error(`pipeline ${name}: stage "${s.name}" appears twice; give each stage one place in the order`);
    seen.add(s.name);
  }
  const frozen = Object.freeze(stages.map((s) => Object.freeze({ ...s })));
  const ctx: StageContext = Object.freeze({ preset: name });
  const coder = Object.freeze({ preset: name, version });
  const codeUnfrozen = (article: Article): CodedArticle => {
    let doc = emptyDoc(article);
    for (const stage of frozen) doc = stage.run(doc, ctx);
    return outputRecord(doc, coder);
  };
  return Object.freeze({
    name,
    version,
    stages: frozen,
    code: (article: Article): CodedArticle => deepFreeze(codeUnfrozen(article)),
    codeUnfrozen,
  });
}
