import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';

describe('actors', () => {
  it('finds countries, demonyms and capitals with CAMEO codes', () => {
    const a = code('The U.S. and Bolivia met in La Paz with Iranian and American officials.');
    expect(a.entities.filter((e) => e.form === 'name').map((e) => [e.text, e.type, e.actor])).toEqual([
      ['U.S.', 'GPE', 'USA'],
      ['Bolivia', 'GPE', 'BOL'],
      ['La Paz', 'GPE', 'BOL'],
      ['Iranian', 'NORP', 'IRN'],
      ['American', 'NORP', 'USA'],
    ]);
  });

  it('keeps a title as the role and gives later short names the same referent', () => {
    const a = code('U.S. Deputy Secretary of State Christopher Landau spoke. Later, Landau left.');
    const landau = a.entities.filter((e) => e.type === 'PERSON');
    expect(landau.map((e) => [e.text, e.name, e.role, e.actor])).toEqual([
      ['Christopher Landau', 'Christopher Landau', 'Deputy Secretary of State', 'USAGOV'],
      ['Landau', 'Christopher Landau', 'Deputy Secretary of State', 'USAGOV'],
    ]);
    expect(landau[1]?.referent).toBe(a.entities.indexOf(landau[0] as (typeof landau)[number]));
  });

  it.each([
    ['the Bolivian authorities', 'Bolivian authorities', 'BOLGOV'],
    ['Iran’s foreign minister', 'Iran’s foreign minister', 'IRNGOV'],
    ['the new government of Bolivia', 'the new government', 'BOLGOV'],
    ['Russian troops', 'Russian troops', 'RUSMIL'],
    ['Guinean police', 'Guinean police', 'GINCOP'],
  ])('composes a country and a role noun: %j', (phrase, text, actor) => {
    const a = code(`They spoke with ${phrase} yesterday.`);
    expect(a.mentions.map((m) => [m.text, m.actor])[0]).toEqual([text, actor]);
  });

  it('does not take weekdays, months or lower-case words for names; they are dates', () => {
    const a = code('On Monday in August, the chad grass was cut.');
    expect(a.entities.map((e) => [e.text, e.type])).toEqual([
      ['On Monday', 'DATE'],
      ['August', 'DATE'],
    ]);
  });

  it.each([
    [
      'Palestinians blamed Israel for the bombing.',
      [
        ['Palestinians', 'PSE', 'actors:people'],
        ['Israel', 'ISR', 'actors:country'],
      ],
    ],
    [
      'Serb forces killed three Albanians.',
      [
        ['Serb forces', 'SRBMIL', 'actors:nominal'],
        ['Albanians', 'ALB', 'actors:people'],
      ],
    ],
    // an adjective alone names no one; before a name it is part of that name's phrase
    ['The Palestinian said nothing.', []],
  ])('a people named by its plural demonym is an actor: %j', (text, expected) => {
    expect(code(text).mentions.map((m) => [m.text, m.actor, m.rule])).toEqual(expected);
  });

  it.each([
    // a country right before the people: where it lives
    ['Thousands of Syrian Kurds marched on Sunday.', ['Syrian Kurds', 'SYR']],
    ['Croatian Serb refugees returned home.', ['Croatian Serb refugees', 'HRVCVL']],
    ["Turkey's Kurds voted on Sunday.", ["Turkey's Kurds", 'TUR']],
    // a place right after the phrase
    ['Ethnic Hungarian politicians in Slovakia met on Monday.', ['Ethnic Hungarian politicians', 'SVK']],
    ['Moslem forces in central Bosnia shelled the town.', ['Moslem forces', 'BIHMIL']],
    ['Druze villagers of the Syrian Golan Heights went on strike.', ['Druze villagers', 'SYRCVL']],
    // "ethnic" or a group with no country: where the sentence places its act, else the country named most
    ['Hundreds of ethnic Russians rallied in Estonia on Monday.', ['ethnic Russians', 'EST']],
    ['Sunni militants attacked American troops in Baghdad.', ['Sunni militants', 'IRQREB']],
    ['Tamil rebels rejected the offer of Sri Lanka.', ['Tamil rebels', 'LKAREB']],
    ['Latvia and Russia argued again. Ethnic Russians complained to Latvia.', ['Ethnic Russians', 'LVA']],
  ])('codes a people by the country it lives in: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])).toContainEqual(expected);
  });

  it.each([
    // the country of a named body counts among those the article names; a news outlet's does not
    ['Hausa elders criticized the Nigerian Ministry of Justice.', ['Hausa elders', 'NGA']],
    ['Kurdish refugees crossed into Iraq, the Washington Post reported.', ['Kurdish refugees', 'IRQCVL']],
    // of two role nouns the last is the head
    ['Police dispersed Sunni fundamentalist demonstrators in Cairo.', ['Sunni fundamentalist demonstrators', 'EGYCVL']],
    ['Sunni fundamentalists rallied in Cairo.', ['Sunni fundamentalists', 'EGYRAD']],
  ])('places a people by the article: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])).toContainEqual(expected);
  });

  it.each([
    ['U.S. and Russian negotiators met in Geneva.', ['U.S.', 'USAGOV'], ['Russian negotiators', 'RUSGOV']],
    ['French and Egyptian warships sailed on Monday.', ['French', 'FRAMIL'], ['Egyptian warships', 'EGYMIL']],
  ])('shares a role noun over a coordinated country and demonym: %j', (text, a, b) => {
    const m = code(text, '2000-01-01').mentions.map((x) => [x.text, x.actor]);
    expect(m).toContainEqual(a);
    expect(m).toContainEqual(b);
  });

  it.each([
    // a region that stands for its country, with a role noun
    ['Sudan accused Darfur rebels of violating the truce.', ['Darfur rebels', 'SDNREB']],
    ['Chechnya separatists attacked a checkpoint.', ['Chechnya separatists', 'RUSREB']],
    // a noun of time ends a demonym's phrase
    ['Egyptian officers today ended the talks.', ['Egyptian officers', 'EGYMIL']],
    ['Syrian warplanes today bombed the town.', ['Syrian warplanes', 'SYR']],
  ])('names regions and role phrases: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])).toContainEqual(expected);
  });

  it.each([
    // a city of a state younger than the article belongs to the state it was part of
    ['Rebels shelled Juba on Sunday.', '2000-01-01', 'SDN'],
    ['Rebels shelled Juba on Sunday.', '2015-01-01', 'SSD'],
    ['Police arrested two men in Podgorica.', '1999-05-01', 'SRB'],
    ['Police arrested two men in Podgorica.', '2010-05-01', 'MNE'],
  ])('dates the cities of young states: %j on %s', (text, date, actor) => {
    const city = code(text, date).entities.find((e) => e.type === 'GPE');
    expect(city?.actor).toBe(actor);
  });

  it.each([
    ['Vietnamese-led forces shelled the camps.', ['Vietnamese-led forces', 'VNMMIL']],
    ['U.S.-led troops entered the town.', ['U.S.-led troops', 'USAMIL']],
  ])('gives forces led by a country to that country: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])).toContainEqual(expected);
  });

  it('does not give forces a country backs to that country', () => {
    expect(code('U.S.-backed forces entered the town.', '2000-01-01').mentions.some((m) => m.actor === 'USAMIL')).toBe(false);
  });

  it.each([
    ['The LTTE attacked an army camp.', ['LTTE', 'LKAREB']],
    ['UNITA rejected the peace plan.', ['UNITA', 'AGOREB']],
    ['The Islamic Salvation Front called a strike.', ['Islamic Salvation Front', 'DZAPTY']],
  ])('knows armed groups and parties of the CAMEO era: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])).toContainEqual(expected);
  });

  it.each([
    // a group that spans many countries has no residence; a people with no country named nowhere has none
    ['European leaders criticized Russia.', 'European leaders'],
    ['Kurdish fighters took the hill.', 'Kurdish fighters'],
    ['Christian groups said nothing.', 'Christian groups'],
  ])('gives no residence when there is none to give: %j', (text, phrase) => {
    expect(code(text, '2000-01-01').mentions.some((m) => m.text.includes(phrase))).toBe(false);
  });

  it.each([
    ['an office-holder on the day', 'Erdogan criticized Greece in Ankara on Monday.', '2020-01-01', [['Erdogan', 'TURGOV', 'actors:known-surname']]],
    // the text must name the office-holder's country (or body): else it is someone else of that name
    ['an office-holder whose country goes unnamed', 'Erdogan criticized Greece on Monday.', '2020-01-01', []],
    ['no one of that name in office', 'Erdogan criticized Greece on Monday.', '1990-01-01', []],
    ['a surname that is a common word', 'Brown met the minister.', '2008-01-01', []],
    ['part of a longer name', 'Ahmet Erdogan criticized Greece.', '2020-01-01', [['Ahmet Erdogan', null, 'actors:proper-name']]],
  ])('a known office-holder by surname alone: %s', (_what, text, date, expected) => {
    const a = code(text, date);
    expect(a.entities.filter((e) => e.type === 'PERSON' && e.form === 'name').map((e) => [e.text, e.actor ?? null, e.rule])).toEqual(expected);
  });

  it('takes the country after a title: "the president of Armenia" is not the president named before', () => {
    const a = code('Putin offered Russian help to negotiate with the president of Armenia.', '2020-01-01');
    expect(a.mentions.map((m) => [m.text, m.actor]).slice(0, 2)).toEqual([
      ['Putin', 'RUSGOV'],
      ['president', 'ARMGOV'],
    ]);
  });

  it.each([
    ['King Hassan of Morocco met the envoy.', ['Hassan', 'MARGOV']],
    ['Emir Tamim of Qatar met the envoy.', ['Tamim', 'QATGOV']],
  ])('takes the country after a title and a name: %j', (text, expected) => {
    expect(code(text, '2000-01-01').mentions.map((m) => [m.text, m.actor])[0]).toEqual(expected);
  });

  it('takes a place that ends in an organisation word for the place: "the West Bank" is no bank', () => {
    const a = code('Israeli troops remained on alert in the occupied West Bank.');
    expect(a.entities.map((e) => [e.text, e.type, e.actor])).toContainEqual(['West Bank', 'GPE', 'WSB']);
    expect(a.entities.some((e) => e.type === 'ORG' && /Bank/.test(e.text))).toBe(false);
  });

  it('gives a known person titled by an organisation the organisation’s code', () => {
    const a = code('NATO Secretary General Jens Stoltenberg criticized Russia.', '2000-01-01');
    expect(a.mentions.map((m) => [m.text, m.actor])).toContainEqual(['Jens Stoltenberg', 'IGOWSTNAT']);
  });

  it('refers "the government" back to a government, not to the court named before it', () => {
    const a = code('Mexico asked the International Court of Justice to rule. Some lawmakers criticized the government.');
    expect(a.mentions.find((m) => m.text.endsWith('government'))?.actor ?? null).not.toBe('IGOJUDICJ');
  });

  it("finds the holder of a country's title among its own offices, not an international post held by a national", () => {
    // in 2000 an American presided over the World Bank; "the US President" is still the US head of state
    const a = code('Farmers ignored a request from the US President to end the blockade.', '2000-01-01');
    expect(a.mentions.filter((m) => m.text.endsWith('President')).map((m) => m.actor)).toEqual(['USAGOV']);
  });

  it.each([
    ['Two men were arrested in Northern Ireland.', 'Northern Ireland', 'GBR'],
    ['Flooding hit New Mexico on Monday.', 'New Mexico', 'USA'],
    ['Fires burned in New South Wales.', 'New South Wales', 'AUS'],
  ])("reads a region whose name holds another country's as its own country: %j", (sentence, place, country) => {
    const a = code(sentence);
    expect(a.entities.filter((e) => e.type === 'GPE').map((e) => [e.text, e.actor])).toEqual([[place, country]]);
  });

  it.each([
    ['The Albanians of southern Serbia demanded autonomy.', 'Albanians', 'SRB'],
    ['The Kurds of Iraq held elections.', 'Kurds', 'IRQ'],
    ['Americans of Iraqi descent protested in Chicago.', 'Americans', 'USA'],
    ['Palestinians of the West Bank went on strike.', 'Palestinians', 'PSE'],
  ])('places a people named by its plural where "of" places it, not by a people or a territory: %j', (sentence, people, actor) => {
    const a = code(sentence);
    expect(a.mentions.find((m) => m.text === people)?.actor).toBe(actor);
  });

  it("reads a city's security chief as its country's police", () => {
    const a = code("Nairobi's security chief banned the march.");
    expect(a.mentions.map((m) => [m.text, m.actor])).toContainEqual(["Nairobi's security chief", 'KENCOP']);
  });

  it('reads a surname that is also a town as the person named before, not the town', () => {
    const a = code('Marco Rubio spoke in Iowa on Monday. Later, Rubio said the senator would win.', '2016-01-10');
    expect(a.entities.filter((e) => e.text === 'Rubio').map((e) => [e.type, e.name])).toEqual([['PERSON', 'Marco Rubio']]);
  });

  it('does not read a bare surname as an office-holder abroad when the article names someone else with it', () => {
    // in September 2016 a Johnson was the British foreign secretary; this Johnson is not him
    const a = code('Gary Johnson spoke in Ohio on Monday. Later, Johnson said he would win.', '2016-09-01');
    expect(a.entities.filter((e) => e.actor === 'GBRGOV').map((e) => e.text)).toEqual([]);
  });
});
