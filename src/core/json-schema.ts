/** @module The output contract as JSON Schema (draft 2020-12), generated from the zod schemas. */
import { z } from 'zod';
import { CodedArticleSchema } from './schema.js';

export function codedArticleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CodedArticleSchema, { target: 'draft-2020-12' }),
    $id: 'https://entente.dev/schemas/coded-article.schema.json',
    title: 'CodedArticle',
    description: 'One coded news article: entities, actor mentions, quotations and CAMEO events, every span an offset range into `text` (UTF-16 code units, half-open).',
  };
}
