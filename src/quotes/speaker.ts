/**
 * @module Finding who speaks: the noun phrase next to a cue, resolved to the entity or actor
 * mention that covers it (so "he" becomes the person coreference found, "Iran's spokesperson"
 * speaks for IRNGOV), or kept as its own words ("sources", "a spokesman") when no entity covers it.
 */
import type { Doc, Entity, Mention, Speaker, Token } from '../core/types.js';
import { joinHyphen } from '../nlp/hyphen.js';

const NP_POS = /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export interface SpeakerIndex {
  /** Entity covering each token, if any. */
  readonly entityAt: ReadonlyArray<Entity | null>;
  /** Actor mention covering each token, if any. */
  readonly mentionAt: ReadonlyArray<Mention | null>;
  /** Whether a time expression covers each token. */
  readonly timeAt: ReadonlyArray<boolean>;
}

export function indexSpeakers(doc: Doc): SpeakerIndex {
  const n = doc.tokens.length;
  const entityAt: Array<Entity | null> = new Array(n).fill(null);
  const mentionAt: Array<Mention | null> = new Array(n).fill(null);
  const fill = <T extends { start: number; end: number }>(arr: Array<T | null>, items: readonly T[], keep: (prior: T, next: T) => boolean) => {
    let k = 0;
    for (const it of items) {
      while (k < n && (doc.tokens[k] as Token).end <= it.start) k++;
      for (let j = k; j < n && (doc.tokens[j] as Token).start < it.end; j++) {
        const prior = arr[j];
        if (!prior || keep(prior, it)) arr[j] = it;
      }
    }
  };
  const people = doc.entities.filter((e) => e.type !== 'DATE');
  fill(entityAt, people, (prior, next) => next.end - next.start < prior.end - prior.start);
  fill(mentionAt, doc.mentions, (prior, next) => next.end - next.start > prior.end - prior.start);
  const times: Array<{ start: number; end: number } | null> = new Array(n).fill(null);
  fill(times, doc.times, () => false);
  return { entityAt, mentionAt, timeAt: times.map((t) => t !== null) };
}

/** Whether token i is a hyphen joining two capitalised words with no space ("Lopez-Cantera"). */
function isNameHyphen(tokens: readonly Token[], i: number): boolean {
  return joinHyphen(tokens, i) && /^\p{Lu}/u.test((tokens[i - 1] as Token).text) && /^\p{Lu}/u.test((tokens[i + 1] as Token).text);
}

/** A first name the tagger read as a verb or an adjective: capitalised, mid-sentence, before a name ("said Josh Bivens"). */
function misreadName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    !!t &&
    !!prev &&
    /^(VERB|ADJ)$/.test(t.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    tokens[i + 1]?.pos === 'PROPN' &&
    prev.sentence === t.sentence &&
    !/^[.!?:“"]$/.test(prev.text)
  );
}

/** Whether token i is a hyphen inside a word, with no space on either side ("43-year-old"). */
function isJoinHyphen(tokens: readonly Token[], i: number): boolean {
  return joinHyphen(tokens, i) && /^[\p{L}\d]/u.test((tokens[i + 1] as Token).text);
}

/** The noun phrase ending at token `last` (inclusive), walking left over its modifiers. */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): [number, number] | null {
  const t = tokens[last];
  if (!t || !NP_POS.test(t.pos) || t.pos === 'DET') return null;
  if (t.pos === 'PRON' && !SUBJECT_PRONOUNS.has(t.norm)) return null;
  let first = last;
  if (t.pos !== 'PRON') {
    for (;;) {
      if (first - 2 >= floor && isNameHyphen(tokens, first - 1)) first -= 2;
      else if (first - 1 >= floor && NP_POS.test((tokens[first - 1] as Token).pos) && (tokens[first - 1] as Token).pos !== 'PRON') first--;
      else break;
    }
    // a possessor joins the phrase: "Iran's foreign ministry spokesperson"
    while (first - 2 >= floor && /^['’]s$/.test((tokens[first - 1] as Token).text) && /^(PROPN|NOUN)$/.test((tokens[first - 2] as Token).pos)) {
      first -= 2;
      while (first - 1 >= floor && /^(PROPN|NOUN|ADJ|DET)$/.test((tokens[first - 1] as Token).pos)) first--;
    }
  }
  return [first, last + 1];
}

/** The noun phrase starting at token `first`, walking right over its words. */
export function phraseStartingAt(tokens: readonly Token[], first: number, limit: number): [number, number] | null {
  const t = tokens[first];
  if (!t || !(NP_POS.test(t.pos) || misreadName(tokens, first))) return null;
  // a possessive determiner opens a phrase: "his friend Omar"
  const possessive = t.pos === 'PRON' && POSSESSIVES.has(t.norm) && /^(NOUN|PROPN|ADJ)$/.test(tokens[first + 1]?.pos ?? '');
  if (t.pos === 'PRON' && !possessive) return SUBJECT_PRONOUNS.has(t.norm) ? [first, first + 1] : null;
  let end = possessive ? first + 1 : first;
  while (end < limit) {
    const u = tokens[end] as Token;
    if ((NP_POS.test(u.pos) && u.pos !== 'PRON') || misreadName(tokens, end)) end++;
    // a hyphenated word or name: "Lopez-Cantera", "the 43-year-old", "the conservative-leaning newspaper"
    else if (end > first && end + 1 < limit && isJoinHyphen(tokens, end)) end += 2;
    else break;
  }
  // a possessor: "Rep. Duncan Hunter’s chief of staff" — the phrase runs on to its head
  if (end < limit - 1 && /^['’]s$/.test((tokens[end] as Token).text) && /^(NOUN|PROPN|ADJ)$/.test((tokens[end + 1] as Token).pos)) {
    end += 1;
    while (end < limit && NP_POS.test((tokens[end] as Token).pos) && (tokens[end] as Token).pos !== 'PRON') end++;
  }
  // "X of Y" names ("Joel Pollak of Breitbart California")
  // "X of the Y" too ("Jeffrey Lewis of the James Martin Center")
  const det = end < limit - 2 && (tokens[end + 1] as Token).norm === 'the' && (tokens[end + 2] as Token).pos === 'PROPN' ? 1 : 0;
  if (end < limit - 1 && (tokens[end] as Token).norm === 'of' && (tokens[end + 1 + det] as Token).pos === 'PROPN') {
    end += 1 + det;
    while (end < limit && (tokens[end] as Token).pos === 'PROPN') end++;
  }
  return end > first ? [first, end] : null;
}

/** The speaker record for the token range: the entity's name and the mention's actor where they cover it. */
export function speakerFor(doc: Doc, index: SpeakerIndex, range: [number, number]): Speaker {
  const [first, end] = range;
  const tokens = doc.tokens;
  const text = doc.article.text;
  // the head (last token) decides: "Iran's spokesperson" is the spokesperson
  // …but in "Jeffrey Lewis of the James Martin Center" the person before "of" is the head
  let head = end - 1;
  for (let k = first + 1; k < end - 1; k++) {
    if ((tokens[k] as Token).norm !== 'of') continue;
    if (index.entityAt[k - 1]?.type === 'PERSON' && !(index.entityAt[k - 1] as Entity).text.includes(' of ')) head = k - 1;
    break;
  }
  const mention = index.mentionAt[head] ?? null;
  const entity = index.entityAt[head] ?? null;
  // the mention or entity that covers the head gives the span ("Iran's spokesperson", "Christopher Landau")
  const cover = mention ?? entity;
  const start = cover ? cover.start : (tokens[first] as Token).start;
  const stop = cover ? cover.end : (tokens[head] as Token).end;
  const name =
    entity && entity.type !== 'ORG' && entity.form !== 'nominal' ? entity.name : entity?.form === 'name' ? entity.name : text.slice(start, stop).replace(/^(the|a|an)\s+/i, '');
  // a speaker the text does not name and no actor covers ("experts", "a spokesman") is marked as such,
  // so that anonymous sourcing can be told from a name
  const unnamed = !mention && !entity && (tokens[head] as Token).pos === 'NOUN' && !tokens.slice(first, end).some((t) => t.pos === 'PROPN');
  return { start, end: stop, text: text.slice(start, stop), name: unnamed ? `${name} (unnamed)` : name, actor: mention?.actor ?? entity?.actor ?? null };
}
