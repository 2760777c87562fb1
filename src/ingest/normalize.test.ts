import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';
import { givenText, normalizeText, trimText } from './normalize.js';

const normalised = (raw: string) => trimText(normalizeText(raw));

describe('offsets into the text as given', () => {
  it('is nothing when normalising changed nothing, a shift when it only trimmed', () => {
    expect(givenText('Chile met Peru.', 'Chile met Peru.')).toBeNull();
    expect(givenText('\uFEFF  Chile met Peru.\n', 'Chile met Peru.')).toEqual({ text: '\uFEFF  Chile met Peru.\n', shift: 3 });
  });

  it('maps every offset of the normalised text back through CR LF, combining marks and control characters', () => {
    const given = '\r\n Se\u0301bastien Pi\u00f1era\u0007 met Peru.\r\nThen they left.';
    const text = normalised(given);
    expect(text).toBe('Sébastien Piñera  met Peru.\nThen they left.');
    const g = givenText(given, text);
    if (!g || 'shift' in g) throw new Error('a map was expected');
    const back = (s: number, e: number) => given.slice(g.start[s], g.end[e]);
    expect(back(0, 9)).toBe('Se\u0301bastien');
    expect(back(10, 16)).toBe('Pi\u00f1era');
    expect(back(10, 17)).toBe('Pi\u00f1era\u0007');
    expect(back(text.indexOf('Then'), text.length)).toBe('Then they left.');
    expect(back(text.indexOf('Peru'), text.indexOf('Peru') + 4)).toBe('Peru');
  });

  it('codes an article whose text normalising changed with every span indexing the text as given', () => {
    const given =
      '  U.S. Deputy Secretary of State Christopher Landau me\u0301t Bolivian President Rodrigo Paz in La Paz on Monday.\r\n\r\n“We are ready to help,” Landau said.\u0085 Chile met with Peru.\n';
    const a = code(given);
    expect(a.text).toBe(given);
    const spans: Array<{ start: number; end: number; text: string }> = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') spans.push(o as { start: number; end: number; text: string });
        for (const k of Object.keys(o)) collect(o[k]);
      }
    };
    collect([a.entities, a.mentions, a.quotes, a.events]);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(given.slice(s.start, s.end)).toBe(s.text);
    expect(a.quotes.map((q) => q.text)).toContain('We are ready to help');
    expect(a.entities.some((e) => e.text === 'Rodrigo Paz' && given.slice(e.start, e.end) === 'Rodrigo Paz')).toBe(true);
    for (const [s, e] of a.sentences) expect(given.slice(s, e).trim()).toBe(given.slice(s, e));
  });
});
