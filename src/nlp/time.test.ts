import { describe, expect, it } from 'vitest';
import { resolveTimes } from './time.js';

describe('time expressions against the article date (Tuesday 2025-11-11)', () => {
  it.each([
    ['Landau on Monday said', '2025-11-10', null],
    ['They met on Wednesday.', '2025-11-05', null],
    ['It happened on Tuesday.', '2025-11-11', null],
    ['He spoke yesterday.', '2025-11-10', null],
    ['They met on March 3.', '2025-03-03', null],
    ['He travelled over the weekend.', null, ['2025-11-08', '2025-11-09']],
    ['It was signed in 2023.', null, ['2023-01-01', '2023-12-31']],
    ['Attacks in the 1990s.', null, ['1990-01-01', '1999-12-31']],
    ['A presence until 2008.', null, ['2008-01-01', '2008-12-31']],
    ['Elections were held in August.', null, ['2025-08-01', '2025-08-31']],
  ])('%j', (text, date, range) => {
    const [t] = resolveTimes(text, '2025-11-11');
    expect(t?.date ?? null).toBe(date);
    expect(t?.range ?? null).toEqual(range);
    if (t) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ['He travelled over the weekend.', '2025-11-12', ['2025-11-08', '2025-11-09']],
    ['He travelled last weekend.', '2025-11-14', ['2025-11-08', '2025-11-09']],
    ['Protests continued over the weekend.', '2025-11-16', ['2025-11-15', '2025-11-16']],
    ['Talks will resume this weekend.', '2025-11-12', ['2025-11-15', '2025-11-16']],
    ['Talks will resume next weekend.', '2025-11-10', ['2025-11-15', '2025-11-16']],
  ])('a weekend is the one just past unless the text looks ahead: %j written on %s', (text, day, range) => {
    expect(resolveTimes(text, day)[0]?.range).toEqual(range);
  });

  it('reads no date into a span counted from another event ("a day after India expelled …", "two weeks later")', () => {
    expect(resolveTimes('Pakistan expelled a diplomat, a day after India expelled one.', '2025-11-12')).toEqual([]);
    expect(resolveTimes('Two weeks later, the talks resumed.', '2025-11-12')).toEqual([]);
    expect(resolveTimes('The talks resumed two weeks ago.', '2025-11-12').map((t) => t.date)).toEqual(['2025-10-29']);
  });

  it('finds nothing in text without time expressions', () => {
    expect(resolveTimes('Bolivia restored ties with the United States.', '2025-11-11')).toEqual([]);
  });

  it('reads no unit into a longer word ("the money out" is no "month later")', () => {
    // chrono alone takes "mon" of "money" for a month; a paragraph without a time cue is not given to it
    expect(resolveTimes('We have to get the money out of politics.', '2016-03-01')).toEqual([]);
  });

  it('finds expressions in every paragraph, at their offsets in the whole text', () => {
    const text = 'No date here.\n\nThey met on Monday.\n\nNothing.\n\nEnvoys will return within two months.';
    const found = resolveTimes(text, '2025-11-11');
    expect(found.map((t) => [t.text, text.slice(t.start, t.end), t.date])).toEqual([
      ['on Monday', 'on Monday', '2025-11-10'],
      ['within two months', 'within two months', null],
    ]);
  });
});

describe('chrono parsers skipped by their cues', () => {
  // one sentence for each of chrono's parsers we use (invented); every parser that finds something alone must be run
  const sentences = [
    'The talks ended three days ago in the capital.',
    'Two weeks later the envoys came back.',
    'The army must withdraw within 5 days, the council said.',
    'They met on the 3rd of March 2024 and again on twenty-first of June.',
    'The decree of March 3rd, 2024 was annulled on June 5.',
    'The ballots dated 2024-03-05 and 2024/03/07 were counted; 5/3/2024 too.',
    'Envoys will meet next Tuesday, and met last weekend, on Mon.',
    'Exports fell 4/2023 and rose in 2024 March.',
    'Yesterday and tonight the rebels shelled the town; now they hold it.',
    'By the end of the month the mission closes; this month it shrank.',
    'In May the parliament voted; the last year saw unrest; next quarter too.',
    'The truce lasted +2 days, and after 3 weeks it broke; in the past 2 years calm.',
  ];
  it.each(sentences)('%j', async (text) => {
    const chrono = await import('chrono-node');
    const { ALL_PARSERS, parsersFor } = await import('./time.js');
    const chosen = new Set(parsersFor(text));
    for (const p of ALL_PARSERS) {
      const alone = new chrono.Chrono({ parsers: [p], refiners: [] });
      const found = alone.parse(text, { instant: new Date('2025-11-11T12:00:00Z'), timezone: 0 });
      if (found.length > 0) expect(chosen.has(p), `${p.constructor.name} finds ${found.map((r) => r.text).join(', ')}`).toBe(true);
    }
  });
});
