/** @module The language-layer stage: tokens, POS, lemmas, corrected sentences and resolved time expressions. */
import type { Stage } from '../core/pipeline.js';
import { buildSentences } from './sentences.js';
import { resolveTimes } from './time.js';
import { analyse } from './tokens.js';

export type NlpStageOptions = Record<string, never>;

/** A cheap test that a text may contain a time expression (chrono runs only on those). */
const mayHoldTime = (s: string): boolean => CASELESS_TIME.test(s) || NAMED_TIME.test(s);
const CASELESS_TIME =
  /\b(?:1[89]\d\d|20\d\d)s?\b|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\/\d{1,2}\/|\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|decade|ago|morning|afternoon|evening|night|noon|midnight|spring|summer|autumn|winter|christmas|easter|ramadan|eid)\b/i;
// weekday and month names count only capitalised: "may" and "march" are also verbs
const NAMED_TIME = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/;

export function createNlpStage(_options: NlpStageOptions = {}): Stage {
  return (doc) => {
    const text = doc.article.text;
    const { tokens, winkSentences } = analyse(text);
    doc.tokens = tokens;
    doc.sentences = buildSentences(text, tokens, winkSentences);
    // one chrono pass over each sentence that may hold a time (chrono's cost is its parsers' regexes
    // over the text given, so only the sentences with a cue cost anything); an expression that runs
    // over a sentence boundary would be dropped
    doc.times = [];
    if (mayHoldTime(text)) {
      let k = 0;
      for (const t of resolveTimes(text, doc.article.date, doc.sentences)) {
        while (k < doc.sentences.length && (doc.sentences[k] as { end: number }).end < t.start) k++;
        const s = doc.sentences[k];
        if (s && s.start <= t.start && t.end <= s.end) doc.times.push(t);
      }
    }
    if (doc.sentences.length === 0) doc.messages.push({ ruleId: 'nlp:no-sentences', reason: 'the text has no words to analyse', span: null });
    return doc;
  };
}
