/** @module `entente quotes`: the quotations of each article — speaker, actor, kind, cue and text. */
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { articleCommand } from './batch.js';
import type { Io } from './io.js';
import { cell } from './output.js';
import { storedQuotesCommand } from './store-commands.js';

export const QUOTES_HELP = `Usage: entente quotes [options] <input…>
       entente quotes [--speaker NAME] [--actor CODE] [--db FILE]     (the store's quotations)

Prints the quotations of each article: direct quotes, partial quotes, scare-quoted terms and
indirect speech, each with its speaker (as written, and the person or body it resolves to), the
speaker's actor code, the cue ("said", "told", "according to") and the quoted text. A quotation
nobody is named for has no speaker: Entente does not guess. Inputs as for \`entente code\`.

Without inputs, lists the quotations in the store (./entente.duckdb, or --db), filtered by speaker
name (--speaker, part of the name) or the actor code the speaker stands for (--actor, a prefix).

Options:
  --format FORMAT   table (default) or jsonl (one {id, quotes} per article); csv for the store
  --date YYYY-MM-DD publication date for inputs that carry none
  --quote-unit U    quotation (default; one row per quoted passage) or attribution (one row per
                    speaker's attribution: “A,” she said. “B.” is one row); see entente code --help
  --dictionaries D  builtin (default), petrarch:DIR (PETRARCH/TABARI files in DIR), or
                    builtin,petrarch:DIR (both); see docs/petrarch-dictionaries.md
  -h, --help        this help`;

export function quoteTable(a: CodedArticle): string {
  const rows = [`# ${a.origin?.file ?? a.id} (${a.date})`, `${cell('kind', 9)} ${cell('speaker', 26)} ${cell('actor', 10)} ${cell('cue', 12)} text`];
  for (const q of a.quotes) {
    const who = q.speaker ? (q.speaker.name === q.speaker.text ? q.speaker.name : `${q.speaker.name} (“${q.speaker.text}”)`) : '-';
    rows.push(`${cell(q.kind, 9)} ${cell(who, 26)} ${cell(q.speaker?.actor ?? '-', 10)} ${cell(q.cue?.text ?? '-', 12)} ${q.text.replace(/\s+/g, ' ')}`);
  }
  return rows.join('\n');
}

export async function quotesCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  return articleCommand(argv, io, version, {
    name: 'quotes',
    help: QUOTES_HELP,
    formats: ['table', 'jsonl', 'csv'],
    extraOptions: { 'quote-unit': { type: 'string' }, speaker: { type: 'string' }, actor: { type: 'string' }, db: { type: 'string' }, limit: { type: 'string' } },
    withoutInputs: (values, out) => storedQuotesCommand(values as Parameters<typeof storedQuotesCommand>[0], out),
    check: (values) => {
      if (values.format === 'csv') throw new UsageError('--format csv is for the store’s quotations (no inputs); use table or jsonl with inputs');
    },
    render: (a, format) => (format === 'jsonl' ? `${JSON.stringify({ id: a.id, quotes: a.quotes })}\n` : `${quoteTable(a)}\n\n`),
  });
}
