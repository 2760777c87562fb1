/**
 * @module Internal records shared by the stages: the Article that ingest produces, the tokens and
 * sentences the language layer adds, and the working document a pipeline passes from stage to stage.
 * Output records (Entity, Quote, Event, CodedArticle) are defined by the contract in schema.ts.
 */
import type { Entity, Event, Mention, Message, Quote, Span } from './schema.js';

export type { CodedArticle, Entity, EntityType, Event, EventActor, Mention, Message, Place, Quote, Span, Speaker } from './schema.js';

/** One dated article, normalised, as read from any input format. */
export interface Article {
  readonly kind: 'article';
  /** The input's id, or a content hash of date and text when the input has none. */
  readonly id: string;
  /** Publication day, YYYY-MM-DD, a real calendar day. */
  readonly date: string;
  /** Normalised text (NFC, \n line endings, trimmed): the stages' offsets refer to it. */
  readonly text: string;
  /** The text as given, when normalising changed it: the output carries it, its offsets mapped back. */
  readonly given?: GivenText;
  readonly url: string | null;
  readonly title: string | null;
  readonly origin: { readonly file: string; readonly line: number | null } | null;
}

/**
 * An article's text as given, with where each offset k of the normalised text lies in it: k + shift
 * when only white space was trimmed, else start[k] for a start offset and end[k] for an end offset.
 */
export type GivenText = { readonly text: string; readonly shift: number } | { readonly text: string; readonly start: Int32Array; readonly end: Int32Array };

/** A token with exact offsets into the article text. */
export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, …); SPACE for line breaks. */
  readonly pos: string;
  readonly lemma: string;
  /** Lower-cased form with curly apostrophes straightened, for dictionary lookups. */
  readonly norm: string;
  /** Index of the sentence the token belongs to (-1 for white space between sentences). */
  sentence: number;
}

/** A sentence: its offsets and the range of its tokens [firstToken, endToken). */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/** A time expression resolved against the article date; offsets into the article text. */
export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The day, when the expression fixes one. */
  readonly date: string | null;
  /** First and last possible day, when it gives only a span. */
  readonly range: readonly [string, string] | null;
}

/** An actor as a dictionary knows it: a CAMEO code and how the text may name it. */
export interface ActorEntry {
  readonly code: string;
  readonly name: string;
  readonly type: Entity['type'];
}

/** The working document: what the stages have found so far. Stages add to it in order. */
export interface Doc {
  readonly article: Article;
  tokens: Token[];
  sentences: Sentence[];
  /** Time expressions, in text order (the language layer finds them). */
  times: TimeExpression[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  events: Event[];
  messages: Message[];
}

/** Per-run context handed to every stage. */
export interface StageContext {
  /** Name of the preset that runs the stages. */
  readonly preset: string;
}

export const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** How many of `items` (in text order) start before `offset`: a binary search. */
export function startingBefore(items: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
