/** @module Writing coded articles: JSON Lines, a JSON array, a readable summary, or an events table. */
import type { CodedArticle } from '../core/types.js';

export const FORMATS = ['jsonl', 'json', 'pretty', 'table'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** A table cell of width w: padded, or cut with an ellipsis. */
export const cell = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

export const TABLE_HEADER = `${cell('date', 23)} ${cell('source', 10)} ${cell('code', 5)} ${cell('target', 10)} ${cell('trigger', 40)} article`;

/** One events-table row per event. */
export function tableRows(a: CodedArticle): string[] {
  return a.events.map((e) => {
    const when = e.date ?? (e.dateRange ? `${e.dateRange[0]}..${e.dateRange[1]}` : `(${a.date})`);
    return `${cell(when, 23)} ${cell(e.source.actor, 10)} ${cell(e.code, 5)} ${cell(e.target?.actor ?? '-', 10)} ${cell(e.trigger.text.replace(/\s+/g, ' '), 40)} ${a.origin?.file ?? a.id}`;
  });
}

/** A human-readable account of one article. */
export function pretty(a: CodedArticle): string {
  const lines = [`# ${a.origin?.file ?? a.id}  (${a.date}, id ${a.id})`, `${a.sentences.length} sentences, ${a.entities.length} entity mentions, ${a.events.length} events`];
  for (const e of a.events) {
    lines.push(
      `  [${e.code}] ${e.source.actor} → ${e.target?.actor ?? '-'}  “${e.trigger.text}”  (sentence ${e.sentence.index}, ${e.rule}, goldstein ${e.goldstein}, quad ${e.quad}${e.date ? `, ${e.date}` : e.dateRange ? `, ${e.dateRange.join('..')}` : ''})`,
    );
  }
  for (const m of a.messages) lines.push(`  note ${m.ruleId}: ${m.reason}${m.span ? ` “${m.span.text}”` : ''}`);
  return lines.join('\n');
}
