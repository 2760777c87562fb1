import { describe, expect, it } from 'vitest';
import { code } from '../../../test/support.js';

const person = (text: string, date: string) => code(text, date).entities.find((e) => e.type === 'PERSON' && e.form === 'name');

describe('titled people the exact lookup misses', () => {
  it.each([
    // spellings that differ by accents, particles or one letter, under a title the person held
    ['President Francois Mitterand visited Bonn.', '1990-01-01', 'François Mitterrand', 'FRAGOV'],
    ['President Omar El Bashir visited Cairo.', '2005-01-01', 'Omar al-Bashir', 'SDNGOV'],
    ['President Juvenal Habyariman visited Kampala.', '1990-01-01', 'Juvénal Habyarimana', 'RWAGOV'],
    // one of two presidents of that name, neither in office on the day: the one whose term is nearest
    ['President Bush spoke in Ohio.', '1995-01-01', 'George H. W. Bush', 'USAGOV'],
    ['President Bush spoke in Ohio.', '2000-09-01', 'George W. Bush', 'USAGOV'],
  ])('%j (%s)', (text, date, name, actor) => {
    const p = person(text, date);
    expect([p?.name, p?.actor]).toEqual([name, actor]);
  });

  it.each([
    ['another given name', 'President Pierre Mitterand visited Bonn.', '1990-01-01'],
    ['a title the person never held', 'Senator Francois Mitterand visited Bonn.', '1990-01-01'],
    ['two letters off', 'President Francois Mittrant visited Bonn.', '1990-01-01'],
    ['a short name one letter off', 'President Bosh spoke in Ohio.', '1995-01-01'],
  ])('leaves a name unknown with %s: %j', (_what, text, date) => {
    expect(person(text, date)?.actor ?? null).toBeNull();
  });
});

/** The actor of each named entity written exactly `word` (null: no actor). */
const actorsOf = (text: string, date: string, word: string) =>
  code(text, date)
    .entities.filter((e) => e.text === word && e.form === 'name')
    .map((e) => e.actor);

describe('a surname alone', () => {
  it.each([
    // an honorific or a title the person never held: an alias's last word ("Manuel Marrero Cruz")
    // or a foreign office-holder whose country the article never names is someone else
    ['Mr. Cruz spoke to voters in Houston on Monday.', '2022-03-01', 'Cruz', [null]],
    ['Senator Cruz spoke to voters in Houston on Monday.', '2022-03-01', 'Cruz', [null]],
    ['Mr. Christie spoke to reporters in Trenton, New Jersey.', '2015-06-01', 'Christie', [null]],
    ['Governor Hassan spoke on Monday. Hassan said the state would act.', '2016-06-01', 'Hassan', [null, null]],
    // a bare surname too: the World Bank's president needs the Bank named
    ['Kim said the loans to Ohio farmers would continue.', '2016-06-01', 'Kim', []],
  ])('is no dictionary person without context: %j', (text, date, word, actors) => {
    expect(actorsOf(text, date, word)).toEqual(actors);
  });

  it.each([
    // the person's country or body named, or a title they held
    ['Mr. Christie spoke to reporters in Nassau, the Bahamas.', '2015-06-01', 'Christie', 'BHSGOV'],
    ['Prime Minister Christie spoke to reporters in Miami.', '2015-06-01', 'Christie', 'BHSGOV'],
    ['The World Bank will lend more, Kim said on Monday.', '2016-06-01', 'Kim', 'IGOWBK'],
    ['Mr. Assad spoke in Damascus, Syria.', '2016-06-01', 'Assad', 'SYRGOV'],
  ])('names the dictionary person in context: %j', (text, date, word, actor) => {
    expect(actorsOf(text, date, word)).toEqual([actor]);
  });

  it('after another person of that name is the dictionary one the context gives', () => {
    // "Mr. Obama" after "Michelle Obama" is not her
    expect(actorsOf('Michelle Obama spoke in Chicago, Illinois. Mr. Obama said he agreed.', '2014-06-01', 'Obama')).toEqual(['USAGOV']);
  });

  it('under a title is that person again later, not a town of that name', () => {
    const a = code('Governor Hassan spoke on Monday. Hassan said the state would act.', '2016-06-01');
    expect(a.entities.filter((e) => e.text === 'Hassan').map((e) => [e.type, e.rule])).toEqual([
      ['PERSON', 'actors:title+name'],
      ['PERSON', 'actors:alias'],
    ]);
  });
});

describe('a full name with a middle initial or a leading word the dictionary does not write', () => {
  it.each([
    ['Secretary of State John F. Kerry spoke in Paris on Monday.', '2016-06-01', 'John F. Kerry', 'USAGOV'],
    ['Speaker Paul D. Ryan spoke in Washington on Monday.', '2016-06-01', 'Speaker Paul D. Ryan', 'USALEG'],
  ])('%j', (text, date, word, actor) => {
    expect(actorsOf(text, date, word)).toEqual([actor]);
  });
});

describe('a title once held under an organisation', () => {
  it.each([
    // a former holder no longer speaks for the body: the person's own actor on the day
    ['Former U.N. Ambassador John Bolton spoke on Monday.', '2016-06-01', 'John Bolton', 'USAELI'],
    ['Former Arab League Secretary General Amr Moussa spoke in Cairo.', '2016-06-01', 'Amr Moussa', 'EGYELI'],
    // a present holder does
    ['U.N. Secretary General Ban Ki-moon spoke on Monday.', '2016-06-01', 'Ban Ki-moon', 'IGOUNO'],
  ])('%j', (text, date, word, actor) => {
    expect(actorsOf(text, date, word)).toEqual([actor]);
  });
});

describe('a portfolio between a country and a minister’s or secretary’s title', () => {
  it.each([
    // the country before the portfolio places the minister; the portfolio is part of the role
    ['Iraqi Oil Minister Adel Hassan spoke in Basra on Monday.', '2010-06-01', 'Adel Hassan', 'IRQGOV', 'Oil Minister'],
    ['Chinese Commerce Minister Li Wen arrived in Lagos.', '2010-06-01', 'Li Wen', 'CHNGOV', 'Commerce Minister'],
    ['Iranian Deputy Foreign Minister Reza Amiri met the envoy.', '2010-06-01', 'Reza Amiri', 'IRNGOV', 'Deputy Foreign Minister'],
    ["Britain's Health Secretary Mark Dalton visited the ward.", '2010-06-01', 'Mark Dalton', 'GBRGOV', 'Health Secretary'],
    // a country name followed by the portfolio is no longer name ("U.S. Labor" is not a name)
    ['U.S. Labor Secretary Tom Perez criticized the bill.', '2016-05-01', 'Tom Perez', 'USAGOV', 'Labor Secretary'],
    ['U.S. Homeland Security Secretary Jane Royce spoke in Ohio.', '2016-05-01', 'Jane Royce', 'USAGOV', 'Homeland Security Secretary'],
    // a party's name opening the title is the portfolio, not the party ("Labour" is no GBRPTY here)
    ['Serbian Labour Minister Dragan Petrovic signed the bill.', '2001-06-01', 'Dragan Petrovic', 'SRBGOV', 'Labour Minister'],
    ['Australian Labor Minister Anne Walsh signed the bill.', '2001-06-01', 'Anne Walsh', 'AUSGOV', 'Labor Minister'],
  ])('%j', (text, date, name, actor, role) => {
    const e = code(text, date).entities.find((x) => x.text === name);
    expect([e?.actor, e?.role]).toEqual([actor, role]);
  });

  it.each([
    // no country before the portfolio: no country for the person
    ['Labor Secretary Tom Perez criticized the bill.', 'Tom Perez'],
    // a title of another kind keeps the name before it whole
    ['Jordan Peterson Professor Ann Lee spoke.', 'Ann Lee'],
  ])('gives no country without one before the portfolio: %j', (text, name) => {
    expect(code(text, '2016-05-01').entities.find((x) => x.text === name)?.actor ?? null).toBeNull();
  });

  it('reads "Gov." as a title, so a name after it is a person and not a place', () => {
    const a = code('Gov. Maggie Hassan spoke on Monday. Hassan said the state would act.', '2016-06-01');
    expect(a.entities.filter((e) => /Hassan/.test(e.text)).map((e) => [e.text, e.type, e.actor])).toEqual([
      ['Maggie Hassan', 'PERSON', null],
      ['Hassan', 'PERSON', null],
    ]);
  });

  it.each([
    ['Former Maryland Gov. Martin O’Malley called Trump a fascist.', 'Martin O’Malley'],
    ["Sen. Jane O'Brien spoke in Ohio on Monday.", "Jane O'Brien"],
  ])('keeps a name with an apostrophe whole, its given name no city: %j', (text, name) => {
    const a = code(text, '2016-06-01');
    expect(a.entities.filter((e) => e.text.includes(name.split(' ')[0] as string)).map((e) => [e.text, e.type, e.actor])).toEqual([[name, 'PERSON', null]]);
  });
});
