import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { parseDatedText } from './dated-text.js';

const where = { file: 'a.txt' };

describe('dated text', () => {
  it.each([
    ['date 2025-11-11 U.S. officials met.', 'U.S. officials met.'],
    ['date 2025-11-11\nU.S. officials met.', 'U.S. officials met.'],
    ['date 2025-11-11\n\nU.S. officials met.\n', 'U.S. officials met.'],
    [' date 2025-11-11 U.S. officials met.', 'U.S. officials met.'],
    ['\uFEFFdate 2025-11-11\r\nLine one.\r\nLine two.', 'Line one.\nLine two.'],
  ])('reads the header and text of %j', (raw, text) => {
    const a = parseDatedText(raw, where);
    expect(a.date).toBe('2025-11-11');
    expect(a.text).toBe(text);
    expect(a.origin).toEqual({ file: 'a.txt', line: null });
  });

  it('normalises to NFC and keeps the normalised text as the one offsets refer to', () => {
    const a = parseDatedText('date 2025-01-02 Bogota\u0301 talks.', where);
    expect(a.text).toBe('Bogotá talks.');
  });

  it('uses --date for plain text without a header', () => {
    expect(parseDatedText('Officials met on Monday.', where, { date: '2025-03-04' }).date).toBe('2025-03-04');
  });

  it.each([
    ['Officials met.', /no publication date/, /--date/],
    ['date 2025-02-30 Officials met.', /not a calendar day/, /YYYY-MM-DD/],
    ['date 2025-13-01 Officials met.', /not a calendar day/, /YYYY-MM-DD/],
    ['date 11/11/2025 Officials met.', /expected a date written YYYY-MM-DD/, /YYYY-MM-DD/],
    ['date\n', /no date after it/, /date YYYY-MM-DD/],
    ['date 2025-11-11\n   \n', /text is empty/, /add its text/],
  ])('refuses %j with a message naming the field and the fix', (raw, message, hint) => {
    try {
      parseDatedText(raw, where);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.file).toBe('a.txt');
      expect(err.message).toMatch(message);
      expect(err.describe()).toMatch(hint);
    }
  });
});
