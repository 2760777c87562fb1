import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { pipeline } from '../../test/support.js';
import { parseDatedText } from '../ingest/dated-text.js';
import { codedArticleJsonSchema } from './json-schema.js';
import { CodedArticleSchema } from './schema.js';
import type { CodedArticle } from './types.js';

const examples = new URL('../../examples/', import.meta.url);
const coded: CodedArticle[] = readdirSync(examples)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => pipeline.code(parseDatedText(readFileSync(new URL(f, examples), 'utf8'), { file: `examples/${f}` })));

describe('the output contract', () => {
  const published = JSON.parse(readFileSync(new URL('../../docs/coded-article.schema.json', import.meta.url), 'utf8'));

  it('docs/coded-article.schema.json is the schema generated from the code (run `npm run schema` after changing it)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(codedArticleJsonSchema())));
  });

  it('every example codes to a schema-valid, frozen CodedArticle', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);
    expect(coded.length).toBeGreaterThanOrEqual(9);
    for (const a of coded) {
      const json = JSON.parse(JSON.stringify(a));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(CodedArticleSchema.safeParse(json).success).toBe(true);
      expect(Object.isFrozen(a) && Object.isFrozen(a.events)).toBe(true);
    }
  });

  it('every span of every example covers exactly its text', () => {
    let spans = 0;
    const check = (s: { start: number; end: number; text: string } | null, text: string): void => {
      if (!s) return;
      spans++;
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    };
    for (const a of coded) {
      for (const [start, end] of a.sentences) check({ start, end, text: a.text.slice(start, end) }, a.text);
      for (const e of a.entities) check(e, a.text);
      for (const m of a.mentions) check(m, a.text);
      for (const q of a.quotes) for (const s of [q, q.speaker, q.cue]) check(s, a.text);
      for (const m of a.messages) check(m.span, a.text);
      for (const e of a.events) {
        for (const s of [e.source, e.target, e.trigger, e.attributedTo]) check(s, a.text);
        expect(a.text.slice(e.sentence.start, e.sentence.end)).toContain(e.trigger.text);
      }
    }
    expect(spans).toBeGreaterThan(500);
  });

  it('is deterministic: the same article codes to byte-identical output', () => {
    const raw = readFileSync(new URL('article-2025-11-11-bolivia.txt', examples), 'utf8');
    const a = JSON.stringify(pipeline.code(parseDatedText(raw, { file: 'x' })));
    const b = JSON.stringify(pipeline.code(parseDatedText(raw, { file: 'x' })));
    expect(a).toBe(b);
  });

  it("codeUnfrozen (the pool workers' way) writes the same JSON as code, and leaves the record unfrozen", () => {
    const raw = readFileSync(new URL('article-2025-11-11-bolivia.txt', examples), 'utf8');
    const open = pipeline.codeUnfrozen(parseDatedText(raw, { file: 'x' }));
    expect(JSON.stringify(open)).toBe(JSON.stringify(pipeline.code(parseDatedText(raw, { file: 'x' }))));
    expect(Object.isFrozen(open)).toBe(false);
  });
});
