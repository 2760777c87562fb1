import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';
import { oneEditApart } from './fuzzy-country.js';

const places = (text: string): string[][] =>
  code(text)
    .entities.filter((e) => e.type === 'GPE')
    .map((e) => [e.text, e.actor ?? '']);

describe('misspelt country names', () => {
  it('counts one edit: a letter added, dropped, changed, or two neighbours swapped', () => {
    expect(oneEditApart('Kamboda', 'Kambodia')).toBe(true);
    expect(oneEditApart('Zambiia', 'Zambia')).toBe(true);
    expect(oneEditApart('Zanbia', 'Zambia')).toBe(true);
    expect(oneEditApart('Zmabia', 'Zambia')).toBe(true);
    expect(oneEditApart('Zambia', 'Zambia')).toBe(false);
    expect(oneEditApart('Zmbiaa', 'Zambia')).toBe(false);
  });

  it.each([
    ['Officials in Afganistan closed the border on Monday.', 'Afganistan', 'AFG'],
    ['The army of Ethopia moved north.', 'Ethopia', 'ETH'],
    ["Quatar's emir flew home.", 'Quatar', 'QAT'],
    ['Troops from the Phillippines arrived.', 'Phillippines', 'PHL'],
    ['Venezeula recalled its ambassador.', 'Venezeula', 'VEN'],
  ])('reads a one-edit misspelling as the country: %s', (text, word, actor) => {
    expect(places(text)).toContainEqual([word, actor]);
  });

  it.each([
    'Investment banks covering the Americas hired him.', // a plural of another name
    'He is leaving Neverland for good.', // one edit from a native name (Nederland), not the English one
    'The Ethopia Road project stalled.', // part of a longer name
    'Iman and Chao met in Paris.', // short names are left alone
    'The Canadas of the world differ.', // plural again
  ])('leaves other words alone: %s', (text) => {
    const got = places(text).map(([w]) => w);
    for (const w of ['Americas', 'Neverland', 'Ethopia', 'Iman', 'Chao', 'Canadas']) expect(got).not.toContain(w);
  });
});
