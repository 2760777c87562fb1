import { describe, expect, it } from 'vitest';
import { emptyPetrarch, parseActorCodes, parseActors, parseAgents, parseDay, parseDiscards, parseEventCode, parseVerbs, tokenizePattern } from './parse.js';

const parsed = (kind: 'actors' | 'agents' | 'verbs' | 'discards', text: string) => {
  const p = emptyPetrarch();
  const src = { file: `x.${kind}.txt`, text };
  if (kind === 'actors') parseActors(src, p);
  else if (kind === 'agents') parseAgents(src, p);
  else if (kind === 'verbs') parseVerbs(src, p);
  else parseDiscards(src, p);
  return p;
};
const where = (p: ReturnType<typeof parsed>) => p.problems.map((x) => `${x.file}:${x.line} ${x.severity}: ${x.message}`);

describe('PETRARCH dictionary parser', () => {
  it.each([
    ['950601', '1995-06-01'],
    ['20080120', '2008-01-20'],
    ['050101', '2005-01-01'],
    ['19951301', null],
    ['1995', null],
  ])('reads the day %s as %s', (s, day) => {
    expect(parseDay(s)).toBe(day);
  });

  it.each([
    ['ARN', [{ code: 'ARN', from: null, to: null }]],
    ['HOB < 950601', [{ code: 'HOB', from: null, to: '1995-05-31' }]],
    ['HOBREB >990816', [{ code: 'HOBREB', from: '1999-08-17', to: null }]],
    ['HOBGOV 19950601 - 19990815', [{ code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' }]],
    [
      'FRO/BIL',
      [
        { code: 'FRO', from: null, to: null },
        { code: 'BIL', from: null, to: null },
      ],
    ],
  ])('reads the actor code block [%s]', (inner, codes) => {
    expect(parseActorCodes(inner)).toEqual(codes);
  });

  it.each([
    ['950601-990815', /not an actor code/],
    ['HOB 19990815-19950601', /ends \(1995-06-01\) before it starts/],
    ['HOB <95', /bad date/],
  ])('refuses the actor code block [%s]', (inner, message) => {
    expect(parseActorCodes(inner)).toMatch(message);
  });

  it('reads actors with synonyms, indented date restrictions and comments', () => {
    const p = parsed('actors', '<!-- header\n spanning lines -->\nGONDOR [GON] # a comment\n+MINAS_TIRITH\n\nGOLLUM\n+SMEAGOL\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n');
    expect(p.problems).toEqual([]);
    expect(p.actors.map((a) => [a.phrases.map((x) => x.join(' ')), a.codes.map((c) => c.code), a.line])).toEqual([
      [['GONDOR', 'MINAS TIRITH'], ['GON'], 3],
      [['GOLLUM', 'SMEAGOL'], ['HOB', 'HOBGOV'], 6],
    ]);
  });

  it('names the file and line of an actor it cannot read', () => {
    expect(where(parsed('actors', 'ARNOR [ARN]\nGONDOR [GON\n+SYNONYM\nROHAN\n'))).toEqual([
      'x.actors.txt:2 error: unclosed code block in "GONDOR [GON"',
      'x.actors.txt:4 error: actor ROHAN has no code',
    ]);
  });

  it('reads agents: suffix and prefix codes, plurals, substitution sets', () => {
    const p = parsed('agents', '!PERSON! = MAN, MEN\nFOREIGN_MINISTER [~GOVFRM]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nMSF {} [NGO~]\nCONGRESS!PERSON! [~LEG]\n');
    expect(p.problems).toEqual([]);
    expect(p.agents.map((a) => [a.phrase.join(' '), a.code, a.position, a.plurals?.map((x) => x.join(' ')) ?? null])).toEqual([
      ['FOREIGN MINISTER', 'GOVFRM', 'suffix', null],
      ['GOLDEN GOOSE', 'GGS', 'suffix', ['GOLDEN GEESE']],
      ['MSF', 'NGO', 'prefix', []],
      ['CONGRESSMAN', 'LEG', 'suffix', []],
      ['CONGRESSMEN', 'LEG', 'suffix', []],
    ]);
  });

  it('names the line of an agent it cannot read', () => {
    expect(where(parsed('agents', 'PRESIDENT [GOV]\nCLERK [~ABCD]\nSTAFF!WORKER! [~GOV]\n'))).toEqual([
      'x.agents.txt:1 error: agent code [GOV] is not [~CODE] or [CODE~] with three-letter parts',
      'x.agents.txt:2 error: agent code [~ABCD] is not [~CODE] or [CODE~] with three-letter parts',
      'x.agents.txt:3 error: substitution !WORKER! is not defined above (write !WORKER! = WORD, WORD)',
    ]);
  });

  it('reads sentence and story discards', () => {
    const p = parsed('discards', 'MONTHS LATER\n+World Golf Championships   # comment\nBASEBALL ;old comment\n');
    expect(p.discards.map((d) => [d.phrase.join(' '), d.story])).toEqual([
      ['MONTHS LATER', false],
      ['WORLD GOLF CHAMPIONSHIPS', true],
      ['BASEBALL', false],
    ]);
  });

  it.each([
    ['032:033', { code: '032', pairedCode: '033' }],
    ['174K', { code: '174K', pairedCode: null }],
    ['---', { code: '---', pairedCode: null }],
  ])('reads the event code [%s]', (inner, code) => {
    expect(parseEventCode(inner)).toEqual(code);
  });

  it('tokenizes patterns: joined words, markers, synsets and PETRARCH-2 phrases', () => {
    const t = tokenizePattern('NOT_* &TIETYPES + IN_$ ^ %');
    if (typeof t === 'string') throw new Error(t);
    expect(t.map((x) => `${x.kind}${x.joined ? '_' : ''}${'word' in x ? `:${x.word}` : ''}${'name' in x ? `:${x.name}` : ''}`)).toEqual([
      'word:NOT',
      'verb_',
      'synset:TIETYPES',
      'target',
      'word:IN',
      'source_',
      'skip',
      'compound',
    ]);
    const p2 = tokenizePattern('* (TO {PEACE PLAN})');
    if (typeof p2 === 'string') throw new Error(p2);
    expect(p2.map((x) => ('word' in x ? `${x.word}${x.phrase ? '~' : ''}` : x.kind))).toEqual(['verb', 'TO', 'PEACE~', 'PLAN~']);
    expect(tokenizePattern('* (TO PEACE')).toMatch(/unbalanced/);
  });

  it('reads verb blocks: synsets (nested), verbs with forms and codes, patterns', () => {
    const p = parsed(
      'verbs',
      '&TIES\n+MILITARY\n+ECONOMIC TRADE\n&MORE\n+&TIES\n+CULTURAL\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\nWIRE_+TAP {WIRE_+TAPPED} [171]\n- * &MORE TIES [901]\n- + WAS * FROM $ [066]\n- % * [030:030]\n',
    );
    expect(p.problems).toEqual([]);
    expect(p.synsets.get('MORE')?.members).toEqual([['&TIES'], ['CULTURAL']]);
    const [b] = p.blocks;
    expect(b?.code).toBe('1717');
    expect(b?.verbs.map((v) => [v.words.join(' '), v.head, v.forms.map((f) => f.join(' ')), v.code])).toEqual([
      ['BREAK', 0, ['BROKE', 'BROKEN'], null],
      ['WIRE TAP', 1, ['WIRE TAPPED'], '171'],
    ]);
    expect(b?.patterns.map((x) => [x.text, x.code, x.pairedCode, x.line])).toEqual([
      ['* &MORE TIES', '901', null, 10],
      ['+ WAS * FROM $', '066', null, 11],
      ['% *', '030', '030', 12],
    ]);
  });

  it('names the file and line of verb lines it cannot read', () => {
    expect(where(parsed('verbs', '- * TIES [050]\n--- MEET [040] ---\nMEET\n- * TALKS [4X]\n- * TALKS\n- TALKS [040]\n--- BAD\n'))).toEqual([
      'x.verbs.txt:1 error: pattern outside a verb block (add a --- VERB [CODE] --- line above it)',
      'x.verbs.txt:4 warning: pattern "* TALKS": "4X" is not an event code (two to four digits, or --- for none); pattern left out',
      'x.verbs.txt:5 error: cannot read pattern "- * TALKS" (expected - WORDS * WORDS [CODE])',
      'x.verbs.txt:6 error: pattern "TALKS" needs exactly one * for the verb',
      'x.verbs.txt:7 error: cannot read verb block header "--- BAD" (expected --- VERB [CODE] ---)',
    ]);
  });
});
