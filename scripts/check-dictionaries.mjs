// Build step: compiles the built-in dictionaries in data/ and fails the build with file:line on any
// problem (unknown CAMEO code, duplicate id or pattern, bad pattern syntax, YAML errors).
import { loadBuiltinDictionaries } from '../dist/dictionaries/load.js';

try {
  const d = loadBuiltinDictionaries();
  console.log(`dictionaries ok: ${Object.keys(d.codes).length} CAMEO codes, ${d.names.length} names, ${d.agents.length} agents, ${d.verbs.length} verb patterns`);
} catch (e) {
  console.error(`dictionary error: ${typeof e.describe === 'function' ? e.describe() : e.message}`);
  process.exit(1);
}
