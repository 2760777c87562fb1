import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './jsonl.js';

describe('JSON Lines', () => {
  it('keeps ids, url and title, and skips blank lines', () => {
    const rs = [...parseJsonLines('{"id":"a1","date":"2025-11-11","text":"X met Y.","url":"https://e.x/1","title":"T"}\n\n{"id":7,"date":"2025-11-12","text":"Z."}\n', 'in.jsonl')];
    expect(rs.map((r) => r.ok && [r.article.id, r.article.url, r.article.title, r.article.origin?.line])).toEqual([
      ['a1', 'https://e.x/1', 'T', 1],
      ['7', null, null, 3],
    ]);
  });

  it('gives an article without id a content hash as id, the same every time', () => {
    const [a] = [...parseJsonLines('{"date":"2025-11-11","text":"X met Y."}', 'in.jsonl')];
    const [b] = [...parseJsonLines('{"date":"2025-11-11","text":"X met Y."}', 'other.jsonl')];
    expect(a?.ok && a.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a?.ok && a.article.id).toBe(b?.ok && b.article.id);
  });

  it.each([
    ['{"date":"2025-11-11","text":', null, /malformed JSON/],
    ['[1,2]', null, /expected a JSON object/],
    ['{"date":"2025-11-11"}', 'text', /missing or not a string/],
    ['{"date":"2025-11-31","text":"x"}', 'date', /not a calendar day/],
    ['{"text":"x"}', 'date', /no publication date/],
    ['{"date":"2025-11-11","text":"  "}', 'text', /empty/],
  ])('one bad line (%j) costs one article, and the error names file, line and field', (bad, field, message) => {
    const rs = [...parseJsonLines(`{"date":"2025-11-11","text":"ok."}\n${bad}\n{"date":"2025-11-11","text":"ok too."}`, 'in.jsonl')];
    expect(rs.map((r) => r.ok)).toEqual([true, false, true]);
    const r = rs[1];
    if (!r || r.ok) throw new Error('expected a failure');
    expect(r.error.file).toBe('in.jsonl');
    expect(r.error.line).toBe(2);
    expect(r.error.field).toBe(field);
    expect(r.error.message).toMatch(message);
    expect(r.error.describe()).toMatch(/^in\.jsonl:2: /);
  });
});
