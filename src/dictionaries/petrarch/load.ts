/**
 * @module Reading a folder of PETRARCH/TABARI dictionaries (Node only): finds the actors, agents,
 * verbs and discards files by their names, parses them, and converts them into the engine's
 * dictionaries. Also the `--dictionaries` specification shared by every coding command
 * (`builtin`, `petrarch:DIR`, or both joined by a comma).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DictionaryError, UsageError } from '../../core/errors.js';
import { loadBuiltinDictionaries } from '../load.js';
import type { Dictionaries } from '../types.js';
import { petrarchToDictionaries } from './convert.js';
import { emptyPetrarch, kindOfFile, type PetrarchDictionaries, parseActors, parseAgents, parseDiscards, parseVerbs } from './parse.js';

/** Parses every dictionary file in a folder (names say the kind: …actors….txt, …agents….txt, …verbs….txt, …discards….txt). */
export function readPetrarchFolder(dir: string, into: PetrarchDictionaries = emptyPetrarch()): PetrarchDictionaries {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DictionaryError('is not a folder', { file: dir }, 'give the folder holding the PETRARCH actors, agents, verbs and discards .txt files');
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ f, kind: kindOfFile(f) }))
    .filter((x): x is { f: string; kind: NonNullable<typeof x.kind> } => x.kind !== null);
  if (files.length === 0)
    throw new DictionaryError('holds no PETRARCH dictionary file', { file: dir }, 'files are found by name: …actors….txt, …agents….txt, …verbs….txt, …discards….txt');
  // verbs first: synsets are defined there; the rest in any order
  const order = { verbs: 0, actors: 1, agents: 2, discards: 3 } as const;
  for (const { f, kind } of files.sort((a, b) => order[a.kind] - order[b.kind])) {
    const file = path.join(dir, f);
    const source = { file, text: decode(readFileSync(file)) };
    if (kind === 'actors') parseActors(source, into);
    else if (kind === 'agents') parseAgents(source, into);
    else if (kind === 'verbs') parseVerbs(source, into);
    else parseDiscards(source, into);
  }
  return into;
}

/** UTF-8, or Latin-1 for the older files that are not valid UTF-8. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** One line about the entries that could not be read (PETRARCH itself passes over them too), or null. */
export function problemSummary(p: PetrarchDictionaries, dirs: readonly string[]): string | null {
  const errors = p.problems.filter((x) => x.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  return `${errors.length} dictionary line(s) could not be read and were left out, the first ${first.file}:${first.line}: ${first.message} (see \`entente dictionaries check ${dirs.join(' ')}\`)`;
}

export interface DictionarySpec {
  readonly builtin: boolean;
  readonly petrarch: readonly string[];
}

/** `builtin`, `petrarch:DIR`, `builtin,petrarch:DIR` (any order; several PETRARCH folders are read together). */
export function parseDictionarySpec(spec: string | undefined): DictionarySpec {
  if (spec === undefined || spec.trim() === '') return { builtin: true, petrarch: [] };
  let builtin = false;
  const petrarch: string[] = [];
  for (const part of spec.split(',').map((x) => x.trim())) {
    if (part === 'builtin') builtin = true;
    else if (part.startsWith('petrarch:') && part.length > 'petrarch:'.length) petrarch.push(part.slice('petrarch:'.length));
    else throw new UsageError(`--dictionaries: cannot read ${JSON.stringify(part)}`, 'use builtin, petrarch:DIR, or both: builtin,petrarch:DIR');
  }
  return { builtin, petrarch };
}

const cache = new Map<string, Dictionaries>();

/**
 * The dictionaries a `--dictionaries` value names, once per process and value. A missing folder
 * throws DictionaryError; lines that cannot be read are left out and summed up through `warn`.
 */
export function loadDictionaries(spec: string | undefined, warn: (message: string) => void = () => undefined): Dictionaries {
  const key = spec ?? 'builtin';
  const hit = cache.get(key);
  if (hit) return hit;
  const s = parseDictionarySpec(spec);
  let out: Dictionaries;
  if (s.petrarch.length === 0) out = loadBuiltinDictionaries();
  else {
    const p = emptyPetrarch();
    for (const dir of s.petrarch) readPetrarchFolder(dir, p);
    out = petrarchToDictionaries(p, s.builtin ? loadBuiltinDictionaries() : null);
    const summary = problemSummary(p, s.petrarch);
    if (summary) warn(summary);
  }
  cache.set(key, out);
  return out;
}
