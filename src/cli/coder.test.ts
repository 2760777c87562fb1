import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../core/pipeline.js';
import type { Article, CodedArticle } from '../core/types.js';
import { articleJson, countsOf, defaultWorkers, inThread, jsonOf, lazyCoded, WORKER_BYTES, workerCount } from './coder.js';

const MB = 1048576;

describe('worker count', () => {
  it('takes --workers as given and refuses what is not a positive whole number', () => {
    expect(workerCount('3', 0)).toBe(3);
    expect(() => workerCount('0', 0)).toThrow(/positive whole number/);
    expect(() => workerCount('two', 0)).toThrow(/positive whole number/);
  });

  it('codes small inputs on this thread', () => {
    expect(workerCount(undefined, 1000)).toBe(1);
  });

  it('starts one worker per core, no more than the free memory holds', () => {
    expect(defaultWorkers(2, 24 * 1024 * MB)).toBe(2);
    expect(defaultWorkers(64, 4 * 1024 * MB)).toBe(Math.floor((4 * 1024 * MB - 512 * MB) / WORKER_BYTES));
    expect(defaultWorkers(16, 600 * MB)).toBe(1);
    expect(defaultWorkers(16, 100 * MB)).toBe(1);
  });
});

describe('a coded article from the pool', () => {
  const article = {
    id: 'a1',
    date: '2025-11-11',
    url: null,
    title: null,
    text: 'Chile met Peru.',
    sentences: [[0, 15]],
    entities: [],
    mentions: [{}, {}],
    quotes: [],
    events: [{ code: '040' }],
    messages: [],
    origin: null,
    coder: { preset: 'default', version: 't' },
  };
  const json = JSON.stringify(article);

  it('reads as the object its JSON holds: fields, keys, spread, JSON, structured clone', () => {
    const a = lazyCoded({ json, events: 1, mentions: 2, chars: 15 });
    expect(a.id).toBe('a1');
    expect(a.events[0]?.code).toBe('040');
    expect(Object.keys(a)).toEqual(Object.keys(article));
    expect({ ...a }).toEqual(article);
    expect(JSON.parse(JSON.stringify(a))).toEqual(article);
    expect(structuredClone(a)).toEqual(article);
  });

  it('is frozen all the way down, as an article coded on this thread is', () => {
    const a = lazyCoded({ json, events: 1, mentions: 2, chars: 15 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as unknown as { id: string }).id = 'b';
    }).toThrow(TypeError);
    expect(() => (a.events as unknown as object[]).push({})).toThrow(TypeError);
    expect(jsonOf(a)).toBe(json);
  });

  it('is written and counted from what the worker sent, without parsing it, also through a promise', async () => {
    const a = await Promise.resolve(lazyCoded({ json: '{not parsed', events: 3, mentions: 4, chars: 50 }));
    expect(jsonOf(a)).toBe('{not parsed');
    expect(countsOf(a)).toEqual({ events: 3, mentions: 4, chars: 50 });
    expect(() => a.id).toThrow(SyntaxError);
  });
});

describe('an article too large to write as JSON', () => {
  // a record whose JSON is longer than a string can be (a run-on page once made 3,000 quotations of 200 kB)
  const huge = {
    toJSON: () => {
      throw new RangeError('Invalid string length'); // what JSON.stringify throws past V8's longest string
    },
  };
  const coded = { id: 'big', date: '2025-11-11', text: 'Chile met Peru.', entities: [], quotes: [huge, huge], events: [] } as unknown as CodedArticle;
  const pipeline = { name: 'p', version: 't', stages: [], code: () => coded } as unknown as Pipeline;

  it('fails alone, with a message naming what made it large and what to do', async () => {
    expect(() => articleJson(coded)).toThrow(/too large to write as JSON \(15 characters: 2 quotations, 0 entities, 0 events\); split the article/);
    await expect(inThread(pipeline, { json: true }).code({} as Article)).rejects.toThrow(/too large to write as JSON/);
  });

  it('is not written by a coder that does not write JSON', async () => {
    await expect(inThread(pipeline).code({} as Article)).resolves.toBe(coded);
  });
});
