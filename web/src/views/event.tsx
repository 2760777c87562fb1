/**
 * @module The event view: one deduplicated event and every sentence that reports it, with the
 * source, target and trigger highlighted, the rule that fired, its confidence and a link to the
 * article. Reached by the event's id or by one of its mentions' ids (that mention comes first).
 */

import { HighlightedText, Legend } from '../annotated';
import type { EventDetail, EventMention } from '../api';
import { Link } from '../router';
import { Async, eventWhen, formatGoldstein, goldsteinColor, QUAD_COLORS, QUAD_NAMES, useApi } from '../ui';

/** The network's node for an actor code: its country, or the organisation for IGO/NGO/IMG codes (as /api/graph groups them). */
const countryOf = (actor: string) => (/^(IGO|NGO|IMG)/.test(actor) ? actor.slice(0, 6) : actor.slice(0, 3));

export function EventView({ id }: { id: string }) {
  const event = useApi<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  return (
    <Async state={event.state} what="the event" retry={event.reload}>
      {(e) => {
        const mentions = [...e.mentions].sort((x, y) => Number(y.id === id) - Number(x.id === id));
        return (
          <section class="event-view">
            <header class="view-head">
              <h1>
                <code>{e.source}</code> → <code>{e.target ?? '—'}</code>: CAMEO {e.code}
                {e.plover ? ` (${e.plover})` : ''}
              </h1>
              <p>
                <span class="swatch" style={{ background: QUAD_COLORS[e.quad] }} /> {QUAD_NAMES[e.quad]} · Goldstein{' '}
                <strong style={{ color: goldsteinColor(e.goldstein) }}>{formatGoldstein(e.goldstein)}</strong> · {eventWhen(e)} · {e.numMentions} mention
                {e.numMentions === 1 ? '' : 's'} in {e.numArticles} article{e.numArticles === 1 ? '' : 's'}
                {e.target ? (
                  <>
                    {' · '}
                    <Link href={`/dyad/${countryOf(e.source)}/${countryOf(e.target)}`}>
                      dyad {countryOf(e.source)} – {countryOf(e.target)}
                    </Link>
                  </>
                ) : null}
              </p>
            </header>
            <Legend kinds={['source', 'trigger', 'target']} />
            {mentions.map((m) => (
              <Mention key={`${m.articleId} ${m.id}`} m={m} />
            ))}
          </section>
        );
      }}
    </Async>
  );
}

function Mention({ m }: { m: EventMention }) {
  const highlights = [
    { start: m.source.start, end: m.source.end, kind: 'source' as const, label: `source: ${m.source.actor}` },
    { start: m.trigger.start, end: m.trigger.end, kind: 'trigger' as const, label: `trigger (${m.rule})` },
    ...(m.target ? [{ start: m.target.start, end: m.target.end, kind: 'target' as const, label: `target: ${m.target.actor}` }] : []),
  ];
  // the spans are offsets into the article: shift them into the sentence
  const shifted = highlights.map((h) => ({ ...h, start: h.start - m.sentence.start, end: h.end - m.sentence.start }));
  return (
    <article class="mention" data-mention={m.id}>
      <blockquote class="sentence">
        <HighlightedText text={m.sentence.text} highlights={shifted} />
      </blockquote>
      <dl class="facts">
        <dt>Source</dt>
        <dd>
          “{m.source.text}” → <code>{m.source.actor}</code>
        </dd>
        <dt>Target</dt>
        <dd>
          {m.target ? (
            <>
              “{m.target.text}” → <code>{m.target.actor}</code>
            </>
          ) : (
            'none'
          )}
        </dd>
        <dt>Trigger</dt>
        <dd>“{m.trigger.text}”</dd>
        <dt>Rule</dt>
        <dd>
          <code class="rule">{m.rule}</code>
        </dd>
        <dt>Confidence</dt>
        <dd>
          <meter min={0} max={1} value={m.confidence} /> <span class="confidence">{m.confidence.toFixed(2)}</span>
        </dd>
        <dt>Date</dt>
        <dd>{m.date ?? (m.dateRange ? `${m.dateRange[0]} – ${m.dateRange[1]}` : 'no date in the text: the article’s day')}</dd>
        {m.attributedTo ? (
          <>
            <dt>Claimed by</dt>
            <dd>{m.attributedTo}</dd>
          </>
        ) : null}
        <dt>Article</dt>
        <dd>
          <Link class="article-link" href={`/article/${encodeURIComponent(m.articleId)}?mention=${encodeURIComponent(m.id)}`}>
            {m.title ?? `article ${m.articleId}`}
          </Link>{' '}
          of {m.articleDate}, sentence {m.sentence.index + 1}
          {m.url ? (
            <>
              {' · '}
              <a href={m.url} rel="noreferrer noopener" target="_blank">
                source page
              </a>
            </>
          ) : null}
        </dd>
      </dl>
    </article>
  );
}
