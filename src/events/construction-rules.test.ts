// Constructions the event stage codes without a pattern of their own (issue #4): refusals of
// cooperation as rejections, one actor's "agreed to", protests whose place follows a compass word,
// coordinated subjects with titles, a participle before the target. Invented sentences.
import { describe, expect, it } from 'vitest';
import { code, triples } from '../../test/support.js';

describe('construction rules', () => {
  it.each([
    ['a refused meeting is a rejection (125)', 'Chile refused to meet with Peru.', ['CHLGOV 125 PERGOV']],
    ['a declined aid is a rejection of aid (122x)', 'Norway declined to send aid to Chile.', ['NORGOV 1223 CHLGOV']],
    ['an act "out of the question" is refused (1244)', 'Lifting the sanctions on Cuba is out of the question, Chile said.', ['CHLGOV 1244 CUBGOV']],
    ['a plain negation is still not coded', 'Chile did not meet with Peru.', []],
    ['one actor agreeing is its own intent (030)', 'Chile agreed to the plan on Monday.', ['CHLGOV 030 -']],
    ['one actor agreeing that something is so is an opinion, no event', 'Chile agreed that the tariffs should be lowered.', []],
    ['a proposed ban is only intended, not a ban', 'Chile proposed barring Peruvian traders from entering the country.', []],
    ['one actor agreeing names its partner as the first actor after it', 'Japan agreed to build a research centre in Kenya.', ['JPNGOV 030 KENGOV']],
    ['one actor agreeing to a coded act keeps only that act', 'Norway agreed to send aid to Chile.', ['NORGOV 033 CHLGOV']],
    ['a protest at a place after a compass word', 'Kenyan students demonstrated in northern Uganda.', ['KENCVL 141 UGAGOV']],
    ['a protest in the protesters’ own country', 'Chilean prisoners rioted at a jail near the capital.', ['CHLCVL 145 CHLGOV']],
    [
      'a title and a country word between "and" and a name',
      'Chilean President Gabriel Boric and Peruvian President Pedro Castillo signed a trade agreement.',
      ['CHLELI 057 PERGOV', 'PERGOV 057 CHLELI'],
    ],
    ['a past participle before the target', 'Chile rejected renewed Peruvian demands.', ['CHLGOV 120 PERGOV']],
    ['talks that fail to reach agreement reject it (127)', 'Chile and Peru failed to reach agreement on the border.', ['CHLGOV 127 PERGOV', 'PERGOV 127 CHLGOV']],
    ['a threat with a time phrase before its "to"', 'Mali threatened on Monday to break relations with France.', ['MLIGOV 1313 FRAGOV']],
    ['an announced boycott is a threat of protest (133)', 'Kenyan students said they would boycott the elections.', ['KENCVL 133 -']],
    ['a demonym before an act noun is its actor', 'Palestinian riots against the Israeli army continued.', ['PSE 145 ISRMIL']],
    ['a title before a person in the slot', 'The German government welcomed President Macron’s latest statement.', ['DEUGOV 051 FRAGOV']],
    ['repression with no named target falls on the state’s own people', 'The Kenyan police imposed a curfew.', ['KENCOP 1723 KEN']],
    ['… or on the people of the place it names', 'Ugandan police banned all rallies in Kenya.', ['UGACOP 1721 KEN']],
    ['no implied target for a non-state source', 'Kenyan rebels imposed a curfew.', ['KENREB 1723 -']],
    ['a readiness to repress is a threat, on the state’s own people', 'The Kenyan government is prepared to impose martial law.', ['KENGOV 1324 KEN']],
    ['an offer of force stays cooperation', 'Chile offered to send police to Haiti.', ['CHLGOV 0334 HTIGOV']],
    ['a hyphenated word counts once in a gap', 'Ghana sent 800 troops to an international peace-keeping force in Liberia.', ['GHAGOV 074 LBRGOV']],
    ['an act committed to is the subject’s', 'Turkey refused to commit to any direct assistance to Kuwait.', ['TURGOV 122 KWTGOV']],
    ['a compass word before the target and a hyphenated modifier before an act noun', 'Turkey mounted its long-planned invasion of North Cyprus.', ['TURMIL 192 CYP']],
    ['a noun of place before the target’s name', 'Russian troops shelled the city of Kharkiv.', ['RUSMIL 190 UKR']],
    ['more support verbs carry an act noun', 'The Kenyan government threatened to institute a curfew in Nairobi.', ['KENGOV 1323 KENGOV']],
    [
      'a list of targets ends at its "and"',
      'Hamas threatened to deliver blows to the United States and Israel, a Saudi weekly reported.',
      ['PSEREB 1384 USAGOV', 'PSEREB 1384 ISRGOV'],
    ],
    ['a participle used as an adjective is no act', 'Israeli troops patrolled the occupied West Bank.', []],
    ['… nor in a compound, whose place is no subject', 'Palestinians of the Israeli-occupied West Bank went on strike.', ['PSE 143 PSEGOV']],
    ['a hyphenated modifier before the target', 'Britain sent military aid to war-torn Mozambique.', ['GBRGOV 072 MOZGOV']],
    ['a threat is made to the subject of its "unless" clause', 'Kenyan teachers threatened to go on strike unless Uganda paid its debts.', ['KENCVL 133 UGAGOV']],
    ['… or of its "if" clause', 'Chile threatened to break relations with Peru if Bolivia closed the border.', ['CHLGOV 1313 PERGOV']],
    ['… but a threat without one keeps no target', 'Kenyan teachers threatened to go on strike next week.', ['KENCVL 133 -']],
    ['a protest aimed "in defiance of" an actor is addressed to it', 'Thousands of students demonstrated in Nairobi in defiance of the Ugandan government.', ['KENCVL 141 UGAGOV']],
    ['… and so is one showing anger at it', 'Farmers blocked roads in Lima to show their anger at the Chilean government.', ['PERCVL 144 CHLGOV']],
    ['… and one "against" it later in its clause', 'Students demonstrated in Lima on Friday against Chile.', ['PERCVL 141 CHLGOV']],
    ['protesters are placed in "the city of" a place', 'Protesters blocked roads in the capital city of Caracas.', ['VENCVL 144 VENGOV']],
    ['prisoners are civilians placed where they riot', 'Prisoners rioted at a jail in Nairobi.', ['KENCVL 145 KENGOV']],
    ['two actors launching war games cooperate militarily', 'Chinese and Russian warships began five days of war games in the Sea of Japan.', ['CHNMIL 062 RUSMIL', 'RUSMIL 062 CHNMIL']],
    ['… one actor alone does not', 'Chile held war games on Monday.', []],
    ['a ground offensive is a military act', 'Ugandan troops launched a new ground offensive on Sunday.', ['UGAMIL 190 -']],
    ['… a charm offensive is not', 'The Ugandan government launched a charm offensive on Sunday.', []],
    ['a lower-case title after "former" leads in to the named target', 'Chile praised former president Alberto Fujimori on Monday.', ['CHLGOV 051 PERELI']],
    ['… but not a noun before a name', 'Chile disapproved of the way Fujimori handled it.', []],
    ['a complaint to a third party about an actor targets that actor', 'Kenya complained to the African Union on Friday about Ugandan air strikes.', ['KENGOV 114 UGAGOV']],
  ])('%s: %j', (_what, text, expected) => {
    expect(triples(code(text, '2022-01-10'))).toEqual(expected);
  });
});
