/**
 * @module The discard stage (after the events): a sentence holding a sentence-discard phrase codes
 * no event, an article holding a story-discard phrase codes none at all (PETRARCH's discards: sports
 * and weather stories whose verbs read like politics). Each discard leaves a message saying which
 * phrase took it out. Dictionaries without discards pass every article through untouched.
 */
import type { Stage } from '../core/pipeline.js';
import type { Doc, Sentence, Token } from '../core/types.js';
import type { Dictionaries, DiscardEntry } from '../dictionaries/types.js';

export interface DiscardStageOptions {
  readonly dictionaries: Dictionaries;
}

/** The first discard whose words stand in a row in the sentence (lower case, as Token.norm). */
function discardIn(tokens: readonly Token[], s: Sentence, byFirst: ReadonlyMap<string, readonly DiscardEntry[]>): { entry: DiscardEntry; at: number } | null {
  for (let i = s.firstToken; i < s.endToken; i++) {
    for (const d of byFirst.get((tokens[i] as Token).norm) ?? []) {
      if (i + d.words.length > s.endToken) continue;
      if (d.words.every((w, k) => (tokens[i + k] as Token).norm === w)) return { entry: d, at: i };
    }
  }
  return null;
}

export function createDiscardStage(options: DiscardStageOptions): Stage {
  const byFirst = new Map<string, DiscardEntry[]>();
  for (const d of options.dictionaries.discards ?? []) {
    const first = d.words[0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), d]);
  }
  return (doc: Doc) => {
    if (byFirst.size === 0 || doc.events.length === 0) return doc;
    const dropped = new Set<number>();
    for (const s of doc.sentences) {
      const hit = discardIn(doc.tokens, s, byFirst);
      if (!hit) continue;
      const t = doc.tokens[hit.at] as Token;
      const last = doc.tokens[hit.at + hit.entry.words.length - 1] as Token;
      const span = { start: t.start, end: last.end, text: doc.article.text.slice(t.start, last.end) };
      if (hit.entry.story) {
        doc.messages.push({ ruleId: 'events:story-discard', reason: `“${span.text}” discards the whole article (${hit.entry.rule})`, span });
        doc.events = [];
        return doc;
      }
      doc.messages.push({ ruleId: 'events:sentence-discard', reason: `“${span.text}” discards its sentence (${hit.entry.rule})`, span });
      dropped.add(s.index);
    }
    if (dropped.size) doc.events = doc.events.filter((e) => !dropped.has(e.sentence.index));
    return doc;
  };
}
