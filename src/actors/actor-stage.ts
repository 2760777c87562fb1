/**
 * @module The actors stage: finds who is mentioned and which CAMEO actor each mention stands for.
 * Small ordered passes over a shared context (passes/): named (dictionary organisations and
 * people) → organisation names and acronyms → named places ("Mount Sinjar") → gazetteer places → people (titles, honorifics, name runs) →
 * aliases → coreference → nominal mentions → appositives → dates → actor mentions.
 */
import type { Stage } from '../core/pipeline.js';
import type { Doc, Entity } from '../core/types.js';
import type { AgentEntry, Dictionaries, NameEntry, PersonEntry } from '../dictionaries/types.js';
import { analyse } from '../nlp/tokens.js';
import { ActorContext, type ActorLexicon, type WorkEntity } from './context.js';
import { aliasPass } from './passes/alias-pass.js';
import { appositivePass } from './passes/appositive-pass.js';
import { coreferencePass } from './passes/coreference-pass.js';
import { datePass } from './passes/date-pass.js';
import { mentionPass } from './passes/mention-pass.js';
import { namedPass } from './passes/named-pass.js';
import { nominalPass } from './passes/nominal-pass.js';
import { organizationPass } from './passes/organization-pass.js';
import { personPass } from './passes/person-pass.js';
import { placeNamePass } from './passes/place-name-pass.js';
import { placePass } from './passes/place-pass.js';
import { surnamePass } from './passes/surname-pass.js';
import { PhraseTrie } from './phrase-trie.js';

export interface ActorStageOptions {
  readonly dictionaries: Dictionaries;
}

const PLURAL = (w: string): string => (/(s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/** Tokenises many phrases in one wink pass (one per line), as the text's tokens will be. */
export function tokenisePhrases(phrases: readonly string[]): string[][] {
  const out: string[][] = [];
  const chunk = 2000;
  for (let k = 0; k < phrases.length; k += chunk) {
    const part = phrases.slice(k, k + chunk);
    const { tokens } = analyse(part.join('\n\n'));
    let current: string[] = [];
    for (const t of tokens) {
      if (t.pos === 'SPACE' || t.text.trim() === '') {
        if (/\n/.test(t.text)) {
          out.push(current);
          current = [];
        }
        continue;
      }
      current.push(t.text);
    }
    out.push(current);
    // wink may split differently; keep the count aligned with the input
    while (out.length > k + part.length) out.pop();
    while (out.length < k + part.length) out.push([]);
  }
  return out;
}

/** All surface forms of the dictionaries' names split into tokens (for the build's cache). */
export function phraseWordsOf(dictionaries: Dictionaries): Record<string, string[]> {
  const surfaces = [...new Set([...dictionaries.names.map((n) => n.surface), ...dictionaries.people.flatMap((p) => [p.name, ...p.aliases])])];
  const words = tokenisePhrases(surfaces);
  return Object.fromEntries(surfaces.map((x, i) => [x, words[i] as string[]]));
}

export function buildLexicon(dictionaries: Dictionaries): ActorLexicon {
  const named = new PhraseTrie<NameEntry | PersonEntry>(true);
  const places = new PhraseTrie<NameEntry>(true);
  const orgs = dictionaries.names.filter((n) => n.type === 'ORG');
  const placeNames = dictionaries.names.filter((n) => n.type !== 'ORG');
  const peopleNames = dictionaries.people.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p] as const));
  const surfaces = [...orgs.map((o) => o.surface), ...placeNames.map((n) => n.surface), ...peopleNames.map(([n]) => n)];
  const known = dictionaries.phraseWords ?? {};
  const missing = surfaces.filter((x) => !known[x]);
  const fresh = tokenisePhrases(missing);
  const tokenised = new Map(missing.map((x, i) => [x, fresh[i] as string[]]));
  const words = surfaces.map((x) => (known[x] as string[] | undefined) ?? (tokenised.get(x) as string[]));
  let k = 0;
  for (const o of orgs) named.add(words[k++] as string[], o);
  for (const n of placeNames) places.add(words[k++] as string[], n);
  for (const [, p] of peopleNames) named.add(words[k++] as string[], p);
  const agents = new PhraseTrie<AgentEntry>(false);
  for (const a of dictionaries.agents) {
    const w = a.noun.split(' ');
    agents.add(w, a);
    if (!a.noun.endsWith('.')) agents.add([...w.slice(0, -1), PLURAL(w[w.length - 1] as string)], a);
  }
  const orgWords = new PhraseTrie<string>(true);
  for (const [w, sector] of Object.entries(dictionaries.organizationWords)) {
    orgWords.add(w.split(' '), sector);
    // lower-case single head words too, for names like "Trump administration" (organization-pass.ts decides)
    if (!w.includes(' ')) orgWords.add([w.toLowerCase()], sector);
  }
  const placeWords = new PhraseTrie<'LOC' | 'FAC'>(true);
  for (const [w, type] of Object.entries(dictionaries.placeWords)) placeWords.add(w.split(' '), type);
  const placeNouns = new PhraseTrie<'LOC' | 'FAC'>(false);
  for (const [w, type] of Object.entries(dictionaries.placeNouns)) {
    const words = w.split(' ');
    placeNouns.add(words, type);
    placeNouns.add([...words.slice(0, -1), PLURAL(words[words.length - 1] as string)], type);
  }
  const givenNames = new Set(dictionaries.givenNames);
  const peopleByWord = new Map<string, PersonEntry[]>();
  for (const p of dictionaries.people) {
    for (const n of [p.name, ...p.aliases]) {
      const last = n.split(/\s+/).pop() as string;
      const list = peopleByWord.get(last) ?? [];
      if (!list.includes(p)) list.push(p);
      peopleByWord.set(last, list);
    }
  }
  return { dictionaries, named, places, agents, orgWords, placeWords, placeNouns, givenNames, peopleByWord };
}

/**
 * Working entities by start, the longer first at the same start (a stable sort). The offsets are read
 * once into arrays and the sort compares those: the entity records have many shapes, and reading
 * their fields in every comparison was most of the stage's own time.
 */
function textOrder(work: readonly WorkEntity[]): WorkEntity[] {
  const n = work.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const order: number[] = [];
  for (let k = 0; k < n; k++) {
    const e = (work[k] as WorkEntity).entity;
    starts[k] = e.start;
    ends[k] = e.end;
    order.push(k);
  }
  order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number));
  return order.map((k) => work[k] as WorkEntity);
}

export function createActorStage(options: ActorStageOptions): Stage {
  const lexicon = buildLexicon(options.dictionaries);
  return (doc: Doc) => {
    const ctx = new ActorContext(doc, lexicon);
    namedPass(ctx);
    organizationPass(ctx);
    placeNamePass(ctx);
    placePass(ctx);
    personPass(ctx);
    aliasPass(ctx);
    surnamePass(ctx);
    coreferencePass(ctx);
    nominalPass(ctx);
    appositivePass(ctx);
    datePass(ctx);
    // entities in text order, each pointing to the first mention of its referent
    const ordered = textOrder(ctx.work);
    const index = new Map<WorkEntity, number>();
    for (let k = 0; k < ordered.length; k++) index.set(ordered[k] as WorkEntity, k);
    doc.entities = ordered.map((we): Entity => {
      const root = we.ref ? ActorContext.root(we) : null;
      // Object.assign, not spread (much faster for objects of many shapes; same key order)
      const e = Object.assign({}, we.entity);
      e.referent = root ? (index.get(root) ?? null) : null;
      e.form = we.kind === 'alias' ? 'name' : we.kind;
      return e;
    });
    doc.mentions = mentionPass(ctx, (we) => index.get(we) ?? -1).map((m) => (m.entity === -1 ? { ...m, entity: null } : m));
    return doc;
  };
}
