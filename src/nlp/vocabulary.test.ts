import { describe, expect, it } from 'vitest';
import { analyse } from './tokens.js';
import { isCommonWord } from './vocabulary.js';

describe('isCommonWord', () => {
  it('tells English words from names, before and after texts were analysed', () => {
    expect(isCommonWord('Steel')).toBe(true);
    expect(isCommonWord('Lavrov')).toBe(false);
    analyse('Minister Zorbakov met the farmers of Qwelm on the national holiday.');
    // words wink has met in a text and words it never met are both answered without a doubt
    expect(isCommonWord('Zorbakov')).toBe(false);
    expect(isCommonWord('Xqwyzt')).toBe(false);
    expect(isCommonWord('Farmers')).toBe(true);
    expect(isCommonWord('National')).toBe(true);
    expect(isCommonWord('holiday')).toBe(true);
  });
});
