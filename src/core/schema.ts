/**
 * @module The output contract (CodedArticle and its parts) as zod schemas: one source for the
 * TypeScript types, the JSON Schema in docs/coded-article.schema.json and runtime validation.
 * Fields may be added; none may be renamed or dropped (ARCHITECTURE.md, "The output contract").
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A half-open [start, end) range of UTF-16 code units into the article text, with the text it covers. */
export const SpanSchema = z.object({ start: offset, end: offset, text: z.string() });

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'TIME', 'MONEY', 'QUANTITY', 'FAC']);

export const EntitySchema = SpanSchema.extend({
  type: EntityTypeSchema,
  /** Canonical name of the referent ("United States" for "U.S."). */
  name: z.string(),
  /** CAMEO actor code (country + sectors, e.g. USAGOV), or null when the mention is no actor. */
  actor: z.string().nullable(),
  /** Role or title kept from the text ("Deputy Secretary of State"), when there is one. */
  role: z.string().nullable().optional(),
  /** Index of the entity this mention refers to (coreference), when it is not its own first mention. */
  referent: z.number().int().nonnegative().nullable().optional(),
  /** Rule that found the mention, e.g. `gazetteer:country-name`. */
  rule: z.string().optional(),
  /** How the text refers: by name, by a common noun phrase ("the army"), by a pronoun, or a time expression. */
  form: z.enum(['name', 'nominal', 'pronoun', 'date']).optional(),
});

/** A mention of an actor: a named entity, or a phrase that names one ("the new government of Bolivia"). */
export const MentionSchema = SpanSchema.extend({
  /** CAMEO actor code: country or international prefix, then sector codes (USAGOV, IGOUNO). */
  actor: z.string(),
  /** Index into `entities` of the named entity inside the mention, when there is one. */
  entity: z.number().int().nonnegative().nullable(),
  /** Rule that built the mention, e.g. `actors:country+agent`. */
  rule: z.string(),
});

export const SpeakerSchema = SpanSchema.extend({ name: z.string(), actor: z.string().nullable() });

export const QuoteSchema = SpanSchema.extend({
  kind: z.enum(['direct', 'indirect', 'partial', 'term']),
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
  /** The quoted pieces when one quotation is split by its attribution (“A,” he said, “B”); start/end then run from the first to the last. */
  parts: z.array(SpanSchema).optional(),
  /** A quotation that goes on with the attribution of the one before it (“A,” she said. “B.”): same speaker and cue. `--quote-unit attribution` joins it into that one. */
  continues: z.literal(true).optional(),
  /** The quoted words inside a reported clause (partial quotations and scare-quoted terms), when start/end is the whole clause. */
  fragments: z.array(SpanSchema.extend({ kind: z.enum(['partial', 'term']) })).optional(),
});

export const EventActorSchema = SpanSchema.extend({ actor: z.string() });

export const PlaceSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  source: EventActorSchema,
  target: EventActorSchema.nullable(),
  /** CAMEO event code (2 to 4 digits). */
  code: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  plover: z.object({ type: z.string(), mode: z.string().nullable(), contexts: z.array(z.string()).optional() }).nullable(),
  date: isoDay.nullable(),
  dateRange: z.tuple([isoDay, isoDay]).nullable(),
  place: PlaceSchema.nullable(),
  sentence: z.object({ index: z.number().int().nonnegative(), start: offset, end: offset }),
  trigger: SpanSchema,
  /** The speaker's span when the event is a claim made by someone in the text. */
  attributedTo: SpanSchema.nullable(),
  /** Dictionary rule that fired, e.g. `verbs/05#restore-ties`. */
  rule: z.string(),
  confidence: z.number().min(0).max(1),
});

/** A problem found in the text: a message attached to the article, never an exception. */
export const MessageSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  span: SpanSchema.nullable(),
});

export const CodedArticleSchema = z.object({
  id: z.string(),
  date: isoDay,
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The article text as stored: every offset in this record indexes it. */
  text: z.string(),
  sentences: z.array(z.tuple([offset, offset])),
  entities: z.array(EntitySchema),
  /** Actor mentions the event coder chooses sources and targets from. */
  mentions: z.array(MentionSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  messages: z.array(MessageSchema),
  /** Where the article was read from (file, and line for JSON Lines). */
  origin: z.object({ file: z.string(), line: z.number().int().positive().nullable() }).nullable(),
  /** The pipeline preset and the version of Entente that coded it. */
  coder: z.object({ preset: z.string(), version: z.string() }),
});

export type Span = z.infer<typeof SpanSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type EventActor = z.infer<typeof EventActorSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type CodedArticle = z.infer<typeof CodedArticleSchema>;
/** Sentence offsets as in the contract: [start, end). */
export type SentenceRange = readonly [number, number];
