/**
 * @module The actors stage: named entities from the gazetteer (countries, capitals, demonyms),
 * people introduced with a title ("U.S. Deputy Secretary of State Christopher Landau"), their
 * later short names ("Landau"), and actor mentions with CAMEO codes built from them — a country
 * with a role noun ("the Bolivian president" → BOLGOV, "the government of Bolivia" → BOLGOV).
 * Passes, in order: gazetteer, titled people, aliases, mentions.
 */
import type { Stage } from '../core/pipeline.js';
import type { Doc, Entity, Mention, Token } from '../core/types.js';
import type { AgentEntry, Dictionaries, NameEntry } from '../dictionaries/types.js';
import { analyse } from '../nlp/tokens.js';
import { PhraseTrie } from './phrase-trie.js';

export interface ActorStageOptions {
  readonly dictionaries: Dictionaries;
}

const PLURAL = (w: string): string => (/(s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
const isNameWord = (t: Token | undefined): boolean => !!t && (/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(t.text) || /^\p{Lu}\.$/u.test(t.text));
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i we he she they it the a an on in at of for and or but this that these those'.split(
    ' ',
  ),
);
const wordsOf = (phrase: string): string[] =>
  analyse(phrase)
    .tokens.filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '')
    .map((t) => t.text);

interface Person {
  entity: number;
  words: string[];
  actor: string | null;
}

export function createActorStage(options: ActorStageOptions): Stage {
  const names = new PhraseTrie<NameEntry>(true);
  for (const n of options.dictionaries.names) names.add(wordsOf(n.surface), n);
  const agents = new PhraseTrie<AgentEntry>(false);
  for (const a of options.dictionaries.agents) {
    const words = a.noun.split(' ');
    agents.add(words, a);
    if (!a.noun.endsWith('.')) agents.add([...words.slice(0, -1), PLURAL(words[words.length - 1] as string)], a);
  }

  return (doc: Doc) => {
    const { tokens } = doc;
    const text = doc.article.text;
    const entities: Entity[] = [];
    const covered = new Uint8Array(tokens.length); // tokens inside an entity
    const entityAtToken = new Int32Array(tokens.length).fill(-1);
    const tokenSpan = new Map<number, [number, number]>(); // entity index → token range
    const addEntity = (e: Entity, first: number, end: number): number => {
      const k = entities.length;
      entities.push(e);
      tokenSpan.set(k, [first, end]);
      for (let j = first; j < end; j++) {
        covered[j] = 1;
        entityAtToken[j] = k;
      }
      return k;
    };
    const span = (first: number, end: number) => {
      const start = (tokens[first] as Token).start;
      const stop = (tokens[end - 1] as Token).end;
      return { start, end: stop, text: text.slice(start, stop) };
    };

    // 1. gazetteer
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; ) {
        const m = names.match(tokens, i, s.endToken);
        if (m && (isCapitalised(tokens[i]) || m.end - i > 1)) {
          const n = m.value;
          addEntity({ ...span(i, m.end), type: n.type === 'NORP' ? 'NORP' : n.type, name: n.name, actor: n.code, rule: n.rule }, i, m.end);
          i = m.end;
        } else i++;
      }
    }

    // 2. people introduced with a title: [country ('s)?] Title Name (and Name)*
    const people: Person[] = [];
    const absorbed = new Set<number>();
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        if (covered[i] || !isCapitalised(tokens[i])) continue;
        const a = agents.match(tokens, i, s.endToken);
        if (!a?.value.title) continue;
        // every word of the title is capitalised ("Deputy Secretary of State"), except small words
        let titleOk = true;
        for (let j = i; j < a.end; j++) if (!isCapitalised(tokens[j]) && !/^(of|for|and|the)$/.test((tokens[j] as Token).norm)) titleOk = false;
        if (!titleOk) continue;
        let country: string | null = null;
        let p = i - 1;
        if (p >= s.firstToken && /^['’]s$/.test((tokens[p] as Token).text)) p--;
        if (p >= s.firstToken && entityAtToken[p] !== -1) {
          const e = entities[entityAtToken[p] as number] as Entity;
          if (e.type === 'GPE' || e.type === 'NORP') {
            country = e.actor;
            absorbed.add(entityAtToken[p] as number); // "U.S." in "U.S. Deputy Secretary … Landau" is part of the person
          }
        }
        let j = a.end;
        while (j < s.endToken) {
          let end = j;
          while (
            end < s.endToken &&
            end - j < 4 &&
            isNameWord(tokens[end]) &&
            !covered[end] &&
            !NOT_NAMES.has((tokens[end] as Token).norm) &&
            !agents.match(tokens, end, end + 1)?.value.title
          )
            end++;
          if (end === j) break;
          const words = tokens.slice(j, end).map((t) => t.text);
          const earlier = people.find((q) => q.words.length > words.length && q.words.slice(-words.length).join(' ') === words.join(' '));
          const actor = country ? country + a.value.sector : (earlier?.actor ?? null);
          const name = earlier ? (entities[earlier.entity] as Entity).name : words.join(' ');
          const role = span(i, a.end).text;
          const k = addEntity({ ...span(j, end), type: 'PERSON', name, actor, role, referent: earlier ? earlier.entity : null, rule: 'actors:title+name' }, j, end);
          if (!earlier) people.push({ entity: k, words, actor });
          // "former Presidents Evo Morales and Luis Arce": more names under one title
          if (tokens[end] && /^(and|,)$/.test((tokens[end] as Token).norm) && isNameWord(tokens[end + 1])) j = end + 1;
          else break;
        }
      }
    }

    // 3. short names of people met earlier ("Landau", "Paz")
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        if (covered[i] || !isNameWord(tokens[i])) continue;
        for (const q of people) {
          const w = q.words;
          const last = w[w.length - 1] as string;
          let len = 0;
          if (
            tokens
              .slice(i, i + w.length)
              .map((t) => t.text)
              .join(' ') === w.join(' ')
          )
            len = w.length;
          else if (w.length > 1 && (tokens[i] as Token).text === last && !isNameWord(tokens[i + 1])) len = 1;
          if (len > 0 && (tokens[i] as Token).start > (entities[q.entity] as Entity).start) {
            const first = entities[q.entity] as Entity;
            addEntity(
              { ...span(i, i + len), type: 'PERSON', name: first.name, actor: first.actor, role: first.role ?? null, referent: q.entity, rule: 'actors:alias' },
              i,
              i + len,
            );
            break;
          }
        }
      }
    }

    // entities in text order; re-point referents
    const order = entities.map((_, k) => k).sort((x, y) => (entities[x] as Entity).start - (entities[y] as Entity).start);
    const newIndex = new Map(order.map((k, n) => [k, n]));
    doc.entities = order.map((k) => {
      const e = entities[k] as Entity;
      return e.referent != null ? { ...e, referent: newIndex.get(e.referent) ?? null } : e;
    });

    // 4. actor mentions
    const mentions: Mention[] = [];
    const inMention = new Uint8Array(tokens.length);
    const addMention = (first: number, end: number, actor: string, entity: number | null, rule: string): void => {
      mentions.push({ ...span(first, end), actor, entity: entity === null ? null : (newIndex.get(entity) ?? null), rule });
      for (let j = first; j < end; j++) inMention[j] = 1;
    };
    for (const [k, e] of entities.entries()) {
      if (e.type === 'PERSON' && e.actor) {
        const [first, end] = tokenSpan.get(k) as [number, number];
        addMention(first, end, e.actor, k, 'actors:person');
      }
    }
    for (const [k, e] of entities.entries()) {
      if ((e.type !== 'GPE' && e.type !== 'NORP') || !e.actor || absorbed.has(k)) continue;
      const [first, end] = tokenSpan.get(k) as [number, number];
      if (inMention[first]) continue;
      const sentence = doc.sentences[(tokens[first] as Token).sentence];
      const limit = sentence ? sentence.endToken : tokens.length;
      // country ('s)? modifier{0,2} agent: "Bolivian authorities", "Iran's foreign minister"
      let j = end;
      if (j < limit && /^['’]s$/.test((tokens[j] as Token).text)) j++;
      let composed = false;
      for (let skip = 0; skip <= 2 && j + skip < limit; skip++) {
        const a = agents.match(tokens, j + skip, limit);
        if (a && !inMention[j + skip]) {
          addMention(first, a.end, e.actor + a.value.sector, k, 'actors:country+agent');
          composed = true;
          break;
        }
        const t = tokens[j + skip] as Token;
        if (!/^(ADJ|NOUN|PROPN)$/.test(t.pos) || covered[j + skip]) break;
      }
      if (composed) continue;
      // agent (of|in) (the)? country: "the government of Bolivia"
      let b = first - 1;
      if (b >= 0 && (tokens[b] as Token).norm === 'the') b--;
      if (b >= 1 && /^(of|in)$/.test((tokens[b] as Token).norm)) {
        for (let w = b - 1; w >= Math.max(0, b - 3); w--) {
          const a = agents.match(tokens, w, b);
          if (a && a.end === b && !inMention[w]) {
            addMention(w, end, e.actor + a.value.sector, k, 'actors:agent+of+country');
            composed = true;
            break;
          }
        }
      }
      if (composed || e.type !== 'GPE') continue;
      addMention(first, end, e.actor, k, 'actors:country');
    }
    mentions.sort((x, y) => x.start - y.start || y.end - x.end);
    doc.mentions = mentions;
    return doc;
  };
}
