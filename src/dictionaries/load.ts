/**
 * @module Loading the built-in dictionaries from the package's data/ folder and the
 * world-countries gazetteer (Node only: the CLI, workers and tests use it; the coder receives the
 * compiled result as an option and never reads files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Compiles the built-in dictionaries once per process. Throws DictionaryError on a bad file. */
export function loadBuiltinDictionaries(): Dictionaries {
  if (cached) return cached;
  const organizations = optional('organizations.yaml');
  const people = optional('people.yaml');
  const groups = optional('groups.yaml');
  const cues = optional('cues.yaml');
  cached = compileDictionaries(
    {
      codes: read('cameo-codes.yaml'),
      countries: read('countries.yaml'),
      agents: read('agents.yaml'),
      verbs: readdirSync(`${DATA_DIR}verbs`)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => read(`verbs/${f}`)),
      ...(organizations ? { organizations } : {}),
      ...(people ? { people } : {}),
      ...(groups ? { groups } : {}),
      ...(cues ? { cues } : {}),
    },
    { countries: loadCountryRecords(), cities: loadCityRows(), givenNames: loadGivenNames() },
  );
  return cached;
}
