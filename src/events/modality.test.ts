// What the words around a trigger say about it (src/events/modality.ts): conditions, conditional
// intentions, coordinated verbs under one modal, negations, questions in quotations, requests.
// Invented sentences; each rule with a guard that the plain act is still coded.
import { describe, expect, it } from 'vitest';
import { code, triples } from '../../test/support.js';

describe('modality: conditions', () => {
  it.each([
    ['"assuming" opening a clause is a condition', 'Assuming Chile agrees to meet with Peru, the talks will go on.', []],
    ['"assuming that" is a condition', 'Officials said the summit would go ahead assuming that Chile meets with Peru.', []],
    ['… but "assuming" with an object is an act', 'After assuming office, the Chilean president met with Peru.', ['CHLGOV 040 PERGOV', 'PERGOV 040 CHLGOV']],
    ['"provided that" is a condition', 'The plan works provided that Chile signs a trade agreement with Peru.', []],
    ['"provided" after a comma is a condition', 'The border will reopen, provided Chile meets with Peru.', []],
    ['… but "provided" as a verb is an act', 'Japan provided military aid to the Philippines.', ['JPNGOV 072 PHLGOV']],
    ['"in case" is a condition', 'Troops stay on alert in case Russia attacks Ukraine.', []],
    ['"until" with a present-tense verb is a condition', 'The border stays closed until Chile meets with Peru.', []],
    ['… but with a past-tense verb it is an act', 'The border stayed closed until Chile met with Peru.', ['CHLGOV 040 PERGOV', 'PERGOV 040 CHLGOV']],
    [
      '… and a noun the tagger reads as a verb is no present tense',
      "Relations were calm until the president's push for reform led to the spectacle of Chilean President Gabriel Boric denouncing Peru.",
      ['CHLGOV 111 PERGOV'],
    ],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});

describe('modality: a modal with a condition after the trigger', () => {
  it.each([
    ['a conditional intention to cooperate is hypothetical', 'Chile would meet with Peru if Lima lifted the tariffs.', []],
    ['… with "unless" too', 'Chile said it would send aid to Bolivia unless the rains stopped.', []],
    ['… and with "will"', 'Norway will send aid to Chile if the floods worsen.', []],
    ['… but an intention without a condition stays an intention', 'Norway will send aid to Chile next week.', ['NORGOV 033 CHLGOV']],
    ['a conditional act of force is a threat (13x)', 'Russia would attack Ukraine if NATO expanded.', ['RUSGOV 1384 UKRGOV']],
    ['a condition asked about is no condition ("asked if")', 'Chile will meet with Peru, officials said when asked if the talks were on.', ['CHLGOV 036 PERGOV']],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});

describe('modality: coordinated verbs share their modal', () => {
  it.each([
    ['a verb after "and" inherits "would" from the first verb', 'Japan would deliver the jets by 2027 and train Philippine personnel.', ['JPNGOV 033 PHLGOV']],
    ['… and "could" (not coded)', 'Japan could deliver the jets by the end of 2027 and train Philippine personnel.', []],
    ['… and a request', 'Chile urged Peru to withdraw its troops from the border and release Bolivian prisoners.', ['CHLGOV 0256 PERGOV']],
    ['… but a past-tense verb after "and" is its own act', 'Japan delivered the jets last year and trained Philippine personnel.', ['JPNGOV 072 PHLGOV']],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});

describe('modality: negations', () => {
  it.each([
    ['"has yet to" is not done', 'Chile has yet to endorse the Peruvian president.', []],
    ['… and "is yet to"', 'Chile is yet to meet with Peru.', []],
    ['"failure to" is not done', 'Chile criticized Bolivia for its failure to meet with Peru.', ['CHLGOV 111 BOLGOV']],
    ['"refusal to" is a refusal (12x), as "refused to" is', 'Chile criticized Bolivia over its refusal to support Peru.', ['CHLGOV 111 BOLGOV', 'BOLGOV 120 PERGOV']],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});

describe('modality: questions and requests', () => {
  it.each([
    ['a question inside a quotation asserts nothing', '“Will Chile meet with Peru?” the Bolivian president asked.', []],
    ['… nor a "why" question', '“Why did Chile meet with Peru?” Bolivia asked on Monday.', []],
    ['… but a statement quoted beside a question is asserted', '“Chile met with Peru,” the minister said. “Why should we worry?”', ['CHLGOV 040 PERGOV', 'PERGOV 040 CHLGOV']],
    ['a request verb far before its "to"', 'Bolivia urged the leaders of the two big neighbouring nations Chile and Peru to meet with Ecuador.', []],
    [
      '… but not over a verb of its own',
      'Chile told reporters in the capital that the Peruvian officials then managed to meet with Bolivia.',
      ['PERGOV 040 BOLGOV', 'BOLGOV 040 PERGOV'],
    ],
    ['"coerce … to" asks for the act', 'Chile coerced Peru to meet with Bolivia.', ['CHLGOV 170 PERGOV']],
    ['an act noun takes the modality of its support verb', 'Chile pressured Peru to sign a trade agreement with Bolivia.', ['CHLGOV 100 PERGOV']],
    ['"solicit … to" asks for the act', 'Chile solicited Peru to send aid to Bolivia.', []],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});

describe('modality: unwillingness and requests named by a mis-tagged noun', () => {
  it.each([
    ['"unwilling to" negates the act', 'Kenya is unwilling to endorse Uganda.', []],
    ['"reluctant to" negates the act', 'The Kenyan president, who was reluctant to endorse Uganda, spoke on Monday.', []],
    ['… but "willing to" is an intention', 'Kenya is willing to help Uganda.', ['KENGOV 030 UGAGOV']],
    [
      '"calls to" after a possessive and a participle asks for the act (the tagger reads "calls" as a verb)',
      "Uganda decried Kenya's repeated calls to ban all Somalis from entering Uganda.",
      ['UGAGOV 111 KENGOV'],
    ],
    ['… and so after a possessive alone', "Kenya decried Uganda's calls to attack Somali rebels.", ['KENGOV 111 UGAGOV']],
    ['… but calls heeded are acted on', 'Kenya heeded calls to attack Somali rebels.', ['KENMIL 190 SOMREB']],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});
