/**
 * @module Compiling the dictionaries (YAML in data/, plus the world-countries gazetteer) into the
 * form the coder uses, with every problem reported as a DictionaryError naming the file and line:
 * unknown CAMEO codes, duplicate ids or patterns, bad pattern syntax, missing fields. Pure: the
 * caller reads the files.
 */
import { LineCounter, type Node, parseDocument } from 'yaml';
import { DictionaryError } from '../core/errors.js';
import type {
  AgentEntry,
  CityRow,
  CodeInfo,
  CountryRecord,
  CueLexicon,
  DatedCode,
  Dictionaries,
  DictionarySource,
  NameEntry,
  PatternElement,
  PersonEntry,
  PersonRole,
  VerbPattern,
} from './types.js';

interface Parsed {
  value: unknown;
  lineOf: (node: Node | null | undefined) => number | null;
  doc: ReturnType<typeof parseDocument>;
}

function parse(src: DictionarySource): Parsed {
  const lc = new LineCounter();
  const doc = parseDocument(src.text, { lineCounter: lc, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    throw new DictionaryError(`YAML syntax: ${err.message.split('\n')[0]}`, { file: src.file, line: err.linePos?.[0]?.line ?? null }, 'fix the YAML syntax');
  }
  return {
    value: doc.toJS(),
    lineOf: (node) => (node?.range ? lc.linePos(node.range[0]).line : null),
    doc,
  };
}

/** The YAML node at `path`, for line numbers. */
function nodeAt(p: Parsed, path: ReadonlyArray<string | number>): Node | null {
  const n = p.doc.getIn(path, true);
  return n && typeof n === 'object' ? (n as Node) : null;
}

export function compileCodes(src: DictionarySource): Record<string, CodeInfo> {
  const p = parse(src);
  const codes = (p.value as { codes?: Record<string, Record<string, unknown>> })?.codes;
  if (!codes || typeof codes !== 'object') throw new DictionaryError('expected a top-level `codes:` map', { file: src.file, line: 1 });
  const out: Record<string, CodeInfo> = {};
  for (const [code, v] of Object.entries(codes)) {
    const line = p.lineOf(nodeAt(p, ['codes', code]));
    const fail = (m: string): never => {
      throw new DictionaryError(`code ${code}: ${m}`, { file: src.file, line });
    };
    if (!/^\d{2,4}$/.test(code)) fail('a CAMEO code has 2 to 4 digits');
    const quad = v.quad;
    if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) fail('quad must be 1, 2, 3 or 4');
    if (typeof v.goldstein !== 'number' || v.goldstein < -10 || v.goldstein > 10) fail('goldstein must be a number from -10 to 10');
    if (typeof v.name !== 'string') fail('name is missing');
    out[code] = Object.freeze({
      code,
      name: v.name as string,
      goldstein: v.goldstein as number,
      quad: quad as 1 | 2 | 3 | 4,
      plover: typeof v.plover === 'string' ? v.plover : null,
      mode: typeof v.mode === 'string' ? v.mode : null,
      contexts: Array.isArray(v.contexts) ? (v.contexts as unknown[]).map(String) : [],
    });
  }
  return out;
}

/** Organisation head words → sector (data/agents.yaml, `organization_words:`). */
export function compileOrganizationWords(src: DictionarySource): Record<string, string> {
  const p = parse(src);
  const words = (p.value as { organization_words?: Record<string, unknown> })?.organization_words ?? {};
  const out: Record<string, string> = {};
  for (const [sector, list] of Object.entries(words)) {
    const line = p.lineOf(nodeAt(p, ['organization_words', sector]));
    if (!/^[A-Z]{3}$/.test(sector)) throw new DictionaryError(`sector ${JSON.stringify(sector)} is not a three-letter CAMEO code`, { file: src.file, line });
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string'))
      throw new DictionaryError(`organization_words.${sector}: expected a list of words`, { file: src.file, line });
    for (const w of list as string[]) {
      if (out[w]) throw new DictionaryError(`organisation word ${JSON.stringify(w)} is listed under ${out[w]} and ${sector}`, { file: src.file, line });
      out[w] = sector;
    }
  }
  return out;
}

export function compileAgents(src: DictionarySource): AgentEntry[] {
  const p = parse(src);
  const agents = (p.value as { agents?: Record<string, unknown> })?.agents;
  if (!agents || typeof agents !== 'object') throw new DictionaryError('expected a top-level `agents:` map of sector → list', { file: src.file, line: 1 });
  const out: AgentEntry[] = [];
  const seen = new Map<string, string>();
  for (const [sector, list] of Object.entries(agents)) {
    if (!/^[A-Z]{3}$/.test(sector))
      throw new DictionaryError(`sector ${JSON.stringify(sector)} is not a three-letter CAMEO code`, { file: src.file, line: p.lineOf(nodeAt(p, ['agents', sector])) });
    if (!Array.isArray(list)) throw new DictionaryError(`sector ${sector}: expected a list of { noun, title? }`, { file: src.file, line: p.lineOf(nodeAt(p, ['agents', sector])) });
    list.forEach((item: { noun?: unknown; title?: unknown; group?: unknown }, i) => {
      const line = p.lineOf(nodeAt(p, ['agents', sector, i]));
      if (typeof item?.noun !== 'string' || item.noun.trim() === '') throw new DictionaryError(`sector ${sector}: entry ${i + 1} has no noun`, { file: src.file, line });
      const noun = item.noun.trim().toLowerCase().replace(/\s+/g, ' ');
      const prior = seen.get(noun);
      if (prior) throw new DictionaryError(`duplicate agent noun ${JSON.stringify(noun)} (already under ${prior})`, { file: src.file, line }, 'keep one entry per noun');
      seen.set(noun, sector);
      out.push(Object.freeze({ noun, sector, title: item.title === true, group: item.group === true }));
    });
  }
  return out;
}

const PLURAL = (w: string): string => (/(s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/** Gazetteer: world-countries names, spellings, demonyms and capitals, with the YAML's additions. */
export function compileCountries(src: DictionarySource, countries: readonly CountryRecord[]): NameEntry[] {
  const p = parse(src);
  const v = (p.value ?? {}) as {
    codes?: Record<string, { code?: string }>;
    overrides?: Record<string, { names?: string[]; demonyms?: string[]; places?: string[] }>;
    regions?: Record<string, unknown>;
    territories?: Record<string, unknown>;
    place_words?: Record<string, unknown>;
    place_nouns?: Record<string, unknown>;
  };
  const recode = new Map(Object.entries(v.codes ?? {}).map(([k, x]) => [k, x.code ?? k]));
  const known = new Set<string>();
  const out: NameEntry[] = [];
  const seen = new Set<string>();
  const add = (surface: string, code: string, name: string, type: NameEntry['type'], rule: string): void => {
    const s = surface.trim();
    if (s.length < 2 || seen.has(`${s}|${code}`)) return;
    seen.add(`${s}|${code}`);
    // a city keeps its own name; it stands for its country through the code
    out.push(Object.freeze({ surface: s, code, name: rule === 'gazetteer:country-name' || rule === 'gazetteer:demonym' ? name : s, type, rule }));
  };
  const canonical = new Map<string, string>();
  // sovereign states first, so a name shared with a territory ("American") goes to the state
  const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const code = recode.get(c.cca3) ?? c.cca3;
    known.add(code);
    known.add(c.cca3);
    const name = c.name.common;
    canonical.set(code, name);
    add(name, code, name, 'GPE', 'gazetteer:country-name');
    if (c.name.official !== name) add(c.name.official, code, name, 'GPE', 'gazetteer:country-name');
    for (const alt of c.altSpellings) {
      // two-letter codes and bare three-letter codes are too ambiguous to match as words
      if (alt.length <= 3 && /^[A-Z]+$/.test(alt)) continue;
      if (!/^[\p{Script=Latin}\s.,'’()-]+$/u.test(alt) || alt.includes(',')) continue;
      add(alt, code, name, 'GPE', 'gazetteer:country-name');
    }
    for (const cap of c.capital ?? []) add(cap, code, name, 'GPE', 'gazetteer:capital');
    const dem = c.demonyms?.eng;
    // some list two ("Bosnian, Herzegovinian", "Kittitian or Nevisian")
    for (const d of new Set([dem?.m, dem?.f].flatMap((x) => (x ? x.split(/,\s*|\s+or\s+/) : [])))) {
      add(d, code, name, 'NORP', 'gazetteer:demonym');
      if (!/s$/.test(d)) add(PLURAL(d), code, name, 'NORP', 'gazetteer:demonym');
    }
  }
  for (const [key, o] of Object.entries(v.overrides ?? {})) {
    const code = recode.get(key) ?? key;
    const line = p.lineOf(nodeAt(p, ['overrides', key]));
    if (!known.has(code))
      throw new DictionaryError(`unknown country code ${key}`, { file: src.file, line }, 'use an ISO-3166 alpha-3 code that world-countries knows, or add it under codes:');
    const name = canonical.get(code) ?? key;
    for (const [field, list] of Object.entries(o ?? {})) {
      if (!['names', 'demonyms', 'places'].includes(field) || !Array.isArray(list)) {
        throw new DictionaryError(`${key}: unknown field ${JSON.stringify(field)}`, { file: src.file, line }, 'use names, demonyms or places, each a list');
      }
      for (const s of list as unknown[]) {
        if (typeof s !== 'string') throw new DictionaryError(`${key}.${field}: expected strings`, { file: src.file, line });
        if (field === 'names') add(s, code, name, 'GPE', 'gazetteer:country-name');
        else if (field === 'places') add(s, code, name, 'GPE', 'gazetteer:place');
        else {
          add(s, code, name, 'NORP', 'gazetteer:demonym');
          if (!/s$/.test(s)) add(PLURAL(s), code, name, 'NORP', 'gazetteer:demonym');
        }
      }
    }
  }
  // regions are places (LOC); territories with a CAMEO code of their own act like countries (GPE)
  for (const key of ['regions', 'territories'] as const) {
    const what = key === 'regions' ? 'region' : 'territory';
    for (const [code, names] of Object.entries(v[key] ?? {})) {
      const line = p.lineOf(nodeAt(p, [key, code]));
      if (!/^[A-Z]{3}$/.test(code)) throw new DictionaryError(`${what} code ${JSON.stringify(code)} is not three capital letters`, { file: src.file, line });
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) throw new DictionaryError(`${what} ${code}: expected a list of names`, { file: src.file, line });
      const type = key === 'regions' ? ('LOC' as const) : ('GPE' as const);
      for (const n of names as string[]) out.push(Object.freeze({ surface: n, code, name: (names as string[])[0] as string, type, rule: `gazetteer:${what}` }));
    }
  }
  return out;
}

/** Place head words (countries.yaml `place_words:` or `place_nouns:`) → LOC or FAC. */
export function compilePlaceWords(src: DictionarySource, key: 'place_words' | 'place_nouns' = 'place_words'): Record<string, 'LOC' | 'FAC'> {
  const p = parse(src);
  const words = (p.value as Record<string, Record<string, unknown> | undefined>)?.[key] ?? {};
  const out: Record<string, 'LOC' | 'FAC'> = {};
  for (const [type, list] of Object.entries(words)) {
    const line = p.lineOf(nodeAt(p, [key, type]));
    if (type !== 'LOC' && type !== 'FAC') throw new DictionaryError(`${key}: ${JSON.stringify(type)} is not LOC or FAC`, { file: src.file, line });
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) throw new DictionaryError(`${key}.${type}: expected a list of words`, { file: src.file, line });
    for (const w of list as string[]) {
      if (out[w]) throw new DictionaryError(`place word ${JSON.stringify(w)} is listed twice`, { file: src.file, line });
      out[w] = type;
    }
  }
  return out;
}

/**
 * Groups of people (data/groups.yaml): canonical name → forms, as NORP names with no country.
 * `peoples:` are ethnic and religious groups, coded by where they live ("Iraqi Kurds" → IRQ);
 * `regional:` span regions of many countries ("European", "Arab") and are `broad`: no residence.
 */
export function compilePeoples(src: DictionarySource): NameEntry[] {
  const p = parse(src);
  const value = p.value as { peoples?: Record<string, unknown>; regional?: Record<string, unknown> } | null;
  const peoples = value?.peoples;
  if (!peoples || typeof peoples !== 'object') throw new DictionaryError('expected a top-level `peoples:` map', { file: src.file, line: 1 });
  const out: NameEntry[] = [];
  for (const key of ['peoples', 'regional'] as const) {
    for (const [name, forms] of Object.entries(value?.[key] ?? {})) {
      const line = p.lineOf(nodeAt(p, [key, name]));
      if (!Array.isArray(forms) || forms.some((f) => typeof f !== 'string')) throw new DictionaryError(`${name}: expected a list of forms`, { file: src.file, line });
      for (const f of forms as string[])
        out.push(Object.freeze({ surface: f, code: '', name, type: 'NORP' as const, rule: 'gazetteer:group', ...(key === 'regional' ? { broad: true } : {}) }));
    }
  }
  return out;
}

/**
 * Cities and first-order subdivisions (states, provinces) from data/cities.json, each standing for its
 * country ("Ohio officials" → USA + GOV); cities with coordinates.
 */
export function compileCities(rows: readonly CityRow[]): NameEntry[] {
  return rows.map(([name, code, lat, lon, , feature]) =>
    feature === 'ADM1'
      ? Object.freeze({ surface: name, code, name, type: 'GPE' as const, rule: 'gazetteer:subdivision' })
      : Object.freeze({ surface: name, code, name, type: 'GPE' as const, rule: 'gazetteer:city', ...(lat !== null && lon !== null ? { lat, lon } : {}) }),
  );
}

/** A place of the generated gazetteer (data/cities.json): a city or a first-order subdivision. */
export const isCityOrSubdivision = (rule: string | undefined): boolean => rule === 'gazetteer:city' || rule === 'gazetteer:subdivision';

/** A place inside a country that stands for it: a city, a capital, a subdivision or a countries.yaml place. */
export const isPlaceInCountry = (rule: string): boolean => isCityOrSubdivision(rule) || rule === 'gazetteer:capital' || rule === 'gazetteer:place';

const ACTOR_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;

/** Named organisations (data/organizations.yaml): canonical name, CAMEO code, aliases. */
export function compileOrganizations(src: DictionarySource): NameEntry[] {
  const p = parse(src);
  const list = (p.value as { organizations?: unknown })?.organizations;
  if (!Array.isArray(list)) throw new DictionaryError('expected a top-level `organizations:` list', { file: src.file, line: 1 });
  const out: NameEntry[] = [];
  const seen = new Map<string, number>();
  list.forEach((o: { name?: unknown; code?: unknown; aliases?: unknown }, i) => {
    const line = p.lineOf(nodeAt(p, ['organizations', i])) ?? 1;
    const fail = (m: string, hint: string | null = null): never => {
      throw new DictionaryError(`organization ${i + 1}${typeof o?.name === 'string' ? ` (${o.name})` : ''}: ${m}`, { file: src.file, line }, hint);
    };
    if (typeof o?.name !== 'string' || !o.name.trim()) fail('missing name');
    if (typeof o.code !== 'string' || !ACTOR_CODE.test(o.code)) fail(`code ${JSON.stringify(o.code)} is not a CAMEO actor code`, 'three-letter parts, e.g. IGOUNO or USAGOV');
    const aliases = o.aliases === undefined ? [] : o.aliases;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail('aliases must be a list of strings');
    for (const surface of [o.name as string, ...(aliases as string[])]) {
      const prior = seen.get(surface);
      if (prior !== undefined) fail(`name or alias ${JSON.stringify(surface)} is already used at line ${prior}`, 'a surface form may stand for one organisation only');
      seen.set(surface, line);
      out.push(Object.freeze({ surface, code: o.code as string, name: o.name as string, type: 'ORG' as const, rule: 'gazetteer:organization' }));
    }
  });
  return out;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** People with time-bounded roles (data/people.yaml). */
export function compilePeople(src: DictionarySource): PersonEntry[] {
  const p = parse(src);
  const list = (p.value as { people?: unknown })?.people;
  if (!Array.isArray(list)) throw new DictionaryError('expected a top-level `people:` list', { file: src.file, line: 1 });
  const names = new Map<string, number>();
  return list.map((x: { name?: unknown; aliases?: unknown; country?: unknown; roles?: unknown }, i) => {
    const line = p.lineOf(nodeAt(p, ['people', i])) ?? 1;
    const fail = (m: string, hint: string | null = null): never => {
      throw new DictionaryError(`person ${i + 1}${typeof x?.name === 'string' ? ` (${x.name})` : ''}: ${m}`, { file: src.file, line }, hint);
    };
    if (typeof x?.name !== 'string' || !x.name.trim()) fail('missing name');
    const name = x.name as string;
    if (names.has(name)) fail(`duplicate name (also at line ${names.get(name)})`, 'one entry per person, with all their roles');
    names.set(name, line);
    if (typeof x.country !== 'string' || !/^[A-Z]{3}$/.test(x.country)) fail('country must be a three-letter code');
    const aliases = x.aliases === undefined ? [] : x.aliases;
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail('aliases must be a list of strings');
    if (!Array.isArray(x.roles) || x.roles.length === 0) fail('needs at least one role');
    const roles: PersonRole[] = (x.roles as Array<Record<string, unknown>>).map((r, k) => {
      const where = `role ${k + 1}`;
      if (typeof r?.role !== 'string') fail(`${where}: missing role title`);
      const from = r.from instanceof Date ? r.from.toISOString().slice(0, 10) : r.from;
      const to = r.to instanceof Date ? r.to.toISOString().slice(0, 10) : (r.to ?? null);
      if (typeof from !== 'string' || !DAY.test(from)) fail(`${where}: from must be YYYY-MM-DD`);
      if (to !== null && (typeof to !== 'string' || !DAY.test(to))) fail(`${where}: to must be YYYY-MM-DD or null`);
      if (to !== null && (to as string) < (from as string)) fail(`${where}: ends (${to}) before it starts (${from})`);
      let code: string;
      if (typeof r.code === 'string') code = r.code;
      else if (typeof r.sector === 'string') code = `${x.country}${r.sector}`;
      else return fail(`${where}: needs a sector (GOV, MIL, …) or a full code`);
      if (!ACTOR_CODE.test(code)) fail(`${where}: ${JSON.stringify(code)} is not a CAMEO actor code`);
      return Object.freeze({ role: r.role as string, code, from: from as string, to: to as string | null });
    });
    return Object.freeze({ name, aliases: Object.freeze([...(aliases as string[])]), country: x.country as string, roles: Object.freeze(roles) });
  });
}

/** The role a person holds on a day (the latest-starting one when several overlap), or null. */
export function roleOn(person: PersonEntry, day: string): PersonRole | null {
  let best: PersonRole | null = null;
  for (const r of person.roles) if (r.from <= day && (r.to === null || day <= r.to) && (!best || r.from > best.from)) best = r;
  return best;
}

/** Country + sector (IRNGOV), or sector + country for a prefix agent (PETRARCH's [NGO~]: MSF Arnor → NGOARN). */
export function withSector(country: string, agent: Pick<AgentEntry, 'sector' | 'prefix'>): string {
  return agent.prefix ? agent.sector + country : country + agent.sector;
}

/** The code a name stands for on a day: the first dated code that covers it, else its undated one ('' = no actor). */
export function codeOn(entry: NameEntry, day: string): string {
  for (const d of entry.dated ?? []) if ((d.from === null || d.from <= day) && (d.to === null || day <= d.to)) return d.code;
  return entry.code;
}

/** Regular inflections of an English verb or noun lemma: -s, -ed, -ing (with the usual spelling rules). */
/** Function words take no inflections ("with" is never "withed"). */
const FUNCTION_WORDS = new Set(
  'with to of in on for by from at the and or as into onto over about against between among its their his her our your that than then this these those who whom which what when where while via per upon within without across along around after before during under above below near off out up down'.split(
    ' ',
  ),
);

export function inflections(w: string): string[] {
  if (!/^[a-z-]+$/.test(w) || w.length < 3 || FUNCTION_WORDS.has(w)) return [];
  const out = new Set<string>([PLURAL(w)]);
  const stem = /e$/.test(w) && !/ee$/.test(w) ? w.slice(0, -1) : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}i` : w;
  out.add(/e$/.test(w) ? `${w}d` : `${stem}ed`);
  out.add(/ie$/.test(w) ? `${w.slice(0, -2)}ying` : /[^aeiou]y$/.test(w) ? `${w}ing` : /e$/.test(w) && !/ee$/.test(w) ? `${stem}ing` : `${w}ing`);
  // consonant doubling after a single short vowel: ban → banned, banning
  if (/[^aeiou][aeiou][bdgkmnprt]$/.test(w) && w.length <= 5) {
    out.add(`${w}${w.slice(-1)}ed`);
    out.add(`${w}${w.slice(-1)}ing`);
  }
  return [...out];
}

/** Parses a pattern string into elements; throws a message on bad syntax. */
export function parsePattern(pattern: string): PatternElement[] {
  const els: PatternElement[] = [];
  const parts = pattern.trim().split(/\s+(?![^()]*\))/);
  for (const raw of parts) {
    if (raw === '') continue;
    if (raw === '..') {
      els.push({ kind: 'gap', max: 4 });
      continue;
    }
    if (raw === '{target}') {
      if (els.some((e) => e.kind === 'slot')) throw new Error('{target} appears twice');
      els.push({ kind: 'slot', slot: 'target' });
      continue;
    }
    if (/^\{.*\}$/.test(raw)) throw new Error(`unknown slot ${raw}; the slot is {target} (the source is the clause's subject)`);
    const optional = raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = /^\(.*\)$/.test(body) ? body.slice(1, -1).split('|') : [body];
    for (const a of alts) {
      if (!/^[\p{L}\d][\p{L}\d'.-]*( [\p{L}\d][\p{L}\d'.-]*)*$/u.test(a)) throw new Error(`bad word ${JSON.stringify(a)} in ${JSON.stringify(raw)}`);
    }
    const lower = alts.map((a) => a.toLowerCase());
    // inflected forms as well as lemmas, for words the lemmatizer leaves alone ("re-established")
    els.push({ kind: 'word', alts: [...new Set(lower.flatMap((a) => (a.includes(' ') ? [a] : [a, ...inflections(a)])))], optional });
  }
  if (!els.some((e) => e.kind === 'word' && !e.optional)) throw new Error('a pattern needs at least one required word');
  if (els[0]?.kind !== 'word') throw new Error('a pattern must start with a word');
  return els;
}

/** All verb files, with ids and patterns unique across them. */
export function compileVerbFiles(srcs: readonly DictionarySource[], codes: Readonly<Record<string, CodeInfo>>): VerbPattern[] {
  const ids = new Map<string, string>();
  const patterns = new Map<string, string>();
  return srcs.flatMap((src) => compileVerbs(src, codes, ids, patterns));
}

export function compileVerbs(
  src: DictionarySource,
  codes: Readonly<Record<string, CodeInfo>>,
  ids = new Map<string, string>(),
  patterns = new Map<string, string>(),
): VerbPattern[] {
  const p = parse(src);
  const verbs = (p.value as { verbs?: unknown })?.verbs;
  if (!Array.isArray(verbs)) throw new DictionaryError('expected a top-level `verbs:` list', { file: src.file, line: 1 });
  return verbs.map((v: Record<string, unknown>, i) => {
    const line = p.lineOf(nodeAt(p, ['verbs', i])) ?? 1;
    const fail = (m: string, hint: string | null = null): never => {
      throw new DictionaryError(`verb pattern ${i + 1}${typeof v?.id === 'string' ? ` (${v.id})` : ''}: ${m}`, { file: src.file, line }, hint);
    };
    for (const f of ['id', 'code', 'pattern', 'example']) if (typeof v?.[f] !== 'string' || (v[f] as string).trim() === '') fail(`missing field ${f}`);
    const id = v.id as string;
    const code = v.code as string;
    if (!/^[a-z0-9-]+$/.test(id)) fail('id must be lower-case words joined by hyphens');
    if (ids.has(id)) fail(`duplicate id ${id} (also at ${ids.get(id)})`, 'give each pattern its own id');
    ids.set(id, `${src.file}:${line}`);
    if (!codes[code]) fail(`unknown CAMEO code ${JSON.stringify(code)}`, 'use a code listed in cameo-codes.yaml');
    let elements: PatternElement[] = [];
    try {
      elements = parsePattern(v.pattern as string);
    } catch (e) {
      fail(`bad pattern: ${(e as Error).message}`);
    }
    const key = (v.pattern as string).trim().replace(/\s+/g, ' ').toLowerCase();
    if (patterns.has(key)) fail(`duplicate pattern (same as ${patterns.get(key)})`, 'merge the two entries');
    patterns.set(key, `${src.file}:${line}`);
    if (v.both !== undefined && typeof v.both !== 'boolean') fail('both must be true or false');
    if (v.by !== undefined && v.by !== 'subject' && v.by !== 'speaker') fail(`by must be subject or speaker, not ${JSON.stringify(v.by)}`);
    if (v.negated !== undefined && (typeof v.negated !== 'string' || !codes[v.negated]))
      fail(`negated: unknown CAMEO code ${JSON.stringify(v.negated)}`, 'use a code listed in cameo-codes.yaml, quoted ("111")');
    return Object.freeze({
      id,
      code,
      pattern: v.pattern as string,
      elements,
      both: v.both === true,
      by: v.by === 'speaker' ? ('speaker' as const) : ('subject' as const),
      negated: typeof v.negated === 'string' ? v.negated : null,
      example: v.example as string,
      rule: `verbs/${code}#${id}`,
      file: src.file,
      line,
    });
  });
}

/** Attribution cues (data/cues.yaml): three lists of words, each entry once. */
export function compileCues(src: DictionarySource): CueLexicon {
  const p = parse(src);
  const v = (p.value ?? {}) as Record<string, unknown>;
  const out: Record<'verbs' | 'nouns' | 'phrases', string[]> = { verbs: [], nouns: [], phrases: [] };
  for (const key of ['verbs', 'nouns', 'phrases'] as const) {
    const list = v[key] ?? [];
    const line = p.lineOf(nodeAt(p, [key]));
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) throw new DictionaryError(`${key}: expected a list of words`, { file: src.file, line });
    const seen = new Set<string>();
    for (const w of list as string[]) {
      const k = w.toLowerCase().trim();
      if (seen.has(k)) throw new DictionaryError(`${key}: ${JSON.stringify(w)} is listed twice`, { file: src.file, line }, 'list each cue once');
      seen.add(k);
      out[key].push(k);
    }
  }
  for (const k of Object.keys(v))
    if (!(k in out)) throw new DictionaryError(`unknown section ${JSON.stringify(k)}`, { file: src.file, line: p.lineOf(nodeAt(p, [k])) }, 'use verbs, nouns or phrases');
  return Object.freeze({ verbs: Object.freeze(out.verbs), nouns: Object.freeze(out.nouns), phrases: Object.freeze(out.phrases) });
}

export interface DictionarySet {
  readonly codes: DictionarySource;
  readonly countries: DictionarySource;
  readonly agents: DictionarySource;
  /** Verb pattern files; ids and patterns must be unique across all of them. */
  readonly verbs: DictionarySource | readonly DictionarySource[];
  readonly organizations?: DictionarySource;
  readonly people?: DictionarySource;
  readonly groups?: DictionarySource;
  readonly cues?: DictionarySource;
}

export interface GazetteerData {
  readonly countries: readonly CountryRecord[];
  readonly cities?: readonly CityRow[];
  /** Given names, for telling a person's name from other capitalised words. */
  readonly givenNames?: readonly string[];
}

/**
 * States younger than the news (countries.yaml `independence:`): until the day before independence
 * their cities and places belong to the state they left (Juba is SDN in 2000, SSD in 2012).
 */
export function compileIndependence(src: DictionarySource): Map<string, DatedCode> {
  const p = parse(src);
  const table = (p.value as { independence?: Record<string, unknown> } | null)?.independence ?? {};
  const out = new Map<string, DatedCode>();
  for (const [code, v] of Object.entries(table)) {
    const line = p.lineOf(nodeAt(p, ['independence', code]));
    const { part_of, until } = (v ?? {}) as { part_of?: unknown; until?: unknown };
    const day = until instanceof Date ? until.toISOString().slice(0, 10) : until;
    if (typeof part_of !== 'string' || !/^[A-Z]{3}$/.test(part_of) || typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day))
      throw new DictionaryError(`independence.${code}: expected { part_of: CODE, until: YYYY-MM-DD }`, { file: src.file, line });
    out.set(code, Object.freeze({ code: part_of, from: null, to: day }));
  }
  return out;
}

export function compileDictionaries(set: DictionarySet, data: GazetteerData): Dictionaries {
  const codes = compileCodes(set.codes);
  const independence = compileIndependence(set.countries);
  // order sets precedence for a surface form claimed twice: organisations, then countries, then cities
  const names = [
    ...(set.organizations ? compileOrganizations(set.organizations) : []),
    ...compileCountries(set.countries, data.countries),
    ...(set.groups ? compilePeoples(set.groups) : []),
    ...compileCities(data.cities ?? []),
  ].map((n) => {
    const place = isPlaceInCountry(n.rule);
    const before = place && !n.dated ? independence.get(n.code) : undefined;
    return before ? Object.freeze({ ...n, dated: [before] }) : n;
  });
  return Object.freeze({
    codes: Object.freeze(codes),
    names: Object.freeze(names),
    people: Object.freeze(set.people ? compilePeople(set.people) : []),
    agents: Object.freeze(compileAgents(set.agents)),
    organizationWords: Object.freeze(compileOrganizationWords(set.agents)),
    placeWords: Object.freeze(compilePlaceWords(set.countries)),
    placeNouns: Object.freeze(compilePlaceWords(set.countries, 'place_nouns')),
    givenNames: Object.freeze([...(data.givenNames ?? [])]),
    verbs: Object.freeze(compileVerbFiles(Array.isArray(set.verbs) ? set.verbs : [set.verbs as DictionarySource], codes)),
    cues: set.cues ? compileCues(set.cues) : Object.freeze({ verbs: [], nouns: [], phrases: [] }),
  });
}
