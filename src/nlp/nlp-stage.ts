/** @module The language-layer stage: tokens, POS, lemmas, corrected sentences and resolved time expressions. */
import type { Stage } from '../core/pipeline.js';
import { buildSentences } from './sentences.js';
import { resolveTimes } from './time.js';
import { analyse } from './tokens.js';

export type NlpStageOptions = Record<string, never>;

export function createNlpStage(_options: NlpStageOptions = {}): Stage {
  return (doc) => {
    const text = doc.article.text;
    const { tokens, winkSentences } = analyse(text);
    doc.tokens = tokens;
    doc.sentences = buildSentences(text, tokens, winkSentences);
    // per sentence, so that chrono never joins words across a sentence boundary
    doc.times = doc.sentences.flatMap((s) => resolveTimes(text.slice(s.start, s.end), doc.article.date).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
    if (doc.sentences.length === 0) doc.messages.push({ ruleId: 'nlp:no-sentences', reason: 'the text has no words to analyse', span: null });
    return doc;
  };
}
