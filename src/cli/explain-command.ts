/**
 * @module `entente explain`: per sentence, the actors found, the time expressions, the patterns that
 * matched and why each became an event or did not (negated, hypothetical, no subject).
 */
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { articleCommand } from './batch.js';
import type { Io } from './io.js';

export const EXPLAIN_HELP = `Usage: entente explain [options] <input…>

Explains the coding of each article, sentence by sentence: the actor mentions (with their CAMEO
codes and how they were found), the time expressions, the quotations, every verb pattern that
matched, the events it gave (source → target, code, rule, confidence, attribution) and, for a match
that gave none, why not (negated, hypothetical, no actor as subject). Inputs as for \`entente code\`.

Options:
  --sentence N      only sentence N (0-based)
  --date YYYY-MM-DD publication date for inputs that carry none
  --dictionaries D  builtin (default), petrarch:DIR (PETRARCH/TABARI files in DIR), or
                    builtin,petrarch:DIR (both); see docs/petrarch-dictionaries.md
  -h, --help        this help

Example:
  entente explain examples/article-2025-11-11-bolivia.txt --sentence 8`;

export function explain(a: CodedArticle, only: number | null): string {
  const out: string[] = [`# ${a.origin?.file ?? a.id} (${a.date})`];
  a.sentences.forEach(([start, end], index) => {
    if (only !== null && index !== only) return;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
    out.push('', `[${index}] ${a.text.slice(start, end).replace(/\s+/g, ' ')}`);
    const mentions = a.mentions.filter(inside);
    out.push(`  actors: ${mentions.length ? mentions.map((m) => `${m.text} = ${m.actor} (${m.rule})`).join('; ') : 'none'}`);
    const dates = a.entities.filter((e) => e.type === 'DATE' && inside(e));
    if (dates.length) out.push(`  time: ${dates.map((d) => `${d.text} = ${d.name}`).join('; ')}`);
    for (const q of a.quotes.filter((q) => q.start < end && q.end > start)) {
      out.push(
        `  quote (${q.kind}): ${q.speaker ? `${q.speaker.name}${q.speaker.actor ? ` [${q.speaker.actor}]` : ''}` : 'no speaker'}${q.cue ? ` via “${q.cue.text}”` : ''}: “${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}”`,
      );
    }
    for (const e of a.events.filter((e) => e.sentence.index === index)) {
      const when = e.date ?? (e.dateRange ? e.dateRange.join('..') : 'no date');
      out.push(
        `  event ${e.code} ${e.source.actor} → ${e.target?.actor ?? '-'}: “${e.trigger.text}” by ${e.rule}; source “${e.source.text}”${e.target ? `, target “${e.target.text}”` : ''}; ${when}${e.place ? `; in ${e.place.name}` : ''}${e.attributedTo ? `; claimed by ${e.attributedTo.text}` : ''}; confidence ${e.confidence}`,
      );
    }
    for (const m of a.messages.filter((m) => m.span && inside(m.span))) out.push(`  not coded: “${m.span?.text}”: ${m.reason} (${m.ruleId})`);
  });
  return out.join('\n');
}

export async function explainCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  const sentenceOf = (values: Record<string, string | boolean | undefined>): number | null => (values.sentence === undefined ? null : Number(values.sentence));
  return articleCommand(argv, io, version, {
    name: 'explain',
    help: EXPLAIN_HELP,
    formats: ['text'],
    extraOptions: { sentence: { type: 'string', short: 's' } },
    check: (values) => {
      const only = sentenceOf(values);
      if (only !== null && (!Number.isInteger(only) || only < 0)) throw new UsageError(`--sentence must be a sentence number (0, 1, …), got ${JSON.stringify(values.sentence)}`);
    },
    render: (a, _format, values) => `${explain(a, sentenceOf(values))}\n\n`,
  });
}
