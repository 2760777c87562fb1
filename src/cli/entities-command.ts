/**
 * @module `entente entities`: an article's entity table (mention, type, canonical name, actor code,
 * referent, how it refers, span) for inspecting the language layer.
 */
import type { CodedArticle } from '../core/types.js';
import { articleCommand } from './batch.js';
import type { Io } from './io.js';
import { cell } from './output.js';

export const ENTITIES_HELP = `Usage: entente entities [options] <input…>

Prints the entities of each article: every mention (names, nominal phrases such as "the army",
pronouns, dates) with its type, canonical name, CAMEO actor code, the first mention of the same
referent (coreference), how it refers, and its span. Inputs as for \`entente code\`.

Options:
  --format FORMAT   table (default) or jsonl (one {id, entities, mentions} per article)
  --date YYYY-MM-DD publication date for inputs that carry none
  --dictionaries D  builtin (default), petrarch:DIR (PETRARCH/TABARI files in DIR), or
                    builtin,petrarch:DIR (both); see docs/petrarch-dictionaries.md
  -h, --help        this help

Example:
  entente entities examples/article-2025-11-11-bolivia.txt`;

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
  return articleCommand(argv, io, version, {
    name: 'entities',
    help: ENTITIES_HELP,
    formats: ['table', 'jsonl'],
    render: (a, format) => (format === 'jsonl' ? `${JSON.stringify({ id: a.id, entities: a.entities, mentions: a.mentions })}\n` : `${entityTable(a)}\n\n`),
  });
}
