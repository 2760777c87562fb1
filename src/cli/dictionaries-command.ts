/**
 * @module `entente dictionaries check [DIR…]`: reads PETRARCH/TABARI dictionary folders the way
 * `--dictionaries petrarch:DIR` does and reports what they hold and every line that cannot be
 * used, with its file and line. Without a folder it compiles the built-in dictionaries. Exit 0
 * when nothing had to be left out, 1 when something did.
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import { compileBuiltinDictionaries } from '../dictionaries/load.js';
import { petrarchToDictionaries } from '../dictionaries/petrarch/convert.js';
import { readPetrarchFolder } from '../dictionaries/petrarch/load.js';
import { kindOfFile } from '../dictionaries/petrarch/parse.js';
import type { Io } from './io.js';

export const DICTIONARIES_HELP = `Usage: entente dictionaries check [options] [DIR…]

Checks PETRARCH/TABARI-format dictionaries: reads every actors, agents, verbs and discards file in
each DIR (found by name: …actors….txt, …agents….txt, …verbs….txt, …discards….txt; several folders
are read together, as --dictionaries petrarch:DIR does), converts them for Entente's engine, and
prints what they hold and every problem with its file and line. Without DIR, compiles the built-in
dictionaries in data/.

Problems are errors (the line cannot be read and is left out) or warnings (read, but a part of it
is ignored). docs/petrarch-dictionaries.md says which constructs are supported and how they map.

Options:
  --warnings        list the warnings too (default: only counted)
  -h, --help        this help

Exit status: 0 every line could be read; 1 some lines were left out (listed on stdout) or a
folder cannot be read; 2 the command line is wrong.

Examples:
  entente dictionaries check ./my-petrarch-dictionaries
  entente code --dictionaries petrarch:./my-petrarch-dictionaries news.jsonl`;

export async function dictionariesCommand(argv: readonly string[], io: Io): Promise<number> {
  let values: { warnings?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { warnings: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message, 'see `entente dictionaries --help`');
  }
  const [sub, ...dirs] = positionals;
  if (values.help || sub === undefined) {
    io.stdout(`${DICTIONARIES_HELP}\n`);
    return values.help ? 0 : 2;
  }
  if (sub !== 'check') throw new UsageError(`unknown subcommand ${JSON.stringify(sub)}`, 'the subcommand is check: entente dictionaries check DIR');
  if (dirs.length === 0) {
    const d = compileBuiltinDictionaries();
    io.stdout(
      `built-in dictionaries (data/): ${d.names.length} names, ${d.people.length} people, ${d.agents.length} agents, ${d.verbs.length} verb patterns, ${Object.keys(d.codes).length} CAMEO codes; no problems\n`,
    );
    return 0;
  }
  const p = readPetrarchFolder(dirs[0] as string);
  for (const dir of dirs.slice(1)) readPetrarchFolder(dir, p);
  const d = petrarchToDictionaries(p, null);
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .filter((f) => kindOfFile(f) !== null)
      .map((f) => `${f} (${kindOfFile(f)})`),
  );
  const phrases = p.actors.reduce((n, a) => n + a.phrases.length, 0);
  const dated = p.actors.filter((a) => a.codes.some((c) => c.from !== null || c.to !== null)).length;
  const compound = p.actors.filter((a) => a.codes.filter((c) => c.from === null && c.to === null).length > 1).length;
  const verbs = p.blocks.reduce((n, b) => n + b.verbs.length, 0);
  const patterns = p.blocks.reduce((n, b) => n + b.patterns.length, 0);
  const errors = p.problems.filter((x) => x.severity === 'error');
  const warnings = p.problems.filter((x) => x.severity === 'warning');
  const lines = [
    `PETRARCH dictionaries in ${dirs.join(', ')}`,
    `  files:          ${files.join(', ')}`,
    `  actors:         ${p.actors.length} (${phrases} phrases with synonyms; ${dated} with dated codes; ${compound} compound)`,
    `  agents:         ${p.agents.length} (${p.agents.filter((a) => a.position === 'prefix').length} prefix)`,
    `  verbs:          ${verbs} in ${p.blocks.length} blocks`,
    `  verb patterns:  ${patterns} (${d.verbs.length} engine patterns with the verbs' own codes)`,
    `  synsets:        ${p.synsets.size}`,
    `  discards:       ${p.discards.filter((x) => !x.story).length} sentence, ${p.discards.filter((x) => x.story).length} story`,
    `  problems:       ${errors.length} error(s) (lines left out), ${warnings.length} warning(s) (parts ignored)`,
  ];
  for (const x of [...errors, ...(values.warnings ? warnings : [])].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line))
    lines.push(`${x.file}:${x.line}: ${x.severity}: ${x.message}`);
  if (!values.warnings && warnings.length > 0) lines.push(`(${warnings.length} warning(s) not listed: add --warnings)`);
  io.stdout(`${lines.join('\n')}\n`);
  return errors.length > 0 ? 1 : 0;
}
