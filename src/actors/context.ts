/**
 * @module The working state the actor passes share: entities found so far with their token
 * ranges, which tokens they cover, and helpers to add one. Passes run in order (actor-stage.ts).
 */
import type { Doc, Entity, Token } from '../core/types.js';
import type { AgentEntry, Dictionaries, NameEntry, PersonEntry } from '../dictionaries/types.js';
import type { PhraseTrie } from './phrase-trie.js';

/** An entity under construction: the output record plus what the passes need to know about it. */
export interface WorkEntity {
  entity: Entity;
  first: number;
  end: number;
  /** The dictionary person it names, if any. */
  person: PersonEntry | null;
  /** name: a name in the text; alias: a short form of an earlier name; pronoun / nominal: coreference. */
  kind: 'name' | 'alias' | 'pronoun' | 'nominal' | 'date';
  /** The working entity this one refers to (for alias, pronoun, nominal). */
  ref: WorkEntity | null;
  /** More referents of a plural pronoun that names two actors at once ("Bolivia … Iran … they"). */
  also?: WorkEntity[];
}

/** Compiled lookups, built once per stage. */
export interface ActorLexicon {
  readonly dictionaries: Dictionaries;
  /** Organisations and people's full names (case-sensitive). */
  readonly named: PhraseTrie<NameEntry | PersonEntry>;
  /** Countries, demonyms, cities, regions (case-sensitive). */
  readonly places: PhraseTrie<NameEntry>;
  /** Role nouns (lower case, with plurals). */
  readonly agents: PhraseTrie<AgentEntry>;
  /** Organisation head words → sector. */
  readonly orgWords: PhraseTrie<string>;
  /** Place head words → LOC or FAC ("Mount", "Mosque"). */
  readonly placeWords: PhraseTrie<'LOC' | 'FAC'>;
  /** Common nouns for places ("town", "mosque"), lower case with plurals. */
  readonly placeNouns: PhraseTrie<'LOC' | 'FAC'>;
  /** Given names, for untitled name runs. */
  readonly givenNames: ReadonlySet<string>;
  /** People by each word of their name, for "President Paz". */
  readonly peopleByWord: ReadonlyMap<string, readonly PersonEntry[]>;
}

export class ActorContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly date: string;
  readonly work: WorkEntity[] = [];
  /** The entity covering each token, or null. */
  readonly at: Array<WorkEntity | null>;
  /** Country names that belong to a titled person's mention ("U.S." before "Deputy Secretary … Landau"). */
  readonly absorbed = new Set<WorkEntity>();
  /** The country the article names most often, once computed (organization-pass.ts). */
  dominantCountry: string | null | undefined = undefined;
  /** The countries the article names with how often, most named first, once computed (mention-pass.ts). */
  countryRanking: Array<[string, number]> | undefined = undefined;
  /** People named so far, by each word of their name, for aliases and repeated names. */
  readonly peopleByWord = new Map<string, WorkEntity[]>();

  /** Records a person's first mention so later passes find it by any word of its name. */
  notePerson(we: WorkEntity): void {
    for (const w of new Set([...we.entity.name.split(' '), ...this.span(we.first, we.end).text.split(/\s+/)])) {
      const list = this.peopleByWord.get(w) ?? [];
      list.push(we);
      this.peopleByWord.set(w, list);
    }
  }

  /** An earlier person whose name ends with these words (or is them). */
  earlierPerson(words: readonly string[]): WorkEntity | null {
    const last = words[words.length - 1];
    const joined = words.join(' ');
    for (const we of [...(last ? (this.peopleByWord.get(last) ?? []) : [])].reverse()) {
      if (we.entity.name === joined || we.entity.name.endsWith(` ${joined}`)) return we;
    }
    return null;
  }

  constructor(
    readonly doc: Doc,
    readonly lexicon: ActorLexicon,
  ) {
    this.tokens = doc.tokens;
    this.text = doc.article.text;
    this.date = doc.article.date;
    this.at = new Array(doc.tokens.length).fill(null);
    nameWordTokens = doc.tokens;
    nameWordAt = new Uint8Array(doc.tokens.length);
  }

  span(first: number, end: number): { start: number; end: number; text: string } {
    const start = (this.tokens[first] as Token).start;
    const stop = (this.tokens[end - 1] as Token).end;
    return { start, end: stop, text: this.text.slice(start, stop) };
  }

  free(first: number, end: number): boolean {
    for (let j = first; j < end; j++) if (this.at[j]) return false;
    return true;
  }

  add(w: Omit<WorkEntity, 'entity'> & { entity: Omit<Entity, 'start' | 'end' | 'text'> }): WorkEntity {
    // Object.assign, not spread: spreading objects of many shapes is many times slower in V8 (the
    // keys come out in the same order)
    const entity = Object.assign(this.span(w.first, w.end), w.entity) as Entity;
    const we = Object.assign({}, w) as WorkEntity;
    we.entity = entity;
    this.work.push(we);
    for (let j = w.first; j < w.end; j++) this.at[j] = we;
    if (entity.type === 'PERSON' && we.kind === 'name') this.notePerson(we);
    return we;
  }

  /** Removes an entity (a later pass found a better reading of its tokens). */
  remove(we: WorkEntity): void {
    const i = this.work.indexOf(we);
    if (i >= 0) this.work.splice(i, 1);
    for (let j = we.first; j < we.end; j++) if (this.at[j] === we) this.at[j] = null;
  }

  /** The entity a chain of references ends at. */
  static root(we: WorkEntity): WorkEntity {
    let r = we;
    while (r.ref) r = r.ref;
    return r;
  }
}

// the passes ask these of most tokens many times: an ASCII first character answers without a regex
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

export const isCapitalised = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : /^\p{Lu}/u.test(t.text);
};
/** Starts with a lower-case letter (/^\p{Ll}/u), without the regex for an ASCII first character. */
export const startsLower = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : /^\p{Ll}/u.test(t.text);
};
/**
 * isNameWord's answers for the tokens of the article under way (the newest ActorContext's), by
 * token index: 0 not asked yet, 1 no, 2 yes. The passes ask it of the same tokens many times.
 */
let nameWordTokens: readonly Token[] | null = null;
let nameWordAt = new Uint8Array(0);
/** A word that can be part of a name: Capitalised, an initial ("K."), or a particle-prefixed name ("al-Assad"). */
export const isNameWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  const k = t.index;
  if (nameWordTokens !== null && nameWordTokens[k] === t) {
    const known = nameWordAt[k] as number;
    if (known !== 0) return known === 2;
    const answer = nameWordOf(t);
    nameWordAt[k] = answer ? 2 : 1;
    return answer;
  }
  return nameWordOf(t);
};
const nameWordOf = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  // below: the first two start with a capital; the third with a lower-case particle and a hyphen
  if (c < 128 && !isAsciiUpper(c) && !(isAsciiLower(c) && t.text.includes('-'))) return false;
  let known = nameWords.get(t.text);
  if (known === undefined) {
    known = nameWordPattern(t.text);
    if (nameWords.size > 50_000) nameWords.clear();
    nameWords.set(t.text, known);
  }
  return known;
};
/** The answers of nameWordPattern so far (the passes ask it of the same capitalised words many times). */
const nameWords = new Map<string, boolean>();
const nameWordPattern = (text: string): boolean =>
  /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(text) ||
  // "O’Malley", "D'Souza"
  /^\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+$/u.test(text) ||
  /^\p{Lu}\.$/u.test(text) ||
  /^(?:al|el|ad|as|ash|an|ar|bin|ibn)-\p{Lu}[\p{Ll}\p{M}]+$/u.test(text);
export const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i we he she they it the a an on in at of for and or but this that these those there here his her their its our my your mr mrs ms dr'.split(
    ' ',
  ),
);
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’]s$/.test(t.text);
