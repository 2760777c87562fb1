/**
 * @module `entente explain`: per sentence, the actors found, the time expressions, the patterns that
 * matched and why each became an event or did not (negated, hypothetical, no subject).
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { loadBuiltinDictionaries } from '../dictionaries/load.js';
import { checkIsoDay } from '../ingest/date.js';
import { readInputs } from '../ingest/read-inputs.js';
import { createPreset } from '../presets/default-preset.js';
import type { Io } from './io.js';

export const EXPLAIN_HELP = `Usage: entente explain [options] <input…>

Explains the coding of each article, sentence by sentence: the actor mentions (with their CAMEO
codes and how they were found), the time expressions, the quotations, every verb pattern that
matched, the events it gave (source → target, code, rule, confidence, attribution) and, for a match
that gave none, why not (negated, hypothetical, no actor as subject). Inputs as for \`entente code\`.

Options:
  --sentence N      only sentence N (0-based)
  --date YYYY-MM-DD publication date for inputs that carry none
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
  let values: { sentence?: string; date?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { sentence: { type: 'string', short: 's' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente explain --help`');
  }
  if (values.help) {
    io.stdout(`${EXPLAIN_HELP}\n`);
    return 0;
  }
  const only = values.sentence === undefined ? null : Number(values.sentence);
  if (only !== null && (!Number.isInteger(only) || only < 0)) throw new UsageError(`--sentence must be a sentence number (0, 1, …), got ${JSON.stringify(values.sentence)}`);
  if (values.date !== undefined && checkIsoDay(values.date)) throw new UsageError(`--date: ${checkIsoDay(values.date)}`);
  if (positionals.length === 0) throw new UsageError('no input given', 'name files, folders, or - for standard input');
  const pipeline = createPreset('default', { dictionaries: loadBuiltinDictionaries(), version });
  let failed = 0;
  for await (const r of readInputs(positionals, { date: values.date ?? null, stdin: io.stdin })) {
    if (!r.ok) {
      failed++;
      io.stderr(`entente: skipped ${r.error.describe()}\n`);
      continue;
    }
    io.stdout(`${explain(pipeline.code(r.article), only)}\n\n`);
  }
  return failed > 0 ? 1 : 0;
}
