/**
 * @module `entente entities`: an article's entity table (mention, type, canonical name, actor code,
 * referent, how it refers, span) for inspecting the language layer.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CodedArticle } from '../core/types.js';
import { loadBuiltinDictionaries } from '../dictionaries/load.js';
import { checkIsoDay } from '../ingest/date.js';
import { readInputs } from '../ingest/read-inputs.js';
import { createPreset } from '../presets/default-preset.js';
import type { Io } from './io.js';

export const ENTITIES_HELP = `Usage: entente entities [options] <input…>

Prints the entities of each article: every mention (names, nominal phrases such as "the army",
pronouns, dates) with its type, canonical name, CAMEO actor code, the first mention of the same
referent (coreference), how it refers, and its span. Inputs as for \`entente code\`.

Options:
  --format FORMAT   table (default) or jsonl (one {id, entities, mentions} per article)
  --date YYYY-MM-DD publication date for inputs that carry none
  -h, --help        this help

Example:
  entente entities examples/article-2025-11-11-bolivia.txt`;

const cell = (s: string, w: number): string => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

export function entityTable(a: CodedArticle): string {
  const rows = [
    `# ${a.origin?.file ?? a.id} (${a.date})`,
    `${cell('#', 4)} ${cell('mention', 28)} ${cell('type', 7)} ${cell('form', 8)} ${cell('name', 26)} ${cell('actor', 10)} ${cell('referent', 24)} span`,
  ];
  a.entities.forEach((e, k) => {
    const ref = e.referent != null ? `#${e.referent} ${a.entities[e.referent]?.text ?? ''}` : '';
    rows.push(
      `${cell(String(k), 4)} ${cell(e.text.replace(/\s+/g, ' '), 28)} ${cell(e.type, 7)} ${cell(e.form ?? '', 8)} ${cell(e.name, 26)} ${cell(e.actor ?? '-', 10)} ${cell(ref, 24)} ${e.start}-${e.end}`,
    );
  });
  return rows.join('\n');
}

export async function entitiesCommand(argv: readonly string[], io: Io, version: string): Promise<number> {
  let values: { format?: string; date?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', short: 'f' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente entities --help`');
  }
  if (values.help) {
    io.stdout(`${ENTITIES_HELP}\n`);
    return 0;
  }
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'jsonl') throw new UsageError(`unknown --format ${JSON.stringify(format)}; use table or jsonl`);
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
    const a = pipeline.code(r.article);
    io.stdout(format === 'jsonl' ? `${JSON.stringify({ id: a.id, entities: a.entities, mentions: a.mentions })}\n` : `${entityTable(a)}\n\n`);
  }
  return failed > 0 ? 1 : 0;
}
