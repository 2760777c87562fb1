import { describe, expect, it } from 'vitest';
import { code } from '../../test/support.js';

/** Each event as `SOURCE CODE TARGET @date-or-range` (article date Wednesday 2025-11-12). */
const dated = (text: string): string[] =>
  code(text, '2025-11-12').events.map((e) => `${e.source.actor} ${e.code} ${e.target?.actor ?? '-'} @${e.date ?? e.dateRange?.join('..') ?? 'none'}`);

describe('a time after the article date', () => {
  it('does not date an act the article announces for later (the second of two verbs before "by 2027", an intention it shares with the first)', () => {
    expect(dated('Tokyo would deliver radar units by 2027 and train Philippine personnel.')).toEqual(['JPNGOV 033 PHLGOV @none']);
  });

  it('still dates an act by a past time of the same sentence', () => {
    expect(dated('Chile sent aid to Peru on Monday.')).toContain('CHLGOV 073 PERGOV @2025-11-10');
  });
});

describe('the time of a sentence that names none', () => {
  it('keeps the narrative time of the paragraph ("… over the weekend. The president met with …")', () => {
    expect(dated('The Chilean foreign minister travelled to Lima over the weekend. The Peruvian president met with the Chilean minister and criticized Bolivia.')).toEqual([
      'CHLGOV 042 PERGOV @2025-11-08..2025-11-09',
      'PERGOV 040 CHLGOV @2025-11-08..2025-11-09',
      'CHLGOV 040 PERGOV @2025-11-08..2025-11-09',
      'PERGOV 111 BOLGOV @2025-11-08..2025-11-09',
    ]);
  });

  it('starts afresh with a new paragraph', () => {
    expect(dated('Chile met with Peru on Monday.\n\nPeru criticized Bolivia.')).toEqual([
      'CHLGOV 040 PERGOV @2025-11-10',
      'PERGOV 040 CHLGOV @2025-11-10',
      'PERGOV 111 BOLGOV @none',
    ]);
  });

  it('does not carry a year, which is more often background ("the treaty they signed in 2025")', () => {
    expect(dated('Chile accused Peru of violating the treaty the two countries signed in 2023. Peru criticized Bolivia.')).toContain('PERGOV 111 BOLGOV @none');
  });

  it('does not carry a boundary ("until 2008") or into a quotation', () => {
    expect(dated('Bolivia hosted the agency until 2008. Peru criticized Bolivia.')).toEqual(['PERGOV 111 BOLGOV @none']);
    expect(dated('Chile met with Peru on Monday. “Peru will never criticize Chile again, and we condemn Bolivia,” the Peruvian president said.')).toContain(
      'PERGOV 111 BOLGOV @none',
    );
  });

  it('takes the date of an occasion it refers back to ("during the summit"), in a later paragraph too', () => {
    expect(dated('On Tuesday, Chile hosted a regional summit in Santiago.\n\nPeru criticized Bolivia during the summit.')).toEqual(['PERGOV 111 BOLGOV @2025-11-11']);
    expect(dated('On Tuesday, Chile hosted a regional summit in Santiago.\n\nPeru criticized Bolivia during a meeting.')).toEqual(['PERGOV 111 BOLGOV @none']);
  });

  it('takes the time of the event’s own clause, not of another verb’s ("the treaty they signed in 2023")', () => {
    expect(dated('Chile accused Peru of violating the treaty the two countries signed in 2023.')).toEqual(['CHLGOV 112 PERGOV @none']);
    expect(dated('Chile met with Peru on Monday, a year after Bolivia cut ties with Peru in 2024.')).toEqual([
      'CHLGOV 040 PERGOV @2025-11-10',
      'PERGOV 040 CHLGOV @2025-11-10',
      'BOLGOV 161 PERGOV @2024-01-01..2024-12-31',
    ]);
    expect(dated('On Monday, Chile said Peru had attacked Bolivia on Saturday.')).toContain('PERMIL 190 BOL @2025-11-08');
  });

  it('dates an intention by when it was stated, and carries no planned or quoted time (review findings)', () => {
    const d = (t: string) => code(t, '2025-06-18').events.map((e) => `${e.code} @${e.date ?? e.dateRange?.join('..') ?? 'none'}`);
    expect(d('Chile said on Tuesday it would meet Peru on June 30.')).toEqual(['036 @2025-06-17']);
    expect(d('“We will host Peru next Friday,” the Chilean minister said. Chile condemned Bolivia.')).toContain('111 @none');
  });

  it('keeps its own time first', () => {
    expect(dated('On Tuesday, Chile hosted a summit. Peru criticized Bolivia on Monday at the summit.')).toEqual(['PERGOV 111 BOLGOV @2025-11-10']);
  });
});
