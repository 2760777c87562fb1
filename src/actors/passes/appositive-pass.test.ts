import { describe, expect, it } from 'vitest';
import { code } from '../../../test/support.js';

const person = (text: string, name: string) => {
  const e = code(text, '2005-01-01').entities.find((x) => x.text === name);
  return [e?.type ?? null, e?.actor ?? null];
};

describe('appositives that say who a person is', () => {
  it.each([
    // a country with "'s" and up to three modifiers before the role noun
    ["Salim Haddad, Algeria's leading human rights activist, began a hunger strike.", 'Salim Haddad', ['PERSON', 'DZACVL']],
    ["Tarek Mansour, Egypt's exiled opposition leader, returned to Cairo.", 'Tarek Mansour', ['PERSON', 'EGYOPP']],
    // a name no list of given names holds, with an article and a demonym
    ['Kofitse Adzoa, a Ghanaian diplomat, met the envoy.', 'Kofitse Adzoa', ['PERSON', 'GHAGOV']],
  ])('%j', (text, name, expected) => {
    expect(person(text, name)).toEqual(expected);
  });

  it.each([
    // a body's role noun is no person ("Goldman Sachs, America's biggest bank"), nor a run inside a longer name
    ['Hadley Brothers, Britain’s oldest trading company, closed its doors.', 'Hadley Brothers'],
    // no role noun in the appositive
    ["Kofitse Adzoa, Ghana's largest port, reopened.", 'Kofitse Adzoa'],
  ])('leaves the run alone without a person’s role: %j', (text, name) => {
    expect(person(text, name)[1]).toBeNull();
  });
});
