/** @module The language-layer stage: tokens, POS, lemmas and corrected sentences. */
import type { Stage } from '../core/pipeline.js';
import { buildSentences } from './sentences.js';
import { analyse } from './tokens.js';

export type NlpStageOptions = Record<string, never>;

export function createNlpStage(_options: NlpStageOptions = {}): Stage {
  return (doc) => {
    const text = doc.article.text;
    const { tokens, winkSentences } = analyse(text);
    doc.tokens = tokens;
    doc.sentences = buildSentences(text, tokens, winkSentences);
    if (doc.sentences.length === 0) doc.messages.push({ ruleId: 'nlp:no-sentences', reason: 'the text has no words to analyse', span: null });
    return doc;
  };
}
