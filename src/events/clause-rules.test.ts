// The clause rules added with the PETRARCH importer, on the built-in dictionaries (each case coded
// differently before them).
import { describe, expect, it } from 'vitest';
import { code, triples } from '../../test/support.js';

describe('clause rules', () => {
  it.each([
    ["a subordinate clause's own noun subject is no actor", 'France met with Iran weeks after gunmen attacked its embassy.', ['FRAGOV 040 IRNGOV', 'IRNGOV 040 FRAGOV']],
    [
      'coordinated subjects step over their modifiers',
      'Chile and the evil awful Peru met with Bolivia.',
      ['CHLGOV 040 BOLGOV', 'PERGOV 040 BOLGOV', 'BOLGOV 040 CHLGOV', 'BOLGOV 040 PERGOV'],
    ],
    ['role nouns joined by "and" share their country', 'Hungarian media and government criticized Ukraine.', ['HUNMED 111 UKRGOV', 'HUNGOV 111 UKRGOV']],
    ['a request noun that modifies a noun asks nothing', 'Kenya mobilized pressure groups in Uganda to defend the rights of Somali refugees.', ['KENGOV 052 SOMCVL']],
    ['… a request noun with its addressee still does', 'Kenya put pressure on Uganda to release the prisoners.', []],
    ['"help" takes a bare infinitive', 'Kenya sent lawyers to Uganda to help support the rights of Somali refugees.', ['KENGOV 052 SOMCVL']],
    ['… but a noun after "help" and a determiner is its object', 'Kenya helped the talks with Uganda.', []],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text))).toEqual(expected);
  });
});
