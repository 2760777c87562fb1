/**
 * @module The HTTP API (Hono, with zod validation and a generated OpenAPI document at
 * /api/openapi.json). Reads are open unless a read token is configured; writes need the bearer
 * token (ENTENTE_TOKEN). Errors are JSON `{error, message}` with the right status; bodies are
 * limited in size. The app is created from a store and a pipeline, so tests call it directly.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { EntenteError, InputError, StoreError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { CodedArticleSchema } from '../core/schema.js';
import { makeArticle } from '../ingest/article.js';
import { checkIsoDay } from '../ingest/date.js';
import type { DuckDbStore } from '../store/duckdb-store.js';

export interface ApiOptions {
  readonly store: DuckDbStore;
  readonly pipeline: Pipeline;
  /** Bearer token for writes; without one, writes are refused. */
  readonly token?: string | null;
  /** Bearer token for reads too (closes reads); null leaves reads open. */
  readonly readToken?: string | null;
  /** Largest request body, in bytes (default 5 MB). */
  readonly maxBody?: number;
}

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD')
  .superRefine((d, ctx) => {
    const bad = checkIsoDay(d);
    if (bad) ctx.addIssue({ code: 'custom', message: bad });
  });
const ArticleInput = z
  .object({
    id: z.string().min(1).optional(),
    date: Day,
    text: z.string().min(1, 'the article text is empty'),
    url: z.string().url().optional(),
    title: z.string().optional(),
  })
  .openapi('ArticleInput');
const ErrorBody = z.object({ error: z.string(), message: z.string() }).openapi('Error');
const Limit = z.coerce.number().int().min(1).max(10_000).optional();
const Offset = z.coerce.number().int().min(0).optional();
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(ErrorBody, 'invalid request'),
  401: json(ErrorBody, 'missing or wrong bearer token'),
  404: json(ErrorBody, 'not found'),
  413: json(ErrorBody, 'request body too large'),
};
const anyObject = z.record(z.string(), z.unknown());

export function createApi(options: ApiOptions): OpenAPIHono {
  const { store, pipeline } = options;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json({ error: 'invalid_request', message: `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}` }, 400);
      }
      return undefined;
    },
  });
  const bearer = (header: string | undefined) => header?.replace(/^Bearer\s+/i, '') ?? null;
  const requireToken = (token: string | null | undefined, header: string | undefined, what: string) => {
    if (!token) throw new HTTPException(401, { message: `${what} need a token: start the server with ENTENTE_TOKEN set` });
    if (bearer(header) !== token) throw new HTTPException(401, { message: `${what} need the bearer token (Authorization: Bearer …)` });
  };

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBody ?? 5 * 1024 * 1024,
      onError: (c) => c.json({ error: 'too_large', message: `the request body is over ${options.maxBody ?? 5 * 1024 * 1024} bytes` }, 413),
    }),
  );
  app.use('/api/*', async (c, next) => {
    if (options.readToken && c.req.method === 'GET' && c.req.path !== '/api/openapi.json') requireToken(options.readToken, c.req.header('authorization'), 'reads');
    await next();
  });

  const toArticle = (body: z.infer<typeof ArticleInput>) => {
    try {
      return makeArticle(
        { id: body.id ?? null, date: body.date, text: body.text, url: body.url ?? null, title: body.title ?? null },
        { file: '<api>' },
        'give "date" as YYYY-MM-DD',
      );
    } catch (e) {
      if (e instanceof InputError) throw new HTTPException(400, { message: `${e.field ? `${e.field}: ` : ''}${e.message}` });
      throw e;
    }
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/code',
      summary: 'Code an article without storing it',
      request: { body: json(ArticleInput, 'the article') },
      responses: { 200: json(CodedArticleSchema, 'the coded article'), ...errors },
    }),
    (c) => c.json(JSON.parse(JSON.stringify(pipeline.code(toArticle(c.req.valid('json'))))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/articles',
      summary: 'Code and store an article (needs the bearer token)',
      security: [{ bearer: [] }],
      request: { body: json(ArticleInput, 'the article') },
      responses: { 201: json(z.object({ id: z.string(), added: z.number(), replaced: z.number(), unchanged: z.number(), eventMentions: z.number() }), 'stored'), ...errors },
    }),
    async (c) => {
      requireToken(options.token, c.req.header('authorization'), 'writes');
      const coded = pipeline.code(toArticle(c.req.valid('json')));
      const r = await store.ingest([coded]);
      return c.json({ id: coded.id, ...r }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles',
      summary: 'List stored articles, newest first; q searches their text (every word)',
      request: { query: z.object({ q: z.string().optional(), limit: Limit, offset: Offset }) },
      responses: { 200: json(z.array(anyObject), 'articles'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await store.articles({ limit: q.limit ?? 50, offset: q.offset ?? 0, ...(q.q ? { q: q.q } : {}) }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles/{id}',
      summary: 'A stored article with its entities, quotations and events',
      request: { params: z.object({ id: z.string() }) },
      responses: { 200: json(anyObject, 'the article'), ...errors },
    }),
    async (c) => {
      const a = await store.article(c.req.valid('param').id);
      if (!a) throw new HTTPException(404, { message: `no article ${c.req.valid('param').id}` });
      return c.json(a, 200);
    },
  );

  const EventQuery = z.object({
    actor: z.string().optional(),
    source: z.string().optional(),
    target: z.string().optional(),
    code: z
      .string()
      .regex(/^\d{2,4}$/)
      .optional(),
    since: Day.optional(),
    until: Day.optional(),
    limit: Limit,
    offset: Offset,
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Deduplicated events, filtered and paged',
      request: { query: EventQuery },
      responses: { 200: json(z.array(anyObject), 'events'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = Object.fromEntries(Object.entries({ ...q, limit: q.limit ?? 100, offset: q.offset ?? 0 }).filter(([, v]) => v !== undefined));
      return c.json(await store.events(filter), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      summary: 'A deduplicated event (by its id or the id of one of its mentions) with every mention: article, sentence, source, target and trigger spans, rule and confidence',
      request: { params: z.object({ id: z.string().min(1) }) },
      responses: { 200: json(anyObject, 'the event and its mentions'), ...errors },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const e = await store.event(id);
      if (!e) throw new HTTPException(404, { message: `no event ${id}` });
      return c.json(JSON.parse(JSON.stringify(e)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/dyad/{a}/{b}',
      summary: "A dyad's timeline: events per period by quad class, Goldstein sum and mean, net cooperation",
      request: { params: z.object({ a: z.string().min(3), b: z.string().min(3) }), query: z.object({ by: z.enum(['day', 'week', 'month', 'year']).optional() }) },
      responses: { 200: json(z.array(anyObject), 'the timeline'), ...errors },
    }),
    async (c) => {
      const { a, b } = c.req.valid('param');
      return c.json(await store.dyad(a.toUpperCase(), b.toUpperCase(), c.req.valid('query').by ?? 'month'), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/actors',
      summary: 'The most active actors',
      request: { query: z.object({ limit: Limit }) },
      responses: { 200: json(z.array(anyObject), 'actors'), ...errors },
    }),
    async (c) => c.json(await store.actors(c.req.valid('query').limit ?? 50), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/quotes',
      summary: 'Stored quotations, by speaker name or actor code',
      request: { query: z.object({ speaker: z.string().optional(), actor: z.string().optional(), limit: Limit }) },
      responses: { 200: json(z.array(anyObject), 'quotations'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await store.quotes(Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined))), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/graph',
      summary:
        'Relations between actors in a time window: nodes and edges with counts by quad class and mean Goldstein (actor: only the relations of that node, e.g. BOL, or BOLGOV at level=sector)',
      request: {
        query: z.object({
          since: Day.optional(),
          until: Day.optional(),
          level: z.enum(['country', 'sector']).optional(),
          actor: z.string().min(1).max(64).optional(),
        }),
      },
      responses: { 200: json(z.object({ nodes: z.array(anyObject), edges: z.array(anyObject) }), 'the graph'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await store.graph({
          level: q.level ?? 'country',
          ...(q.since ? { since: q.since } : {}),
          ...(q.until ? { until: q.until } : {}),
          ...(q.actor ? { actor: q.actor.toUpperCase() } : {}),
        }),
        200,
      );
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/stats', summary: 'What the store holds', responses: { 200: json(anyObject, 'statistics') } }), async (c) =>
    c.json({ ...(await store.stats()) }, 200),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'Entente API', version: pipeline.version, description: 'Political event data from dated news articles.' } });

  app.notFound((c) => c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((e, c) => {
    if (e instanceof HTTPException) {
      const status = e.status;
      return c.json({ error: status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : status === 413 ? 'too_large' : 'invalid_request', message: e.message }, status);
    }
    if (e instanceof StoreError) return c.json({ error: 'store', message: e.message }, 503);
    if (e instanceof EntenteError) return c.json({ error: 'invalid_request', message: e.message }, 400);
    console.error(`entente serve: internal error on ${c.req.method} ${c.req.path}:`, e);
    return c.json({ error: 'internal', message: 'internal error; see the server log' }, 500);
  });
  return app;
}
