/**
 * @module Loading the built-in dictionaries from the package's data/ folder and the
 * world-countries gazetteer (Node only: the CLI, workers and tests use it; the coder receives the
 * compiled result as an option and never reads files).
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileDictionaries } from './compile.js';
import type { CityRow, CountryRecord, Dictionaries, DictionarySource } from './types.js';

/** The package's data/ folder (two levels up from src/dictionaries or dist/dictionaries). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const read = (file: string): DictionarySource => ({ file: `data/${file}`, text: readFileSync(DATA_DIR + file, 'utf8') });

export function loadCountryRecords(): CountryRecord[] {
  const require = createRequire(import.meta.url);
  return require('world-countries/countries.json') as CountryRecord[];
}

/** Given names from the npm package humannames (one per line). */
export function loadGivenNames(): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('humannames/list.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 1);
}

export function loadCityRows(): CityRow[] {
  return (JSON.parse(readFileSync(`${DATA_DIR}cities.json`, 'utf8')) as { cities: CityRow[] }).cities;
}

let cached: Dictionaries | null = null;

const optional = (file: string): DictionarySource | undefined => (existsSync(DATA_DIR + file) ? read(file) : undefined);

/** The compiled form written by the build, next to the compiled code. */
export const CACHE_FILE = fileURLToPath(new URL('../../dist/dictionaries.json', import.meta.url));

const verbFiles = (): string[] =>
  readdirSync(`${DATA_DIR}verbs`)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `verbs/${f}`);

/** What the compiled dictionaries depend on: every data file's size and time, and the data packages' versions. */
export function sourcesFingerprint(): string {
  const require = createRequire(import.meta.url);
  const files = readdirSync(DATA_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .concat(verbFiles());
  const parts = files.map((f) => {
    const st = statSync(DATA_DIR + f);
    return `${f}:${st.size}:${Math.round(st.mtimeMs)}`;
  });
  for (const pkg of ['world-countries', 'humannames']) parts.push(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  return parts.join('|');
}

/** Compiles the built-in dictionaries from data/ and the data packages. Throws DictionaryError on a bad file. */
export function compileBuiltinDictionaries(): Dictionaries {
  const organizations = optional('organizations.yaml');
  const people = optional('people.yaml');
  const groups = optional('groups.yaml');
  const cues = optional('cues.yaml');
  return compileDictionaries(
    {
      codes: read('cameo-codes.yaml'),
      countries: read('countries.yaml'),
      agents: read('agents.yaml'),
      verbs: verbFiles().map(read),
      ...(organizations ? { organizations } : {}),
      ...(people ? { people } : {}),
      ...(groups ? { groups } : {}),
      ...(cues ? { cues } : {}),
    },
    { countries: loadCountryRecords(), cities: loadCityRows(), givenNames: loadGivenNames() },
  );
}

/** Writes the compiled dictionaries where loadBuiltinDictionaries finds them (the build does this). */
export function writeDictionaryCache(dictionaries: Dictionaries): void {
  const tmp = `${CACHE_FILE}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ fingerprint: sourcesFingerprint(), dictionaries }));
  renameSync(tmp, CACHE_FILE);
}

/**
 * The built-in dictionaries, once per process: from the build's compiled cache when it matches the
 * data files (fast start-up), else compiled from the sources.
 */
export function loadBuiltinDictionaries(): Dictionaries {
  if (cached) return cached;
  if (existsSync(CACHE_FILE)) {
    try {
      const c = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { fingerprint: string; dictionaries: Dictionaries };
      if (c.fingerprint === sourcesFingerprint()) cached = c.dictionaries;
    } catch {
      // an unreadable cache is rebuilt from the sources below
    }
  }
  cached ??= compileBuiltinDictionaries();
  return cached;
}
