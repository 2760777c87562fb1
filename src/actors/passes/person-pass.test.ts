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
