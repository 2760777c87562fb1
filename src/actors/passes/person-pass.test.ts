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
