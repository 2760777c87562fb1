/**
 * @module The quotations browser: stored quotations by speaker (name, part of it) and by the actor
 * the speaker stands for (a code prefix: USA, USAGOV), grouped by speaker.
 */
import { useState } from 'preact/hooks';
import { type ActorRow, type QuoteRow, query } from '../api';
import { Link, navigate } from '../router';
import { Async, Empty, useApi } from '../ui';

export function QuotesView({ speaker, actor }: { speaker: string; actor: string }) {
  const [s, setS] = useState(speaker);
  const [a, setA] = useState(actor);
  const quotes = useApi<QuoteRow[]>(`/api/quotes${query({ speaker, actor: actor.toUpperCase(), limit: 2000 })}`);
  const actors = useApi<ActorRow[]>('/api/actors?limit=500');
  const go = (next: { speaker?: string; actor?: string }) => navigate(`/quotes${query({ speaker: next.speaker ?? speaker, actor: next.actor ?? actor })}`);
  return (
    <section class="quotes-view">
      <header class="view-head">
        <h1>Quotations</h1>
        <p class="muted">Who said what, by speaker and by the actor the speaker stands for.</p>
      </header>
      <form
        class="filters row"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/quotes${query({ speaker: s.trim(), actor: a.trim().toUpperCase() })}`);
        }}
      >
        <label>
          Speaker <input type="search" name="speaker" placeholder="e.g. Landau" value={s} onInput={(e) => setS(e.currentTarget.value)} />
        </label>
        <label>
          Actor <input type="search" name="actor" list="actor-codes" placeholder="e.g. USAGOV" value={a} onInput={(e) => setA(e.currentTarget.value)} />
        </label>
        <datalist id="actor-codes">{actors.state.status === 'ok' ? actors.state.data.map((r) => <option key={r.actor} value={r.actor} />) : null}</datalist>
        <button type="submit">Filter</button>
        {speaker || actor ? (
          <button type="button" onClick={() => navigate('/quotes')}>
            Clear
          </button>
        ) : null}
      </form>
      <Async state={quotes.state} what="the quotations" retry={quotes.reload}>
        {(rows) => {
          if (!rows.length) return <Empty>{speaker || actor ? 'No quotation matches these filters.' : 'The store holds no quotations yet.'}</Empty>;
          const bySpeaker = new Map<string, QuoteRow[]>();
          for (const r of rows) {
            const key = `${r.speaker_name ?? 'unknown speaker'}|${r.speaker_actor ?? ''}`;
            bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), r]);
          }
          const groups = [...bySpeaker].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
          return (
            <div class="columns">
              <nav class="speakers" aria-label="speakers">
                <h3>Speakers ({groups.length})</h3>
                <ul>
                  {groups.map(([key, list]) => {
                    const [name, code] = key.split('|') as [string, string];
                    return (
                      <li key={key}>
                        <a href={`#${encodeURIComponent(key)}`}>{name}</a> {code ? <code>{code}</code> : null} <span class="muted">{list.length}</span>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              <div class="quote-groups">
                <p class="muted">
                  {rows.length} quotation{rows.length === 1 ? '' : 's'}
                </p>
                {groups.map(([key, list]) => {
                  const [name, code] = key.split('|') as [string, string];
                  return (
                    <section key={key} id={encodeURIComponent(key)} class="speaker-group">
                      <h2>
                        {name !== 'unknown speaker' ? (
                          <button type="button" class="linkish" title="only this speaker" onClick={() => go({ speaker: name })}>
                            {name}
                          </button>
                        ) : (
                          name
                        )}{' '}
                        {code ? (
                          <button type="button" class="linkish" title="only this actor" onClick={() => go({ actor: code })}>
                            <code>{code}</code>
                          </button>
                        ) : null}
                      </h2>
                      <ul class="quote-list">
                        {list.map((q, i) => (
                          <li key={`${q.article_id} ${i}`}>
                            <blockquote>{q.text}</blockquote>
                            <div class="muted">
                              {q.kind}
                              {q.cue_text ? ` · “${q.cue_text}”` : ''} · {q.date} · <Link href={`/article/${encodeURIComponent(q.article_id)}`}>article</Link>
                            </div>
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            </div>
          );
        }}
      </Async>
    </section>
  );
}
