/**
 * @module Text with highlighted spans (entities, quotations, speakers, event sources, targets and
 * triggers), which may overlap: the text is cut at every span boundary and each piece carries the
 * classes of all the spans that cover it. Offsets are the API's: UTF-16 indexes into the article
 * text, half-open [start, end) — the same as JavaScript's string.slice.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActorSpan, CodedArticle, Span, StoredArticle } from './api';
import { Link } from './router';
import { Empty, formatGoldstein, QUAD_COLORS, QUAD_NAMES } from './ui';

export type HighlightKind = 'entity' | 'quote' | 'speaker' | 'cue' | 'source' | 'target' | 'trigger' | 'focus';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  label: string;
}

/** `text[from, to)` with the highlights that fall inside it. */
export function HighlightedText({ text, from = 0, to = text.length, highlights }: { text: string; from?: number; to?: number; highlights: readonly Highlight[] }) {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ComponentChildren[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const covering = inside.filter((h) => h.start <= a && h.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      pieces.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((h) => h.kind))];
    pieces.push(
      <span key={a} class={kinds.map((k) => `hl hl-${k}`).join(' ')} title={[...new Set(covering.map((h) => h.label))].join('\n')}>
        {piece}
      </span>,
    );
  }
  return <>{pieces}</>;
}

/** An article's annotations in one shape, whether it comes from the store or from POST /api/code. */
export interface Annotations {
  text: string;
  entities: Array<Span & { type: string; name: string | null; actor: string | null }>;
  quotes: Array<Span & { kind: string; speaker: (Span & { name: string | null; actor: string | null }) | null; cue: Span | null }>;
  events: Array<{
    /** The mention's id; the event view finds its event by it (null for an article that is not stored). */
    id: string | null;
    source: ActorSpan;
    target: ActorSpan | null;
    trigger: Span;
    code: string;
    quad: number;
    goldstein: number;
    plover: string | null;
    date: string | null;
    sentence: { start: number; end: number };
    rule: string;
    confidence: number;
    attributedTo: string | null;
  }>;
}

const span = (text: string, start: unknown, end: unknown): Span | null =>
  typeof start === 'number' && typeof end === 'number' ? { start, end, text: text.slice(start, end) } : null;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function fromStored(a: StoredArticle): Annotations {
  const t = a.text;
  return {
    text: t,
    entities: a.entities.flatMap((e) => {
      const s = span(t, e.start_off, e.end_off);
      return s ? [{ ...s, type: String(e.type), name: str(e.name), actor: str(e.actor) }] : [];
    }),
    quotes: a.quotes.flatMap((q) => {
      const s = span(t, q.start_off, q.end_off);
      if (!s) return [];
      const sp = span(t, q.speaker_start, q.speaker_end);
      return [
        {
          ...s,
          kind: String(q.kind),
          speaker: sp ? { ...sp, name: str(q.speaker_name), actor: str(q.speaker_actor) } : null,
          cue: span(t, q.cue_start, q.cue_end),
        },
      ];
    }),
    events: a.events.flatMap((e) => {
      const source = span(t, e.source_start, e.source_end);
      const trigger = span(t, e.trigger_start, e.trigger_end);
      if (!source || !trigger) return [];
      const target = span(t, e.target_start, e.target_end);
      return [
        {
          id: String(e.id),
          source: { ...source, actor: String(e.source_actor) },
          target: target && e.target_actor !== null ? { ...target, actor: String(e.target_actor) } : null,
          trigger,
          code: String(e.code),
          quad: Number(e.quad),
          goldstein: Number(e.goldstein),
          plover: str(e.plover_type),
          date: str(e.date) ?? (e.range_start ? `${e.range_start} – ${e.range_end}` : null),
          sentence: { start: Number(e.sentence_start), end: Number(e.sentence_end) },
          rule: String(e.rule),
          confidence: Number(e.confidence),
          attributedTo: str(e.attributed_to),
        },
      ];
    }),
  };
}

export function fromCoded(a: CodedArticle): Annotations {
  return {
    text: a.text,
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, name: e.name, actor: e.actor })),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue })),
    events: a.events.map((e) => ({
      id: null,
      source: e.source,
      target: e.target,
      trigger: e.trigger,
      code: e.code,
      quad: e.quad,
      goldstein: e.goldstein,
      plover: e.plover?.type ?? null,
      date: e.date ?? (e.dateRange ? `${e.dateRange[0]} – ${e.dateRange[1]}` : null),
      sentence: e.sentence,
      rule: e.rule,
      confidence: e.confidence,
      attributedTo: e.attributedTo?.text ?? null,
    })),
  };
}

type Layer = 'entities' | 'quotes' | 'events';

const eventLabel = (e: Annotations['events'][number]) => `${e.source.actor} ${e.code} ${e.target?.actor ?? '—'}`;

function highlightsOf(a: Annotations, layers: ReadonlySet<Layer>): Highlight[] {
  const out: Highlight[] = [];
  if (layers.has('entities'))
    for (const e of a.entities) out.push({ start: e.start, end: e.end, kind: 'entity', label: `${e.type}: ${e.name ?? e.text}${e.actor ? ` (${e.actor})` : ''}` });
  if (layers.has('quotes'))
    for (const q of a.quotes) {
      const who = q.speaker ? `${q.speaker.name ?? q.speaker.text}${q.speaker.actor ? ` (${q.speaker.actor})` : ''}` : 'unknown speaker';
      out.push({ start: q.start, end: q.end, kind: 'quote', label: `${q.kind} quotation by ${who}` });
      if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, kind: 'speaker', label: `speaker: ${who}` });
      if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', label: `quotation cue “${q.cue.text}”` });
    }
  if (layers.has('events'))
    for (const e of a.events) {
      const what = `event ${eventLabel(e)}`;
      out.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', label: `trigger of ${what} (${e.rule})` });
      out.push({ start: e.source.start, end: e.source.end, kind: 'source', label: `source of ${what}` });
      if (e.target) out.push({ start: e.target.start, end: e.target.end, kind: 'target', label: `target of ${what}` });
    }
  return out;
}

export function Legend({ kinds }: { kinds: readonly HighlightKind[] }) {
  const names: Record<HighlightKind, string> = {
    entity: 'entity',
    quote: 'quotation',
    speaker: 'speaker',
    cue: 'cue',
    source: 'source',
    target: 'target',
    trigger: 'trigger',
    focus: 'selected sentence',
  };
  return (
    <p class="legend">
      {kinds.map((k) => (
        <span key={k} class={`hl hl-${k}`}>
          {names[k]}
        </span>
      ))}
    </p>
  );
}

/**
 * The article text with its layers (entities, quotations with speakers, events), each of which can be
 * switched off, and the lists of what was found. `focus` marks (and scrolls to) one sentence.
 */
export function AnnotatedArticle({ article, focus, eventHref }: { article: Annotations; focus?: { start: number; end: number } | null; eventHref?: (id: string) => string }) {
  const [layers, setLayers] = useState<ReadonlySet<Layer>>(new Set<Layer>(['entities', 'quotes', 'events']));
  const toggle = (l: Layer) =>
    setLayers((old) => {
      const next = new Set(old);
      if (next.has(l)) next.delete(l);
      else next.add(l);
      return next;
    });
  const highlights = highlightsOf(article, layers);
  if (focus) highlights.push({ start: focus.start, end: focus.end, kind: 'focus', label: 'the selected sentence' });
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) textRef.current?.querySelector('.hl-focus')?.scrollIntoView({ block: 'center' });
  }, [focus?.start, focus?.end]);
  const layerNames: Array<[Layer, string, number]> = [
    ['entities', 'Entities', article.entities.length],
    ['quotes', 'Quotations', article.quotes.length],
    ['events', 'Events', article.events.length],
  ];
  return (
    <div class="annotated">
      <fieldset class="layers">
        <legend>Show</legend>
        {layerNames.map(([l, name, n]) => (
          <label key={l}>
            <input type="checkbox" checked={layers.has(l)} onChange={() => toggle(l)} /> {name} ({n})
          </label>
        ))}
        <Legend kinds={['entity', 'quote', 'speaker', 'source', 'trigger', 'target']} />
      </fieldset>
      <div class="columns">
        <div class="article-text" ref={textRef}>
          <HighlightedText text={article.text} highlights={highlights} />
        </div>
        <aside class="findings">
          <section aria-label="events">
            <h3>Events ({article.events.length})</h3>
            {article.events.length ? (
              <ol class="event-list">
                {article.events.map((e, i) => (
                  <li key={e.id ?? i} class="event-item">
                    <span class="quad-dot" style={{ background: QUAD_COLORS[e.quad] }} title={QUAD_NAMES[e.quad]} />
                    <strong>{e.source.actor}</strong> → <strong>{e.target?.actor ?? '—'}</strong> <code>{e.code}</code> {e.plover ? <small>{e.plover}</small> : null}
                    <div class="muted">
                      “{e.trigger.text}” · Goldstein {formatGoldstein(e.goldstein)} · {e.date ?? 'no date in the text'} · confidence {e.confidence.toFixed(2)}
                    </div>
                    <div class="muted">
                      rule <code>{e.rule}</code>
                      {e.attributedTo ? ` · claimed by ${e.attributedTo}` : ''}
                      {e.id && eventHref ? (
                        <>
                          {' · '}
                          <Link href={eventHref(e.id)}>event view</Link>
                        </>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <Empty>No events were coded in this text.</Empty>
            )}
          </section>
          <section aria-label="quotations">
            <h3>Quotations ({article.quotes.length})</h3>
            {article.quotes.length ? (
              <ol class="quote-list">
                {article.quotes.map((q) => (
                  <li key={q.start}>
                    <strong>{q.speaker ? (q.speaker.name ?? q.speaker.text) : 'unknown speaker'}</strong>
                    {q.speaker?.actor ? <code class="actor">{q.speaker.actor}</code> : null} <small>{q.kind}</small>
                    <blockquote>{q.text}</blockquote>
                  </li>
                ))}
              </ol>
            ) : (
              <Empty>No quotations found.</Empty>
            )}
          </section>
          <section aria-label="entities">
            <h3>Entities ({article.entities.length})</h3>
            {article.entities.length ? <EntityTable entities={article.entities} /> : <Empty>No entities found.</Empty>}
          </section>
        </aside>
      </div>
    </div>
  );
}

/** Entities grouped by what they refer to, with how often each is mentioned. */
function EntityTable({ entities }: { entities: Annotations['entities'] }) {
  const groups = new Map<string, { type: string; name: string; actor: string | null; n: number }>();
  for (const e of entities) {
    const name = e.name ?? e.text;
    const key = `${e.type}|${name}|${e.actor ?? ''}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { type: e.type, name, actor: e.actor, n: 1 });
  }
  return (
    <table class="compact">
      <thead>
        <tr>
          <th>Name</th>
          <th>Type</th>
          <th>Actor</th>
          <th class="num">×</th>
        </tr>
      </thead>
      <tbody>
        {[...groups.values()].map((g) => (
          <tr key={`${g.type}|${g.name}|${g.actor}`}>
            <td>{g.name}</td>
            <td>
              <small>{g.type}</small>
            </td>
            <td>{g.actor ? <code>{g.actor}</code> : '—'}</td>
            <td class="num">{g.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
