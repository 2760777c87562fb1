/**
 * @module The quotation stage: every quotation with its kind, speaker and cue. Passes, in order:
 * (1) quotation marks → direct quotes, partial quotes and scare-quoted terms; (2) speakers and cues
 * of direct quotes, before or after the quote ("…,” he added; Landau said: “…”), quotes split by
 * their attribution, and news-style continuations (a quote right after an attributed one, with
 * nothing but that attribution between them); (3) speakers of partial quotes and terms from the
 * cue of their sentence; (4) indirect speech ("X said that …", "…, officials said", "according to
 * X, …"); (5) first-person pronouns inside a direct quote become mentions of its speaker.
 * Unattributed quotes keep speaker null: never a guess.
 */
import type { Stage } from '../core/pipeline.js';
import type { Doc, Entity, Mention, Quote, Sentence, Span, Speaker, Token } from '../core/types.js';
import type { CueLexicon, Dictionaries } from '../dictionaries/types.js';
import { findQuoteMarks, type QuoteMarks } from './quote-marks.js';
import { indexSpeakers, phraseEndingAt, phraseStartingAt, speakerFor } from './speaker.js';

export interface QuoteStageOptions {
  readonly dictionaries: Dictionaries;
}

interface WorkQuote {
  marks: QuoteMarks | null;
  start: number;
  end: number;
  kind: Quote['kind'];
  speaker: Speaker | null;
  cue: Span | null;
  /** Token ranges of the speaker and cue, to keep them from being used twice. */
  cueToken: number;
  /** Token range of the quotation (marks included, for direct quotes). */
  first: number;
  last: number;
  /** The quoted pieces of a quotation split by its attribution, when there are several. */
  parts?: Array<[number, number]>;
  /** A quotation that continues the attribution of the one before: its own record, with the same speaker and cue. */
  continues?: boolean;
  /** Folded into the quote before it, or into the reported clause around it. */
  merged?: boolean;
  /** Quoted fragments (partial quotations, terms) inside a reported clause. */
  fragments?: Array<{ start: number; end: number; kind: 'partial' | 'term' }>;
}

const TERM_INTRO = /^(so-called|dubbed|called|termed|known|labelled|labeled|branded|word|term|nicknamed)$/;
const FIRST_PERSON_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PERSON_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SKIPPABLE = /^(ADV|PART)$/;
/** Short words a title leaves in lower case ("Midday with Charlie Sykes"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'than', 'that']);
const NAMED_SPEAKER = /^(PROPN|NOUN|PRON)$/;
/** The most tokens a reported clause runs over after its quotation or cue (quoted stretches inside it count). */
const MAX_CLAUSE_TOKENS = 200;
/** Prepositions after which an -ing verb is a gerund whose subject is its clause's ("began by saying"). */
const GERUND_LEAD = /^(by|upon|after|before|while|without|when)$/;
/** Verbs of perception: their object is the subject of the participle after it ("heard the crowd chanting"). */
const PERCEPTION = /^(see|hear|watch|notice|spot|catch|find|leave|overhear|observe)$/;
/** Conjunctions that open a clause put before the main one ("As he spoke, …"). */
const FRONTED = /^(as|when|while|after|before|because|if|although|though|since|once|until)$/;

export function createQuoteStage(options: QuoteStageOptions): Stage {
  const cues: CueLexicon = options.dictionaries.cues;
  const cueVerbs = new Set(cues.verbs);
  const cueNouns = new Set(cues.nouns);
  const phrases = cues.phrases.map((p) => p.split(' '));
  /** The cue phrases by their first word, in lexicon order (most tokens start none: no phrase is tried there). */
  const phraseStarts = new Map<string, string[][]>();
  for (const p of phrases) {
    const l = phraseStarts.get(p[0] as string);
    if (l) l.push(p);
    else phraseStarts.set(p[0] as string, [p]);
  }

  /** A cue at token i: its length in tokens, or 0. */
  const cueAt = (tokens: readonly Token[], i: number, nouns = false): number => {
    const t = tokens[i];
    if (!t) return 0;
    const starting = phraseStarts.get(t.norm);
    if (starting) for (const p of starting) if (p.every((w, k) => tokens[i + k]?.norm === w)) return p.length;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (cueVerbs.has(t.lemma) || cueVerbs.has(t.norm))) return 1;
    if (nouns && t.pos === 'NOUN' && cueNouns.has(t.norm)) return 1;
    return 0;
  };

  return (doc: Doc) => {
    const { tokens } = doc;
    const text = doc.article.text;
    if (tokens.length === 0) return doc;
    const index = indexSpeakers(doc);
    const tokenAt = (offset: number): number => {
      // first token ending after the offset
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const sentenceOf = (i: number): Sentence | undefined => doc.sentences[(tokens[i] as Token).sentence] ?? doc.sentences.find((s) => s.firstToken <= i && i < s.endToken);
    const span = (a: number, b: number): Span => ({
      start: (tokens[a] as Token).start,
      end: (tokens[b - 1] as Token).end,
      text: text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end),
    });
    const usedCue = new Set<number>();
    const inQuote = new Uint8Array(tokens.length);
    /** For a token inside quotation marks: the token of the closing mark. */
    const quoteEndAt = new Int32Array(tokens.length);
    /** The quote whose opening mark is at a token. */
    const quoteStartingAt = new Map<number, number>();

    /** The subject of a cue at token c: the phrase just before it, over "also", "to" and time phrases ("on Monday"). */
    const subjectOf = (c: number, floor: number): [number, number] | null => {
      const w = tokens[c] as Token;
      // ", saying …", ", adding …": a participle's subject is the subject of the clause it hangs on
      // (the first verb whose subject names someone: "The first incident came when protesters
      // interrupted her, shouting" is the protesters'; not an infinitive: "a plan to bar …")
      // (the comma may sit inside a quotation's closing mark: ‘a defense of “New York values,” saying …’)
      const commaBefore =
        (tokens[c - 1] as Token | undefined)?.text === ',' ||
        (inQuote[c - 1] === 1 && /,\s*[”"’]$/.test(text.slice(Math.max(0, (tokens[c - 1] as Token).start - 2), (tokens[c - 1] as Token).end)));
      // …and so is a gerund's after "by", "upon", "after", "before", "while", "without" ("she began by saying")
      const gerund = GERUND_LEAD.test(tokens[c - 1]?.norm ?? '') && /^(ADP|SCONJ)$/.test(tokens[c - 1]?.pos ?? '');
      if (w.pos === 'VERB' && w.norm.endsWith('ing') && c - 1 > floor && (commaBefore || gerund)) {
        let fallback: [number, number] | null | undefined;
        // not a verb of a clause fronted before the main one ("As Blumenthal spoke, the NRA was going …, whipping …")
        let from = floor;
        if (FRONTED.test((tokens[floor] as Token | undefined)?.norm ?? '') && /^(SCONJ|ADP|ADV)$/.test((tokens[floor] as Token).pos)) {
          let comma = floor + 1;
          while (comma < c - 1 && ((tokens[comma] as Token).text !== ',' || inQuote[comma])) comma++;
          if (comma < c - 1) from = comma + 1;
        }
        for (let v = from; v < c - 1; v++) {
          const t = tokens[v] as Token;
          // (a past tense the tagger read as an adjective after a name: "Cruz belittled the issue, calling …")
          const verb = t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && /ed$/.test(t.norm) && tokens[v - 1]?.pos === 'PROPN' && !inQuote[v - 1]);
          if (inQuote[v] || !verb || tokens[v - 1]?.norm === 'to') continue;
          const sp = subjectOf(v, floor);
          if (sp && namesSomeone(sp)) return sp;
          if (fallback === undefined) fallback = sp;
        }
        return fallback ?? null;
      }
      let k = c - 1;
      // over an insertion between the subject and its verb: "Trump, who leads in delegates, mocked",
      // "Mary Susan, clad in a red cape, said", "Mike Huckabee, for his part, is labeling"
      while (k >= floor && ((tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'AUX')) k--;
      if (k > floor && (tokens[k] as Token).text === ',' && !inQuote[k]) {
        for (let o = k - 2; o > floor && o > k - 30; o--) {
          if (inQuote[o] || (tokens[o] as Token).text === ';') break;
          if ((tokens[o] as Token).text !== ',') continue;
          // (over a parenthesis: "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said")
          let e = o - 1;
          if ((tokens[e] as Token | undefined)?.text === ')') {
            while (e > floor && e > o - 12 && (tokens[e] as Token).text !== '(') e--;
            e--;
          }
          const sp = phraseEndingAt(tokens, e, floor);
          if (sp && namesSomeone(sp) && !(tokens[sp[0] - 1]?.pos === 'ADP')) return sp;
          // a place inside the insertion ("Clinton, during a meeting in Columbus, Ohio, said"): look further left
          if (sp && tokens[sp[0] - 1]?.pos === 'ADP') continue;
          break;
        }
      }
      k = c - 1;
      for (let hops = 0; hops < 4; hops++) {
        // over adverbs, auxiliaries ("is telling", "has also called for"), "to" and commas
        while (
          k >= floor &&
          (SKIPPABLE.test((tokens[k] as Token).pos) || (tokens[k] as Token).pos === 'AUX' || (tokens[k] as Token).norm === 'to' || (tokens[k] as Token).text === ',')
        )
          k--;
        // over a parenthesis after the name: "Sen. Marco Rubio (R-Fla.) said"
        if (k >= floor && (tokens[k] as Token).text === ')') {
          let o = k - 1;
          while (o >= floor && o > k - 12 && (tokens[o] as Token).text !== '(') o--;
          if (o >= floor && (tokens[o] as Token).text === '(') {
            k = o - 1;
            continue;
          }
        }
        if (k < floor || inQuote[k]) return null;
        // "… welcomed the plan and added": the subject of the first verb of the pair
        // (a reporting verb before it first: "X told reporters that Y welcomed it — but stressed" is X's)
        if ((tokens[k] as Token).pos === 'CCONJ') {
          let firstVerb = -1;
          // (over a quotation of the first verb's: ‘She declared “What a night!” and said …’)
          // (not across the start of the first verb's clause: ‘X called it “a disgrace” after she attacked … and blamed’ is hers)
          for (let v = k - 1; v >= floor; v--) {
            const t = tokens[v] as Token;
            if (firstVerb >= 0 && t.pos === 'SCONJ' && t.norm !== 'that') break;
            if (inQuote[v] || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
            if (cueAt(tokens, v)) return subjectOf(v, floor);
            if (firstVerb < 0) firstVerb = v;
          }
          return firstVerb >= 0 ? subjectOf(firstVerb, floor) : null;
        }
        const p = phraseEndingAt(tokens, k, floor) ?? misreadEntity(k, floor) ?? (k === c - 1 && w.pos === 'VERB' ? misreadSurname(k, floor) : null);
        if (!p) return null;
        const isTime = tokens.slice(p[0], p[1]).some((t) => index.timeAt[t.index]);
        // a name run together with the time after it ("Senator Tom Hale last week said"): the name
        if (isTime && !index.timeAt[p[0]]) {
          let t0 = p[0];
          while (!index.timeAt[t0]) t0++;
          k = t0 - 1;
          continue;
        }
        // the object of a preposition is no subject: "the head of the agency said", "Cruz in Iowa said"
        const adp = tokens[p[0] - 1] as Token | undefined;
        const cover = index.mentionAt[p[1] - 1] ?? index.entityAt[p[1] - 1];
        const person = index.entityAt[p[1] - 1]?.type === 'PERSON';
        // ("as" opens a clause: "as Politico reported")
        // ("with X telling reporters …": the object of "with" is the participle's subject)
        const absolute = hops === 0 && adp?.norm === 'with' && w.pos === 'VERB' && w.norm.endsWith('ing');
        const inPhrase = p[0] - 1 >= floor && adp?.pos === 'ADP' && adp.norm !== 'as' && !absolute && !person && !(cover && cover.start < adp.start); // not "Secretary of State Landau"
        // "X issued a statement describing …": the statement is X's
        const head = tokens[p[1] - 1] as Token;
        const carrier = tokens[p[0] - 1]?.pos === 'DET' ? p[0] - 2 : p[0] - 1;
        // "Trump released a new radio ad calling it …": a participle on an object that names no one is the subject's
        // (over a time or a prepositional phrase: "unleashed a series of tweets early Friday saying"; not after a
        // verb of perception, whose object does the saying: "heard the crowd chanting")
        const onObject = w.pos === 'VERB' && w.norm.endsWith('ing') && !namesSomeone(p) && !PERCEPTION.test(tokens[carrier]?.lemma ?? '');
        if (!isTime && !inPhrase && (cueNouns.has(head.norm) || onObject) && carrier >= floor && (tokens[carrier] as Token).pos === 'VERB') {
          const sp = subjectOf(carrier, floor);
          if (sp) return sp;
        }
        if (!isTime && !inPhrase) return p;
        // over the preposition too: "Landau on Monday said" (a time with none: "Hale last week said")
        k = adp?.pos === 'ADP' || !isTime ? p[0] - 2 : p[0] - 1;
      }
      return null;
    };

    /** Quoted words in title case, as works and shows are named (“Face the Nation”, “13 Hours: The Secret Soldiers”). */
    const titleCase = (m: QuoteMarks): boolean => {
      // (the comma or full stop of the sentence may sit inside the closing mark: ‘on “Meet the Press,” she said’)
      const words = text.slice(m.contentStart, m.contentEnd).replace(/[.,]$/, '').split(/\s+/);
      if (words.length > 8 || /[.!?,:;]$/.test(words[words.length - 1] as string)) return false;
      const content = words.filter((w) => (w.length > 3 && !TITLE_SMALL_WORDS.has(w)) || /^\p{Lu}/u.test(w));
      return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w)) && !words.every((w) => w === w.toUpperCase());
    };

    // (1) quotation marks
    const quotes: WorkQuote[] = [];
    for (const m of findQuoteMarks(text)) {
      const first = tokenAt(m.open);
      const last = tokenAt(Math.max(m.open, m.close - 1));
      for (let j = first; j <= last; j++) {
        inQuote[j] = 1;
        quoteEndAt[j] = last;
      }
      quoteStartingAt.set(first, quotes.length);
      let end = m.contentEnd;
      if (text[end - 1] === ',') end--; // the carrier sentence's comma is not quoted
      const words = text.slice(m.contentStart, end).split(/\s+/).filter(Boolean);
      const sentence = sentenceOf(first);
      const opensSentence = !!sentence && (tokens[sentence.firstToken] as Token).start >= m.open - 1;
      const before = tokens[first - 1];
      let kind: Quote['kind'];
      // a whole utterance: it opens its sentence, follows a colon, or is a capitalised clause; a
      // fragment inside someone else's sentence ("called it “a disaster.”") is partial
      const afterColon = before?.text === ':' || before?.text === ',';
      const capitalised = /^\p{Lu}/u.test(text.slice(m.contentStart, m.contentStart + 1));
      // a show or a work named after a preposition or a possessive (‘told “Fox and Friends”’, ‘on ABC’s
      // “This Week,”’) is no quotation, whoever speaks in the sentence
      if (before && titleCase(m) && (/^(on|in|to|with|from|at|of)$/.test(before.norm) || /^['’]s$/.test(before.text) || before.lemma === 'tell')) {
        quoteStartingAt.delete(first);
        continue;
      }
      if (before && TERM_INTRO.test(before.norm)) kind = 'term';
      else if (opensSentence || afterColon || (capitalised && words.length >= 4)) kind = 'direct';
      else kind = 'partial';
      quotes.push({ marks: m, start: m.contentStart, end, kind, speaker: null, cue: null, cueToken: -1, first, last });
    }

    const quoteRecords = [...quotes];

    // (2) speakers and cues of direct quotes
    for (const q of quotes) {
      if (q.kind !== 'direct') continue;
      const sOpen = sentenceOf(q.first);
      attributeAfter(q);
      if (q.speaker) continue;
      // before: ‘Landau said: “…’ / ‘He told reporters, “…’ — or the sentence before, when it ends with a colon
      let floor = sOpen ? sOpen.firstToken : 0;
      let from = q.first - 1;
      if (sOpen && from < sOpen.firstToken + 1) {
        const prevS = doc.sentences[sOpen.index - 1];
        let k = prevS ? prevS.endToken - 1 : -1;
        while (k >= 0 && (tokens[k] as Token).pos === 'SPACE') k--;
        // …or with a comma: an unfinished sentence hands on to the quotation (‘As Politico reported,¶“…”’)
        if (prevS && k >= 0 && /^[:,]$/.test((tokens[k] as Token).text)) {
          floor = prevS.firstToken;
          from = k;
        }
      }
      for (let c = from; c >= Math.max(floor, from - 12); c--) {
        if (inQuote[c] || usedCue.has(c)) break; // a cue already taken belongs to the quote before
        // (a cue verb the tagger read as a plural noun right before the quotation: ‘The ad claims “…”’)
        const adjacent = c === q.first - 1 || (c === q.first - 2 && /^[,:]$/.test((tokens[q.first - 1] as Token).text));
        const n = cueAt(tokens, c) || (adjacent && verbAsNoun(c) ? 1 : 0);
        if (!n) continue;
        // ‘According to the newspaper, “…”’: the speaker follows the cue, and the phrase ends at the comma
        const after = (tokens[c] as Token).norm === 'according' ? phraseStartingAt(tokens, c + n, q.first) : null;
        const sp = after && (tokens[after[1]] as Token | undefined)?.text === ',' ? after : subjectOf(c, floor);
        if (!sp) continue; // ‘she responded … by saying, “…”’: the cue with a subject further left
        attribute(q, sp, c, n);
        break;
      }
      // ‘Kerry: “…”’ — a name and a colon
      if (!q.speaker && (tokens[from] as Token | undefined)?.text === ':') {
        const sp = phraseEndingAt(tokens, from - 1, floor);
        if (sp && (index.entityAt[sp[1] - 1] || (tokens[sp[1] - 1] as Token).pos === 'PROPN')) attribute(q, sp, from, 1);
      }
      // ‘The senator released the following statement: “…”’ — a clause that presents the quotation
      // with a colon, without a reporting verb: the subject of its verb speaks
      if (!q.speaker && (tokens[from] as Token | undefined)?.text === ':') {
        for (let c = from - 1; c >= floor; c--) {
          const t = tokens[c] as Token;
          if (inQuote[c] || t.text === ',' || t.text === ';') break;
          if (t.pos !== 'VERB' || usedCue.has(c) || tokens[c - 1]?.norm === 'to') continue;
          const sp = subjectOf(c, floor);
          if (sp && NAMED_SPEAKER.test((tokens[sp[1] - 1] as Token).pos)) attribute(q, sp, c, 1);
          break;
        }
      }
    }
    // split quotes and continuations take the speaker of the quote just before
    continueRuns();

    // (3) partial quotes and terms: the cue of their sentence
    for (const q of quotes) {
      if (q.kind === 'direct') continue;
      const s = sentenceOf(q.first);
      if (!s) continue;
      // ‘The deal “was early enough,” Heiserman said’: the attribution after it
      if (q.kind === 'partial' && q.marks && (/,/.test(text.slice(q.end, q.marks.close)) || /^[,—–-]/.test(text.slice(q.marks.close).trimStart()))) attributeAfter(q);
      if (q.speaker) continue;
      for (let c = q.first - 1; c >= s.firstToken; c--) {
        if (inQuote[c] || TERM_INTRO.test((tokens[c] as Token).norm)) continue;
        const n = cueAt(tokens, c, true);
        if (!n) continue;
        const sp = (tokens[c] as Token).pos === 'NOUN' ? clauseSubject(c, s.firstToken) : subjectOf(c, s.firstToken);
        if (!sp) continue;
        attribute(q, sp, c, n, false);
        break;
      }
    }

    // (4) indirect speech
    // A cue inside what another cue reports is part of that report ("he says he believes the campaign
    // has …", "Cruz said he hopes …"): one attribution, the outer one
    const indirect: WorkQuote[] = [];
    const directCues = quotes.filter((q) => q.kind === 'direct' && q.speaker && q.cueToken >= 0).map((q) => q.cueToken);
    for (const s of doc.sentences) {
      const sentenceStart = indirect.length;
      const reported = (c: number): boolean => {
        // not a second verb of the speaker's own ("told reporters that … but stressed that …")
        let b = c - 1;
        while (b > s.firstToken && SKIPPABLE.test((tokens[b] as Token).pos)) b--;
        if ((tokens[b] as Token | undefined)?.pos === 'CCONJ') return false;
        for (let k = sentenceStart; k < indirect.length; k++) {
          const outer = indirect[k] as WorkQuote;
          if (outer.first > c || c > outer.last) continue;
          // nested ("says she believes …", "said that he hopes …", ", saying …") unless a name or noun of its
          // own says it: "Chile said it met Peru, but Peru said the talks failed" is two reports
          return !/^(PROPN|NOUN)$/.test((tokens[b] as Token | undefined)?.pos ?? '');
        }
        return false;
      };
      for (let c = s.firstToken; c < s.endToken; c++) {
        if (inQuote[c] || usedCue.has(c)) continue;
        // (the cue first: most words are none, and both tests only read)
        const n = cueAt(tokens, c);
        if (!n || reported(c)) continue;
        const w = tokens[c] as Token;
        const content = (a: number, b: number): [number, number] | null => {
          while (a < b && /^(PUNCT|SCONJ)$/.test((tokens[a] as Token).pos) && !/^[“"]$/.test((tokens[a] as Token).text)) a++;
          while (b > a && (tokens[b - 1] as Token).pos === 'PUNCT' && !/^[”"]$/.test((tokens[b - 1] as Token).text)) b--;
          // a clause: it has a finite verb of its own (not the "called" of "so-called")
          const clauseVerb = tokens.slice(a, Math.min(b, a + 10)).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && tokens[t.index - 1]?.text !== '-');
          if (b - a < 3 || !clauseVerb) return null;
          if (inQuote[a] && inQuote[b - 1] && quoteEndAt[a] === quoteEndAt[b - 1]) return null; // a direct quote's own attribution
          // ‘X replied by saying, “…”’: the words hold a direct quotation's own cue, which says it all
          if (directCues.some((d) => d >= a && d < b)) return null;
          // ‘“…,” X said Monday in Ohio, according to Y’: a direct quotation and its attribution, no clause of its own
          const opening = quoteStartingAt.get(a);
          if (opening !== undefined && quoteRecords[opening]?.kind === 'direct') return null;
          // a quotation that opens in the clause runs on to its closing mark, over sentence ends
          if (inQuote[b - 1] && (quoteEndAt[b - 1] as number) >= b) b = (quoteEndAt[b - 1] as number) + 1;
          return [a, b];
        };
        if (w.norm === 'according') {
          // "according to X, CLAUSE" or "CLAUSE, according to X"
          const sp = phraseStartingAt(tokens, c + n, s.endToken);
          if (!sp) continue;
          const body = sp[1] < s.endToken - 2 && (tokens[sp[1]] as Token).text === ',' ? content(sp[1] + 1, s.endToken) : content(s.firstToken, c);
          if (body) indirect.push(makeIndirect(body, sp, c, n));
          continue;
        }
        // preposed speaker: "X said (to Y) (that) CLAUSE"
        const subject = subjectOf(c, s.firstToken);
        if (subject) {
          let a = c + n;
          // an object or a short adjunct before the clause: "told reporters", "said in a statement", "said on Monday"
          for (let k = a; k < Math.min(s.endToken, a + 8); k++) {
            if ((tokens[k] as Token).norm === 'that' && (tokens[k] as Token).pos === 'SCONJ') {
              a = k + 1;
              break;
            }
          }
          if (a === c + n && (w.lemma === 'tell' || w.lemma === 'inform')) {
            const obj = phraseStartingAt(tokens, a, s.endToken);
            if (obj) a = obj[1];
          }
          // not over an attribution that closes the sentence: "She hopes it passes, Ruiz said." is Ruiz's
          const body = content(a, closingAttribution(a, s.endToken));
          if (body && body[0] > c) {
            indirect.push(makeIndirect(body, subject, c, n));
            continue;
          }
        }
        // postposed: "CLAUSE, X said." / "CLAUSE, said X."
        const comma =
          c - 1 >= s.firstToken && (tokens[c - 1] as Token).text === ',' ? c - 1 : subject && (tokens[subject[0] - 1] as Token | undefined)?.text === ',' ? subject[0] - 1 : -1;
        if (comma > s.firstToken) {
          // after "told" comes the hearer: "…, Joe Kasper, told reporters" is Kasper's
          const hearer = /^(tell|inform|ask|assure|reassure|advise|brief)$/.test(w.lemma);
          const speaker = comma === c - 1 && !hearer ? phraseStartingAt(tokens, c + n, s.endToken) : subject;
          // ‘“The politics are blatant” in the legislature, he said’: the quotation's own attribution
          const lead = quoteRecords[quoteStartingAt.get(s.firstToken) ?? -1];
          if (speaker && lead && lead.kind === 'direct' && !lead.speaker && quoteEndAt[s.firstToken] < comma) {
            attribute(lead, speaker, c, n);
            continue;
          }
          const body = speaker ? content(s.firstToken, comma) : null;
          if (speaker && body) {
            // "He believes it will pass, Ruiz said": the belief is inside what Ruiz reports
            for (let k = indirect.length - 1; k >= sentenceStart; k--) {
              const inner = indirect[k] as WorkQuote;
              if (inner.cueToken >= body[0] && inner.cueToken < body[1]) indirect.splice(k, 1);
            }
            indirect.push(makeIndirect(body, speaker, c, n));
          }
        }
      }
    }

    // (4b) a partial quotation or term inside a reported clause is part of that attribution: the
    // clause ("the candidate has “always run a lean campaign”") is what the speaker said, the quoted
    // words are its fragments; one record, not two
    const lastFragment = new Map<WorkQuote, WorkQuote>();
    for (const q of quotes) {
      if ((q.kind !== 'partial' && q.kind !== 'term') || !q.marks) continue;
      const { open, close } = q.marks;
      const host = indirect.find((i) => i.start <= open && close <= i.end + 1);
      if (!host) continue;
      // a nearer cue of its own inside the clause (‘argued that a database would help, saying it’s “all
      // about management”’): the quotation is that cue's, and the reported clause ends before it
      if (
        q.cueToken > host.cueToken &&
        q.cueToken >= host.first &&
        q.cueToken < q.first &&
        q.speaker &&
        tokens[q.cueToken - 1]?.text === ',' &&
        (tokens[q.cueToken] as Token).pos === 'VERB'
      ) {
        let e = q.cueToken;
        while (e > host.first && /^(PUNCT|CCONJ)$/.test((tokens[e - 1] as Token).pos)) e--;
        if (e - host.first >= 3) {
          host.end = (tokens[e - 1] as Token).end;
          host.last = e - 1;
        }
        continue;
      }
      host.fragments = [...(host.fragments ?? []), { start: q.start, end: q.end, kind: q.kind }];
      host.kind = 'partial';
      q.merged = true;
      lastFragment.set(host, q);
    }
    // a clause reported before its quotations ends with the last of them, as in (4c)
    for (const [host, q] of lastFragment) {
      const s = sentenceOf(q.last);
      if (!s || !host.cue || host.cue.end > q.start) continue;
      let to = clauseEnd(q.last + 1, s, true);
      while (to > q.last + 1 && /^(PUNCT|SPACE)$/.test((tokens[to - 1] as Token).pos) && !inQuote[to - 1]) to--;
      host.end = Math.min(host.end, Math.max(q.end, (tokens[to - 1] as Token).end));
    }
    for (let k = quotes.length - 1; k >= 0; k--) if ((quotes[k] as WorkQuote).merged) quotes.splice(k, 1);

    // (4c) a partial quotation or term left on its own: the attribution's content is the clause it
    // sits in — from its cue (or the verb that governs it) to the end of the sentence — with the
    // quoted words as the fragments; quotations sharing that clause share the record
    let host: WorkQuote | null = null;
    for (const q of quotes) {
      if ((q.kind !== 'partial' && q.kind !== 'term') || !q.marks) continue;
      const s = sentenceOf(q.first);
      if (!s) continue;
      const fragment = { start: q.start, end: q.end, kind: q.kind };
      if (host && host.start <= q.marks.open && q.marks.close <= host.end + 1 && (host.cueToken === q.cueToken || q.cueToken < 0)) {
        host.fragments = [...(host.fragments ?? []), fragment];
        q.merged = true;
        continue;
      }
      if (q.cue && q.cue.start >= q.marks.close) {
        // attributed after the quote: the clause runs from the sentence start to the closing mark
        let from = s.firstToken;
        while (from < q.first && /^(PUNCT|SPACE)$/.test((tokens[from] as Token).pos) && !inQuote[from]) from++;
        q.start = (tokens[from] as Token).start;
        q.end = Math.max(q.end, (tokens[q.last] as Token).end);
        q.first = from;
        q.fragments = [fragment];
        host = q;
        continue;
      }
      let from = q.cueToken >= 0 ? q.cueToken + (q.cue ? tokenAt(q.cue.end - 1) - q.cueToken + 1 : 1) : -1;
      const speech = from >= 0 && (tokens[q.cueToken] as Token).pos !== 'NOUN';
      if (from < 0 && !titleCase(q.marks)) {
        // the nearest verb of its own before the quote ("called for", "echoing"); not for a title
        // ("watched “Face the Nation”")
        for (let c = q.first - 1; c >= s.firstToken; c--) {
          const t = tokens[c] as Token;
          if (inQuote[c]) break;
          // not the "called" of "so-called" or of a name ("a plan called “Renewal”")
          if (t.pos === 'VERB' && !(TERM_INTRO.test(t.norm) && (c === q.first - 1 || tokens[c - 1]?.text === '-'))) {
            // its subject speaks ("Merkel heralded the deal as a “breakthrough”") — or, in a clause
            // that complements another verb, that verb's ("Ryan worried that the net was becoming a “hammock”")
            const g = governingVerb(c, s.firstToken);
            from = g + 1;
            // what is said begins after the "that" past the hearer ("reminded city leaders that …")
            for (let k = from; g !== c && k < c && k < from + 8; k++)
              if ((tokens[k] as Token).norm === 'that' && (tokens[k] as Token).pos === 'SCONJ') {
                from = k + 1;
                break;
              }
            const sp = subjectOf(g, s.firstToken);
            if (sp) attribute(q, sp, g, 1, false);
            break;
          }
        }
      }
      if (from < 0 || from > q.first) continue;
      while (from < q.first && /^(SCONJ|ADP|PART|PUNCT)$/.test((tokens[from] as Token).pos) && !inQuote[from]) from++;
      // a relative clause says it all: ‘whom one insider described as “his brother”’, ‘what he called the
      // “Evil Empire”’ — the clause from its pronoun, speaker and cue inside
      if (q.speaker && q.cueToken >= 0) {
        const r = tokenAt(q.speaker.start) - 1;
        if (r >= s.firstToken && r < q.cueToken && /^(what|whom|which)$/.test((tokens[r] as Token).norm)) from = r;
      }
      let to = clauseEnd(q.last + 1, s, speech);
      while (to > q.last + 1 && /^(PUNCT|SPACE)$/.test((tokens[to - 1] as Token).pos) && !inQuote[to - 1]) to--;
      q.start = (tokens[from] as Token).start;
      q.end = Math.max(q.end, (tokens[to - 1] as Token).end);
      q.first = from;
      q.fragments = [fragment];
      q.kind = 'partial';
      host = q;
    }
    for (let k = quotes.length - 1; k >= 0; k--) if ((quotes[k] as WorkQuote).merged) quotes.splice(k, 1);
    // a quotation that continues an attributed clause (‘… “good thing,” he remarked. “And I think …”’)
    continueRuns();

    // (5) first-person pronouns inside a direct quote refer to its speaker
    const added: Array<{ entity: Entity; mention: Mention | null; referent: Entity | null }> = [];
    for (const q of quotes) {
      if (q.kind !== 'direct' || !q.speaker) continue;
      // the speaker's head (its last word, as speakerFor reads it): "French" of "the French president" is no speaker
      const head = tokenAt(q.speaker.end - 1);
      const headMention = index.mentionAt[head];
      const speakerEntity =
        index.entityAt[head] ?? (headMention?.entity != null ? doc.entities[headMention.entity] : undefined) ?? index.entityAt[tokenAt(q.speaker.start)] ?? null;
      const root = speakerEntity?.referent != null ? (doc.entities[speakerEntity.referent] ?? speakerEntity) : speakerEntity;
      for (let j = q.first; j <= q.last; j++) {
        const t = tokens[j] as Token;
        if (t.pos !== 'PRON' || index.entityAt[j]) continue;
        const plural = FIRST_PERSON_PLURAL.has(t.norm);
        if (!plural && !FIRST_PERSON_SINGULAR.has(t.norm)) continue;
        const actor = q.speaker.actor;
        const entity: Entity = {
          start: t.start,
          end: t.end,
          text: t.text,
          type: plural ? 'ORG' : 'PERSON',
          name: q.speaker.name,
          actor,
          referent: null,
          rule: 'coref:quote-speaker',
          form: 'pronoun',
        };
        if (!plural && root?.role) entity.role = root.role;
        added.push({ entity, mention: actor ? { start: t.start, end: t.end, text: t.text, actor, entity: null, rule: 'actors:quote-speaker' } : null, referent: root });
      }
    }
    if (added.length > 0) mergeEntities(doc, added);

    // a quoted title nobody says (“Face the Nation”, “13 Hours: The Secret Soldiers of Benghazi”) names a
    // work or a show: it is no quotation
    const isTitle = (q: WorkQuote): boolean => q.kind !== 'term' && !q.speaker && !!q.marks && !(q.fragments && q.fragments.length > 1) && titleCase(q.marks);
    // a quoted fragment nobody says and no clause holds (a scare quote: the “experts”) is no attribution
    // (nor a short line nobody says: a slogan, a sign, a headline — “Stop the steal”)
    const isLoose = (q: WorkQuote): boolean =>
      !q.speaker && ((q.kind === 'partial' && !q.fragments) || (q.kind === 'direct' && !q.parts && text.slice(q.start, q.end).split(/\s+/).length < 7));
    const all = [...quotes.filter((q) => !isTitle(q) && !isLoose(q)), ...indirect].sort((a, b) => a.start - b.start || b.end - a.end);
    doc.quotes = all.map((q) => {
      const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: q.kind, speaker: q.speaker, cue: q.cue };
      if (q.parts) quote.parts = q.parts.map(([a, b]) => ({ start: a, end: b, text: text.slice(a, b) }));
      if (q.continues) quote.continues = true;
      if (q.fragments) quote.fragments = q.fragments.map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), kind: f.kind }));
      return quote;
    });
    return doc;

    function attribute(q: WorkQuote, sp: [number, number], c: number, n: number, claim = true): void {
      q.speaker = speakerFor(doc, index, sp);
      q.cue = span(c, c + n);
      q.cueToken = c;
      if (claim) usedCue.add(c);
    }

    function makeIndirect(body: [number, number], sp: [number, number], c: number, n: number): WorkQuote {
      usedCue.add(c);
      const s = span(body[0], body[1]);
      return {
        marks: null,
        start: s.start,
        end: s.end,
        kind: 'indirect',
        speaker: speakerFor(doc, index, sp),
        cue: span(c, c + n),
        cueToken: c,
        first: body[0],
        last: body[1] - 1,
      };
    }

    /** The attribution right after a quotation's closing mark: ‘…,” he added’ / ‘…,” said Landau’ / ‘…,” Landau told reporters’. */
    function attributeAfter(q: WorkQuote): void {
      if (attributeByDash(q)) return;
      const sClose = sentenceOf(q.last);
      let j = q.last + 1;
      while (tokens[j] && /^[,—–-]$/.test((tokens[j] as Token).text)) j++;
      let limit = sClose ? sClose.endToken : tokens.length;
      // ‘“Are you ready?” she asked.’ — a question or exclamation mark ends the sentence splitter's
      // sentence at the closing mark; the attribution after it, on the same line, still belongs to it
      // A full stop does the same (‘“It is solved.” Jeffrey Lewis wrote in December.’) when the next
      // sentence is only that attribution: no verb after its cue ("said Tuesday", "wrote in a memo")
      let crossed = false;
      if (j === limit && sClose && /[.?!]$/.test(text.slice(q.start, q.end)) && !/\n/.test(text.slice(q.marks?.close ?? q.end, (tokens[j] as Token | undefined)?.start ?? q.end))) {
        const next = doc.sentences[sClose.index + 1];
        if (next) {
          limit = next.endToken;
          crossed = !/[?!]$/.test(text.slice(q.start, q.end));
        }
      }
      const attributionOnly = (from: number): boolean => {
        if (!crossed) return true;
        for (let k = from; k < limit; k++)
          if (inQuote[k] || (tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).pos === 'AUX' || (tokens[k] as Token).norm === 'that') return false;
        return true;
      };
      if (j < limit && !inQuote[j]) {
        const c = cueAt(tokens, j);
        if (c) {
          // not a participle: in ‘…,” saying the city …’ what follows is what is said, not who says it
          const participle = (tokens[j] as Token).pos === 'VERB' && (tokens[j] as Token).norm.endsWith('ing');
          const sp = participle ? null : phraseStartingAt(tokens, j + c, limit);
          if (sp && attributionOnly(sp[1])) attribute(q, sp, j, c);
        } else {
          let sp = phraseStartingAt(tokens, j, limit) ?? misreadEntityFrom(j, limit);
          if (sp && sp[1] - sp[0] > 1 && verbAsNoun(sp[1] - 1)) sp = [sp[0], sp[1] - 1];
          if (sp) {
            let k = sp[1];
            // a parenthesis after the name: "Sen. Chuck Schumer (D-N.Y.) said"
            if ((tokens[k] as Token | undefined)?.text === '(') {
              let e = k + 1;
              while (e < limit && e - k < 12 && (tokens[e] as Token).text !== ')') e++;
              if ((tokens[e] as Token | undefined)?.text === ')') k = e + 1;
            }
            // appositives between the speaker and the cue: "Murphy, the head of Right to Rise USA, tweeted",
            // "Clinton, 35, the daughter of …, said"
            for (let n = 0; n < 3 && (tokens[k] as Token | undefined)?.text === ','; n++) {
              let e = k + 1;
              while (e < limit && e - k < 30 && (tokens[e] as Token).text !== ',' && !inQuote[e]) e++;
              if ((tokens[e] as Token | undefined)?.text !== ',') break;
              let c = e + 1;
              while (c < limit && SKIPPABLE.test((tokens[c] as Token).pos)) c++;
              k = cueAt(tokens, c) ? e + 1 : e;
              if (k === e + 1) break;
            }
            // over adverbs and auxiliaries: ‘…,” Sotomayor has said.’
            while (k < limit && (SKIPPABLE.test((tokens[k] as Token).pos) || (tokens[k] as Token).pos === 'AUX')) k++;
            // the tagger may read the verb after a name as a plural noun (‘…,” Viguerie notes.’)
            const c2 = cueAt(tokens, k) || (verbAsNoun(k) ? 1 : 0);
            if (c2 && attributionOnly(k + c2)) attribute(q, sp, k, c2);
          }
        }
      }
    }

    /**
     * The verb whose complement clause holds the verb at c, if its clause opens with "that" (‘Ryan
     * worried that the net was becoming …’ → worried); else c itself.
     */
    function governingVerb(c: number, floor: number, depth = 0): number {
      // the verb before a short object ("told city leaders that …", "invited Russia to dig …")
      const verbBefore = (k: number): number => {
        for (let v = k; v >= floor && v > k - 7; v--) {
          const t = tokens[v] as Token;
          if (inQuote[v]) return -1;
          if (t.pos === 'VERB') return v;
          if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos) && !/^['’]s$/.test(t.text)) return -1;
        }
        return -1;
      };
      // an infinitive is its governing verb's: "hailed Britain’s vote to leave the EU as “fantastic”"
      if (depth < 3 && tokens[c - 1]?.norm === 'to' && tokens[c - 1]?.pos === 'PART') {
        const v = verbBefore(c - 2);
        return v >= 0 ? governingVerb(v, floor, depth + 1) : c;
      }
      for (let k = c - 1; k > floor; k--) {
        const t = tokens[k] as Token;
        if (inQuote[k] || /^[,;:—–()]$/.test(t.text) || t.pos === 'VERB') return c;
        if (t.norm !== 'that' || t.pos !== 'SCONJ') continue;
        const v = verbBefore(k - 1);
        return v >= 0 ? v : c;
      }
      return c;
    }

    /** A name the tagger read as a verb or an adjective ("Dr. Ward stated"): the person entity that ends at token k. */
    function misreadEntity(k: number, floor: number): [number, number] | null {
      const e = index.entityAt[k];
      if (e?.type !== 'PERSON' || (tokens[k] as Token).end !== e.end || !/^\p{Lu}/u.test((tokens[k] as Token).text)) return null;
      const first = tokenAt(e.start);
      return first >= floor ? [first, k + 1] : null;
    }

    /**
     * A capitalised word the tagger took for a verb right before a cue verb, with the names before it
     * ("Senator Tom Hoover estimated", "Cross called"): two verbs in a row are rarely both verbs.
     */
    function misreadSurname(k: number, floor: number): [number, number] | null {
      const t = tokens[k] as Token;
      if (!/^(VERB|ADJ)$/.test(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
      let first = k;
      while (first - 1 >= floor && (tokens[first - 1] as Token).pos === 'PROPN') first--;
      return [first, k + 1];
    }

    /**
     * The same after a quotation, for a person entity that starts at token j, or a capitalised word the
     * tagger took for a verb right before the cue (‘…,” Ward said’).
     */
    function misreadEntityFrom(j: number, limit: number): [number, number] | null {
      const e = index.entityAt[j];
      const t = tokens[j] as Token;
      if (!e && /^(VERB|ADJ)$/.test(t.pos) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && j + 1 < limit && cueAt(tokens, j + 1)) return [j, j + 1];
      if (e?.type !== 'PERSON' || t.start !== e.start || !/^\p{Lu}/u.test(t.text)) return null;
      const last = tokenAt(e.end - 1);
      return last < limit ? [j, last + 1] : null;
    }

    /**
     * ‘“…” ― Pamela Padilla’ (on the same line or the next paragraph): a dash and a name that ends its
     * line, as lists of reactions and epigraphs sign a quotation. The name alone, or with a comma and a
     * short description after it (‘— Michelle Marks, Philadelphia’).
     */
    function attributeByDash(q: WorkQuote): boolean {
      if (!q.marks) return false;
      const m = /^[ \t]*(?:\n\n?[ \t]*)?(?:―|—|–|--?)[ \t]*/.exec(text.slice(q.marks.close, q.marks.close + 12));
      if (!m) return false;
      const j = tokenAt(q.marks.close + m[0].length);
      const t = tokens[j];
      if (!t || t.start !== q.marks.close + m[0].length || !/^\p{Lu}/u.test(t.text)) return false;
      let e = j;
      // (capitalised words whatever the tagger made of them: names it does not know are often read as nouns or adjectives)
      const nameWord = (k: number): boolean => {
        const u = tokens[k] as Token;
        return u.pos === 'PROPN' || (/^\p{Lu}/u.test(u.text) && /^(NOUN|ADJ|VERB|X)$/.test(u.pos)) || (!!index.entityAt[k] && index.entityAt[k]?.type !== 'DATE');
      };
      while (e < tokens.length && e - j < 8 && nameWord(e) && !/\n/.test(text.slice((tokens[j] as Token).start, (tokens[e] as Token).end))) e++;
      if (e === j) return false;
      const lineEnd = text.indexOf('\n', (tokens[e - 1] as Token).end);
      const rest = text.slice((tokens[e - 1] as Token).end, lineEnd < 0 ? text.length : lineEnd);
      if (!/^\s*(\.|,[^“”"]{0,80})?\s*$/.test(rest)) return false;
      attribute(q, [j, e], j - 1 >= 0 && /^(―|—|–|-|--)$/.test((tokens[j - 1] as Token).text) ? j - 1 : j, 1);
      return true;
    }

    /** Whether a phrase names someone: a name, a pronoun, or an entity or actor mention at its head. */
    function namesSomeone(sp: [number, number]): boolean {
      const head = sp[1] - 1;
      return !!index.entityAt[head] || !!index.mentionAt[head] || tokens.slice(sp[0], sp[1]).some((t) => t.pos === 'PROPN' || t.pos === 'PRON');
    }

    /** Where ", X said (Tuesday)." / ", said X." closes the sentence [a, b): the comma, else b. */
    function closingAttribution(a: number, b: number): number {
      for (let k = b - 2; k > a; k--) {
        const t = tokens[k] as Token;
        if (inQuote[k]) break;
        if (t.text !== ',') continue;
        let c = k + 1;
        let n = cueAt(tokens, c);
        if (!n) {
          const sp = phraseStartingAt(tokens, c, b);
          if (!sp) return b;
          c = sp[1];
          while (c < b && SKIPPABLE.test((tokens[c] as Token).pos)) c++;
          n = cueAt(tokens, c);
          if (!n) return b;
        }
        for (let j = c + n; j < b; j++) {
          const u = tokens[j] as Token;
          if (inQuote[j] || u.pos === 'VERB' || u.pos === 'AUX' || u.norm === 'that' || u.text === ',') return b;
        }
        return k;
      }
      return b;
    }

    /** A cue verb's third-person form tagged as a noun ("notes", "adds"): only where a verb must stand, after a quotation's speaker. */
    function verbAsNoun(k: number): boolean {
      const t = tokens[k];
      return !!t && t.pos === 'NOUN' && /s$/.test(t.norm) && (cueVerbs.has(t.lemma) || cueVerbs.has(t.norm.slice(0, -1)));
    }

    /**
     * A quotation right after an attributed one, with nothing but that attribution between them,
     * continues it: it takes its speaker and cue and is marked `continues` (`quoteUnits` can join the
     * run into one attribution, as PolNeAR counts). A title quoted inside the attribution
     * (‘Clinton said on “This Week.”’) does not break the run.
     */
    function continueRuns(): void {
      for (let k = 1; k < quotes.length; k++) {
        const q = quotes[k] as WorkQuote;
        let p = k - 1;
        while (p > 0 && (quotes[p] as WorkQuote).kind !== 'direct' && !(quotes[p] as WorkQuote).speaker) p--;
        const prev = quotes[p] as WorkQuote;
        if (q.kind !== 'direct' || q.speaker || prev.kind === 'indirect' || prev.kind === 'term' || !prev.speaker || !q.marks || !prev.marks) continue;
        // a quotation signed with a dash and a name (‘“…” ― Ana Ruiz’) ends there: the next one is someone else's
        if (prev.cue && /^(―|—|–|-|--)$/.test(prev.cue.text)) continue;
        const gap = text.slice(prev.marks.close, q.marks.open);
        // sentence ends, not the periods of "Sen." or "U.S."
        const terminators = (gap.match(/(?<!\b(?:[A-Z]|[A-Z][a-z]{1,3}|[A-Z]\.[A-Z]))[.!?](?=\s|$)/g) ?? []).length;
        const cueInGap = prev.cue && prev.cue.start >= prev.marks.close && prev.cue.end <= q.marks.open;
        if ((gap.trim() === '' || (cueInGap && terminators <= 1)) && gap.length < 300) {
          q.speaker = prev.speaker;
          q.cue = prev.cue;
          // “A,” he said, “B.” — one quotation split by its attribution, within one sentence: one quote in parts
          if (cueInGap && terminators === 0 && /,\s*$/.test(gap)) {
            q.merged = true;
            prev.parts = [...(prev.parts ?? [[prev.start, prev.end]]), [q.start, q.end]];
            prev.end = q.end;
            prev.last = q.last;
          } else q.continues = true; // a quotation of its own, in the same attribution (quoteUnits joins them)
        }
      }
      for (let k = quotes.length - 1; k >= 0; k--) if ((quotes[k] as WorkQuote).merged) quotes.splice(k, 1);
    }

    /**
     * Where a clause that holds a quotation ends, scanning from just after it: at the sentence end, or
     * where a new clause begins (a comma, dash or conjunction: "…, cited his record", "… while Sanders
     * suggests") unless another quotation follows close behind ("as “a sociopath” and “a psychopath”").
     */
    function clauseEnd(from: number, s: Sentence, speech: boolean): number {
      // a quotation closed after its own comma (‘things “should be wrapped up by Cleveland,” referring
      // to …’) ends the clause: what follows is the writer's again
      const closing = tokens[from - 1];
      if (closing && inQuote[from - 1] && /,\s*$/.test(text.slice(Math.max(0, closing.start - 2), closing.start)) && !nextQuoteNear(from, s)) return from;
      let to = from;
      // a reported clause ends within a long paragraph's worth of words even in a sentence that never
      // ends (a run-on page of quotations: every clause ran to its end, 3,000 records of 200 kB each)
      const last = Math.min(s.endToken, from + MAX_CLAUSE_TOKENS);
      while (to < last) {
        const t = tokens[to] as Token;
        if (inQuote[to]) {
          to = (quoteEndAt[to] as number) + 1;
          continue;
        }
        // what a reporting verb introduces runs on over "and …", "because …" (PolNeAR's content does);
        // it ends at a semicolon, a dash or a participle ("…, describing the team as …")
        const after = tokens[to + 1] as Token | undefined;
        const boundary = speech
          ? /^[;—–(]$/.test(t.text) ||
            (t.text === ',' && after?.pos === 'VERB' && /ing$/.test(after.norm)) ||
            // a relative clause on the quoted words, or a second predicate of the speaker ("… and said")
            (t.text === ',' && /^(which|who)$/.test(after?.norm ?? '')) ||
            (t.pos === 'CCONJ' && after?.pos === 'VERB') ||
            /^(while|as|before|after|although|though|whereas|but)$/.test(t.norm)
          : /^[,;—–(]$/.test(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ';
        if (boundary) {
          let next = to + 1;
          while (next < Math.min(s.endToken, to + 7) && !inQuote[next]) next++;
          if (next >= Math.min(s.endToken, to + 7)) break;
        }
        to++;
      }
      return to;
    }

    /** Whether another quotation opens within a few tokens of `from` (‘as “a sociopath” and “a psychopath”’). */
    function nextQuoteNear(from: number, s: Sentence): boolean {
      for (let k = from; k < Math.min(s.endToken, from + 7); k++) if (inQuote[k]) return true;
      return false;
    }

    /** For a noun cue ("accusations"): its possessor, else the subject of its clause. */
    function clauseSubject(c: number, floor: number): [number, number] | null {
      if (c - 1 >= floor && /^['’]s$/.test((tokens[c - 1] as Token).text)) return phraseEndingAt(tokens, c - 2, floor);
      for (let k = c - 1; k >= floor; k--) {
        const m = index.mentionAt[k] ?? index.entityAt[k];
        if (!m) continue;
        const first = tokenAt(m.start);
        const before = tokens[first - 1];
        const beforeThat = before?.pos === 'DET' ? tokens[first - 2] : before;
        if (beforeThat && (beforeThat.pos === 'ADP' || beforeThat.pos === 'VERB')) continue;
        return [first, tokenAt(m.end - 1) + 1];
      }
      return null;
    }
  };
}

/** Adds entities (and their mentions) in text order, keeping every index that points into the lists right. */
function mergeEntities(doc: Doc, added: ReadonlyArray<{ entity: Entity; mention: Mention | null; referent: Entity | null }>): void {
  const old = doc.entities;
  const merged = [...old.map((e) => ({ e, fresh: null as null | (typeof added)[number] })), ...added.map((a) => ({ e: a.entity, fresh: a }))].sort(
    (x, y) => x.e.start - y.e.start || y.e.end - x.e.end,
  );
  // each old entity's index, looked up once (indexOf per entity made this quadratic in long articles)
  const oldIndex = new Map<Entity, number>();
  old.forEach((e, k) => {
    if (!oldIndex.has(e)) oldIndex.set(e, k);
  });
  const newIndexOfOld = new Map<number, number>();
  merged.forEach((m, k) => {
    if (!m.fresh) newIndexOfOld.set(oldIndex.get(m.e) as number, k);
  });
  const entities = merged.map((m) => {
    if (m.fresh) {
      const r = m.fresh.referent ? old.indexOf(m.fresh.referent) : -1;
      return { ...m.e, referent: r >= 0 ? (newIndexOfOld.get(r) ?? null) : null };
    }
    const e = m.e;
    return e.referent != null ? { ...e, referent: newIndexOfOld.get(e.referent) ?? null } : e;
  });
  const mentions = doc.mentions.map((m) => (m.entity != null ? { ...m, entity: newIndexOfOld.get(m.entity) ?? null } : m));
  for (const a of added) {
    if (!a.mention) continue;
    const k = merged.findIndex((m) => m.fresh === a);
    mentions.push({ ...a.mention, entity: k >= 0 ? k : null });
  }
  doc.entities = entities;
  doc.mentions = mentions.sort((x, y) => x.start - y.start || y.end - x.end);
}
