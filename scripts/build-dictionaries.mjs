// Build step: compiles the built-in dictionaries in data/ — failing the build with file:line on any
// problem (unknown CAMEO code, duplicate id or pattern, bad pattern syntax, YAML errors) — and writes
// the compiled form, with every name already split into tokens, to dist/dictionaries.json, which the
// CLI loads at start-up while it matches the data files.
import { phraseWordsOf } from '../dist/actors/actor-stage.js';
import { compileBuiltinDictionaries, writeDictionaryCache } from '../dist/dictionaries/load.js';

try {
  const d = compileBuiltinDictionaries();
  writeDictionaryCache({ ...d, phraseWords: phraseWordsOf(d) });
  console.log(
    `dictionaries ok: ${Object.keys(d.codes).length} CAMEO codes, ${d.names.length} names, ${d.people.length} people, ${d.agents.length} agents, ${d.verbs.length} verb patterns`,
  );
} catch (e) {
  console.error(`dictionary error: ${typeof e.describe === 'function' ? e.describe() : e.message}`);
  process.exit(1);
}
