import { describe, expect, it } from 'vitest';
import { article } from '../../test/support.js';
import { loadBuiltinDictionaries } from '../dictionaries/load.js';
import { createPreset } from '../presets/default-preset.js';
import { quoteUnitOf, quoteUnits } from './units.js';

const attributions = createPreset('default', { dictionaries: loadBuiltinDictionaries(), version: 'test', quoteUnit: 'attribution' });
const RUN = 'Mayor Ana Ortiz spoke first. “The bridge opens in May,” Ortiz said. “It cost less than planned.”\n\n“Traffic will ease.” Then she left.';

describe('quotation units', () => {
  it('joins an attribution’s quotations into one record from the first to the last, the passages in parts', () => {
    const a = attributions.code(article(RUN, '2025-11-11'));
    const direct = a.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    const [q] = direct;
    expect(q?.text).toBe(RUN.slice(RUN.indexOf('The bridge'), RUN.indexOf('Traffic will ease.') + 'Traffic will ease.'.length));
    expect(q?.parts?.map((p) => p.text)).toEqual(['The bridge opens in May', 'It cost less than planned.', 'Traffic will ease.']);
    expect([q?.speaker?.name, q?.cue?.text, q?.continues]).toEqual(['Ana Ortiz', 'said', undefined]);
  });

  it('codes the same events whatever the unit', () => {
    const text = 'Christopher Landau arrived in Bolivia. “We will sanction Iran,” Landau told reporters. “Iran threatens Bolivia.”';
    const quotations = createPreset('default', { dictionaries: loadBuiltinDictionaries(), version: 'test' }).code(article(text, '2025-11-11'));
    const joined = attributions.code(article(text, '2025-11-11'));
    expect(quotations.events.length).toBeGreaterThan(0);
    expect(joined.events).toEqual(quotations.events);
    expect(joined.quotes.length).toBe(quotations.quotes.length - 1);
  });

  it('leaves what the writer tells between two quotations of one attribution unattributed', () => {
    // the first quotation used to span the whole run, so the meeting was "said" by Landau
    const text =
      'U.S. Deputy Secretary of State Christopher Landau arrived in Bolivia. “We are ready to help,” Landau said as he met Bolivian President Rodrigo Paz. “Iran is not a good actor in the region.”';
    for (const pipeline of [attributions, createPreset('default', { dictionaries: loadBuiltinDictionaries(), version: 'test' })]) {
      const events = pipeline.code(article(text, '2025-11-11')).events;
      const meetings = events.filter((e) => e.code === '040');
      expect(meetings.length).toBeGreaterThan(0);
      for (const e of meetings) expect(e.attributedTo ?? null).toBeNull();
      expect(events.find((e) => e.root === '11')?.attributedTo?.text).toBe('Landau');
    }
  });

  it('keeps quotations of different attributions apart, and a quotation list without runs as it is', () => {
    const q = (start: number, end: number, cue: number | null, continues = false) => ({
      start,
      end,
      text: 'x'.repeat(end - start),
      kind: 'direct' as const,
      speaker: null,
      cue: cue === null ? null : { start: cue, end: cue + 4, text: 'said' },
      ...(continues ? { continues: true as const } : {}),
    });
    const text = 'x'.repeat(200);
    const list = [q(0, 10, 12), q(20, 30, 12, true), q(40, 50, 52), q(60, 70, 52, true), q(80, 90, null)];
    expect(quoteUnits(text, list, 'attribution').map((r) => [r.start, r.end, r.parts?.length ?? 0])).toEqual([
      [0, 30, 2],
      [40, 70, 2],
      [80, 90, 0],
    ]);
    expect(quoteUnits(text, list, 'quotation')).toEqual(list);
  });

  it('names the choices for an unknown --quote-unit', () => {
    expect(quoteUnitOf(undefined)).toBe('quotation');
    expect(quoteUnitOf('attribution')).toBe('attribution');
    expect(() => quoteUnitOf('sentence')).toThrow(/unknown --quote-unit "sentence"; use quotation or attribution/);
  });
});
