import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article, triples } from '../../../test/support.js';
import { UsageError } from '../../core/errors.js';
import { createPreset } from '../../presets/default-preset.js';
import { loadBuiltinDictionaries } from '../load.js';
import { convertPattern, petrarchToDictionaries, surfaceVariants } from './convert.js';
import { loadDictionaries, parseDictionarySpec, readPetrarchFolder } from './load.js';
import { emptyPetrarch, parseVerbs, tokenizePattern } from './parse.js';

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/petrarch/', import.meta.url));
const fixture = petrarchToDictionaries(readPetrarchFolder(FIXTURE), null);
const pipeline = createPreset('default', { dictionaries: fixture, version: 'test' });
const coded = (text: string, date = '1933-06-01') => pipeline.code(article(text, date));

describe('PETRARCH dictionaries → engine', () => {
  it.each([
    [['PRINCE', 'OF', 'DOL', 'AMROTH'], 'Prince of Dol Amroth'],
    [['THE', 'SHIRE'], 'the Shire'],
    [['THE', 'SHIRE'], 'The Shire'],
    [['U.S.'], 'U.S.'],
    [['THE', 'AU'], 'the AU'],
  ])('writes %j as it may stand in text: %s', (words, surface) => {
    expect(surfaceVariants(words)).toContain(surface);
  });

  it('expands synsets (nested) into alternatives and puts the target after the last word', () => {
    const p = emptyPetrarch();
    parseVerbs({ file: 'v.txt', text: '&A\n+MILITARY\n&B\n+&A\n+TRADE UNION\n' }, p);
    const t = tokenizePattern('* &B_TIES');
    if (typeof t === 'string') throw new Error(t);
    const c = convertPattern(t, ['restore'], p);
    if (typeof c === 'string') throw new Error(c);
    expect(c.elements.map((e) => (e.kind === 'word' ? e.alts.filter((a) => !/s$|ed$|ing$/.test(a) || a === 'ties').join('|') : e.kind))).toEqual([
      'restore',
      'gap',
      'military|trade union',
      'ties',
      'gap',
      'slot',
    ]);
    expect(c.both).toBe(false);
  });

  it.each([
    ['+ WAS * FROM $', { both: false, slotIsSource: true }],
    ['% *', { both: true, slotIsSource: false }],
    ['* BETWEEN %', { both: true, slotIsSource: false }],
    ['* +', { both: false, slotIsSource: false }],
  ])('maps the actor markers of %j', (text, expected) => {
    const t = tokenizePattern(text);
    if (typeof t === 'string') throw new Error(t);
    const c = convertPattern(t, ['free'], emptyPetrarch());
    if (typeof c === 'string') throw new Error(c);
    expect({ both: c.both, slotIsSource: c.slotIsSource }).toEqual(expected);
    expect(c.elements.filter((e) => e.kind === 'slot').length).toBe(text === '% *' ? 0 : 1);
  });

  it.each([
    ['a pattern and a synset', 'Freedonia restored diplomatic ties with Sylvania on Monday.', '1933-06-01', ['FRD 064 SLV']],
    ['a paired code [042:043]', 'Rufus Firefly visited Sylvania.', '1933-06-01', ['FRDGOV 042 SLV', 'SLV 043 FRDGOV']],
    ['a date restriction (before)', 'Rufus Firefly visited Sylvania.', '1932-06-01', ['FRDELI 042 SLV', 'SLV 043 FRDELI']],
    ['a date restriction (after) and a target before the words', 'Rufus Firefly accused Sylvania of espionage.', '1936-06-01', ['FRDOPP 1121 SLV']],
    ['a synonym, an agent and a verb form from {…}', 'Freedonian soldiers shelled Sylvania.', '1933-06-01', ['FRDMIL 190 SLV']],
    ['a compound subject (%)', 'Freedonia and Sylvania met on Friday.', '1933-06-01', ['FRD 040 SLV', 'SLV 040 FRD']],
    ['the source after the verb ($)', 'Sylvania was liberated from Freedonia.', '1933-06-01', ['FRD 080 SLV']],
    ['a compound actor [GRO/HAR/CHI]', 'The Marx Brothers attacked Freedonia.', '1933-06-01', ['GRO 190 FRD', 'HAR 190 FRD', 'CHI 190 FRD']],
    ['a prefix agent [NGO~]', 'Freedonian medics attacked Sylvania.', '1933-06-01', ['NGOFRD 190 SLV']],
    ['an agent from a substitution set', 'A Sylvanian spokeswoman accused Freedonia.', '1933-06-01', ['SLVGOV 112 FRD']],
  ])('codes %s', (_what, text, date, expected) => {
    expect(triples(coded(text, date))).toEqual(expected);
  });

  it('a [---] pattern keeps a weaker one from coding its words', () => {
    const a = coded('The Freedonian government restored ties with Sylvania.');
    expect(a.events).toEqual([]);
    expect(a.messages.map((m) => m.ruleId)).toContain('events:null-code');
  });

  it('discards a sentence, or the whole story', () => {
    expect(triples(coded('Freedonian soldiers shelled Sylvania after the match.'))).toEqual(['FRDMIL 190 SLV']);
    const s = coded('Freedonian soldiers shelled Sylvania after the football match. Freedonia visited Sylvania.');
    expect(triples(s)).toEqual(['FRD 042 SLV', 'SLV 043 FRD']);
    expect(s.messages.map((m) => m.ruleId)).toContain('events:sentence-discard');
    const story = coded('Freedonian soldiers shelled Sylvania. Freedonia won the chess olympiad.');
    expect(story.events).toEqual([]);
    expect(story.messages.map((m) => m.ruleId)).toContain('events:story-discard');
  });

  it('keeps PETRARCH codes as they are: a bare country stays a country, no modality recoding', () => {
    expect(triples(coded('Freedonia will visit Sylvania.'))).toEqual(['FRD 042 SLV', 'SLV 043 FRD']);
  });

  it('combined with the built-in dictionaries, both sets code', () => {
    const both = petrarchToDictionaries(readPetrarchFolder(FIXTURE), loadBuiltinDictionaries());
    const p = createPreset('default', { dictionaries: both, version: 'test' });
    // Entente's rules then: a bare country acting diplomatically is its government
    expect(triples(p.code(article('Rufus Firefly visited Sylvania.', '1933-06-01')))).toEqual(['FRDGOV 042 SLVGOV', 'SLVGOV 043 FRDGOV']);
    expect(triples(p.code(article('Chile met with Peru on Monday.')))).toEqual(['CHLGOV 040 PERGOV', 'PERGOV 040 CHLGOV']);
  });

  it('reads --dictionaries specifications', () => {
    expect(parseDictionarySpec(undefined)).toEqual({ builtin: true, petrarch: [] });
    expect(parseDictionarySpec('petrarch:a')).toEqual({ builtin: false, petrarch: ['a'] });
    expect(parseDictionarySpec('builtin, petrarch:a,petrarch:b')).toEqual({ builtin: true, petrarch: ['a', 'b'] });
    expect(() => parseDictionarySpec('tabari:a')).toThrow(UsageError);
    expect(() => loadDictionaries('petrarch:/no/such/folder')).toThrow(/\/no\/such\/folder: is not a folder|is not a folder/);
  });
});
