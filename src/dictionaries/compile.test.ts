import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';
import { DictionaryError } from '../core/errors.js';
import { compileAgents, compileCodes, compileVerbs, inflections, parsePattern } from './compile.js';
import { loadBuiltinDictionaries } from './load.js';

const codes = compileCodes({ file: 'codes.yaml', text: 'codes:\n  "04": { name: CONSULT, goldstein: 1, quad: 1 }\n  "040": { name: Consult, goldstein: 1, quad: 1 }\n' });
const verbs = (body: string) => compileVerbs({ file: 'verbs.yaml', text: `verbs:\n${body}` }, codes);
const errorOf = (f: () => unknown): DictionaryError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DictionaryError) return e;
    throw e;
  }
  throw new Error('expected a DictionaryError');
};

describe('dictionary compiler', () => {
  it('compiles a verb pattern', () => {
    const [v] = verbs('  - { id: meet, code: "040", pattern: "meet with {target}", example: "A met with B." }\n');
    expect(v?.rule).toBe('verbs/040#meet');
    expect(v?.elements.map((e) => e.kind)).toEqual(['word', 'word', 'slot']);
    expect([v?.by, v?.negated]).toEqual(['subject', null]);
  });

  it('compiles a comment pattern: spoken by the speaker, with a code for its negation', () => {
    const [v] = verbs('  - { id: good, code: "040", by: speaker, negated: "04", pattern: "be .. good partner", example: "x" }\n');
    expect([v?.by, v?.negated]).toEqual(['speaker', '04']);
  });

  it.each([
    ['an unknown CAMEO code', '  - { id: a, code: "999", pattern: "meet {target}", example: "x" }\n', 2, /unknown CAMEO code "999"/],
    [
      'a duplicate id',
      '  - { id: a, code: "040", pattern: "meet {target}", example: "x" }\n  - { id: a, code: "040", pattern: "see {target}", example: "x" }\n',
      3,
      /duplicate id a/,
    ],
    [
      'a duplicate pattern',
      '  - { id: a, code: "040", pattern: "meet {target}", example: "x" }\n  - { id: b, code: "040", pattern: "meet  {target}", example: "x" }\n',
      3,
      /duplicate pattern/,
    ],
    ['a bad slot', '  - { id: a, code: "040", pattern: "meet {victim}", example: "x" }\n', 2, /unknown slot \{victim\}/],
    ['a missing field', '  - { id: a, code: "040", pattern: "meet {target}" }\n', 2, /missing field example/],
    ['an unknown actor role', '  - { id: a, code: "040", by: writer, pattern: "be .. good partner", example: "x" }\n', 2, /by must be subject or speaker/],
    ['an unknown negated code', '  - { id: a, code: "040", negated: "999", pattern: "be .. good partner", example: "x" }\n', 2, /negated: unknown CAMEO code "999"/],
  ])('refuses %s, naming file and line', (_what, body, line, message) => {
    const e = errorOf(() => verbs(body));
    expect(e.file).toBe('verbs.yaml');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
    expect(e.describe()).toMatch(new RegExp(`^verbs\\.yaml:${line}: `));
  });

  it('refuses bad YAML with its line', () => {
    const e = errorOf(() => verbs('  - { id: a, code: "040"\n  - broken: [\n'));
    expect(e.message).toMatch(/YAML syntax/);
    expect(e.line).toBeGreaterThan(0);
  });

  it('refuses a duplicate agent noun and a bad sector', () => {
    expect(errorOf(() => compileAgents({ file: 'agents.yaml', text: 'agents:\n  GOV:\n    - { noun: president }\n  MIL:\n    - { noun: President }\n' })).line).toBe(5);
    expect(errorOf(() => compileAgents({ file: 'agents.yaml', text: 'agents:\n  Gov:\n    - { noun: x }\n' })).message).toMatch(/three-letter/);
  });

  it('parses pattern syntax', () => {
    expect(parsePattern('(restore|resume) .. tie? with {target}').map((e) => e.kind)).toEqual(['word', 'gap', 'word', 'word', 'slot']);
    expect(() => parsePattern('{target} meet')).toThrow(/start with a word/);
  });

  it('generates inflections', () => {
    expect(inflections('establish')).toEqual(expect.arrayContaining(['establishes', 'established', 'establishing']));
    expect(inflections('criticize')).toEqual(expect.arrayContaining(['criticizes', 'criticized', 'criticizing']));
    expect(inflections('ban')).toEqual(expect.arrayContaining(['banned', 'banning']));
  });
});

describe('the built-in dictionaries', () => {
  const d = loadBuiltinDictionaries();
  it('hold the whole CAMEO codebook with its facts', () => {
    expect(Object.keys(d.codes)).toHaveLength(312);
    expect(d.codes['190']).toMatchObject({ quad: 4, goldstein: -10, plover: 'ASSAULT' });
    expect(d.codes['020']?.plover).toBe('REQUEST'); // PLOVER's REQUEST covers appeals
    expect(d.codes['010']?.plover).toBeNull(); // PLOVER has no statement category
  });

  it('split a country that world-countries gives two demonyms in one string', () => {
    const of = (surface: string) => d.names.find((n) => n.surface === surface && n.type === 'NORP')?.code;
    expect([of('Bosnian'), of('Bosnians'), of('Herzegovinian')]).toEqual(['BIH', 'BIH', 'BIH']);
    expect(d.names.some((n) => n.type === 'NORP' && n.surface.includes(','))).toBe(false);
  });

  it.each([
    ['Ohio officials accused the Mexican government of lying.', 'USAGOV'],
    ['The Texas governor criticized the Mexican government.', 'USAGOV'],
    ['Gov. Amy Harlan of Ohio criticized the Mexican government.', 'USAGOV'],
    ['Police in Sindh arrested the Indian journalist.', 'PAKCOP'],
    ['Officials in Samarra accused the Syrian government of lying.', 'IRQGOV'],
  ])('a state, province or plain-spelt city stands for its country: %s', (text, source) => {
    expect(code(text).events.map((e) => e.source.actor)).toContain(source);
  });

  it.each(d.verbs.map((v) => [v.rule, v.example]))('%s codes its own example: %j', (rule, example) => {
    const rules = code(example).events.map((e) => e.rule.replace(/\+implied$/, ''));
    expect(rules).toContain(rule);
  });
});
