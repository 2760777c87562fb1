/**
 * @module The dyad view: two actors' relations over time — events per period stacked by quad class,
 * with the mean Goldstein of each period — and the list of their events in both directions.
 */
import { useEffect, useState } from 'preact/hooks';
import { type DyadRow, query, request, type StoredEvent } from '../api';
import { Link } from '../router';
import { Async, Empty, eventWhen, failed, formatGoldstein, GoldsteinCell, goldsteinColor, QUAD_COLORS, QUAD_NAMES, type Remote, useApi } from '../ui';

type Period = 'day' | 'week' | 'month' | 'year';

export function DyadView({ a, b }: { a: string; b: string }) {
  const [by, setBy] = useState<Period>('month');
  const timeline = useApi<DyadRow[]>(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}${query({ by })}`);
  const events = useDyadEvents(a, b);
  return (
    <section class="dyad-view">
      <header class="view-head">
        <h1>
          {a} – {b}
        </h1>
        <p class="muted">
          Events between {a} and {b}, in both directions.
        </p>
      </header>
      <section aria-label="timeline">
        <div class="row">
          <h2>Timeline</h2>
          <label>
            by{' '}
            <select value={by} onChange={(e) => setBy(e.currentTarget.value as Period)}>
              <option value="day">day</option>
              <option value="week">week</option>
              <option value="month">month</option>
              <option value="year">year</option>
            </select>
          </label>
        </div>
        <Async state={timeline.state} what="the timeline" retry={timeline.reload}>
          {(rows) => (rows.length ? <Timeline rows={rows} /> : <Empty>No events between these two.</Empty>)}
        </Async>
      </section>
      <section aria-label="events">
        <h2>Events</h2>
        <Async state={events.state} what="the events" retry={events.reload}>
          {(list) => (list.length ? <EventTable events={list} /> : <Empty>No events between these two.</Empty>)}
        </Async>
      </section>
    </section>
  );
}

/** The events from a to b and from b to a, in date order. */
function useDyadEvents(a: string, b: string): { state: Remote<StoredEvent[]>; reload: () => void } {
  const [state, setState] = useState<Remote<StoredEvent[]>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    setState({ status: 'loading' });
    const get = (source: string, target: string) => request<StoredEvent[]>(`/api/events${query({ source, target, limit: 10_000 })}`, { signal: abort.signal });
    Promise.all([get(a, b), get(b, a)]).then(
      ([ab, ba]) => {
        const when = (e: StoredEvent) => e.day ?? e.rangeStart ?? '';
        setState({ status: 'ok', data: [...ab, ...ba].sort((x, y) => when(x).localeCompare(when(y)) || x.source.localeCompare(y.source) || x.code.localeCompare(y.code)) });
      },
      (e: unknown) => {
        if (!abort.signal.aborted) setState(failed(e));
      },
    );
    return () => abort.abort();
  }, [a, b, round]);
  return { state, reload: () => setRound((r) => r + 1) };
}

function Timeline({ rows }: { rows: DyadRow[] }) {
  const W = 900;
  const H = 260;
  const left = 40;
  const right = 44;
  const top = 12;
  const bottom = 40;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const slot = plotW / rows.length;
  const barW = Math.min(48, slot * 0.7);
  const x = (i: number) => left + slot * i + slot / 2;
  const yG = (g: number) => top + plotH / 2 - (g / 10) * (plotH / 2);
  const every = Math.ceil(rows.length / 12);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`timeline: ${rows.length} periods`}>
        <line class="axis" x1={left} x2={W - right} y1={top + plotH} y2={top + plotH} />
        <line class="zero" x1={left} x2={W - right} y1={yG(0)} y2={yG(0)} />
        <text class="tick" x={left - 6} y={top + 4} text-anchor="end">
          {max}
        </text>
        <text class="tick" x={left - 6} y={top + plotH} text-anchor="end">
          0
        </text>
        <text class="tick" x={W - right + 6} y={yG(10) + 4}>
          +10
        </text>
        <text class="tick" x={W - right + 6} y={yG(0) + 4}>
          0
        </text>
        <text class="tick" x={W - right + 6} y={yG(-10)}>
          −10
        </text>
        {rows.map((r, i) => {
          let y = top + plotH;
          const quads = [r.quad1, r.quad2, r.quad3, r.quad4];
          return (
            <g key={r.period} class="period">
              <title>{`${r.period}: ${r.events} events (${quads.map((n, q) => `${QUAD_NAMES[q + 1]} ${n}`).join(', ')}); mean Goldstein ${formatGoldstein(r.goldsteinMean)}`}</title>
              {quads.map((n, q) => {
                const h = (n / max) * plotH;
                y -= h;
                return n ? <rect key={QUAD_NAMES[q + 1]} x={x(i) - barW / 2} y={y} width={barW} height={h} fill={QUAD_COLORS[q + 1]} /> : null;
              })}
              {i % every === 0 ? (
                <text class="tick" x={x(i)} y={H - bottom + 16} text-anchor="middle">
                  {r.period}
                </text>
              ) : null}
            </g>
          );
        })}
        <polyline class="goldstein-line" points={rows.map((r, i) => `${x(i)},${yG(r.goldsteinMean)}`).join(' ')} />
        {rows.map((r, i) => (
          <circle key={r.period} class="goldstein-dot" cx={x(i)} cy={yG(r.goldsteinMean)} r={5} fill={goldsteinColor(r.goldsteinMean)} />
        ))}
      </svg>
      <figcaption class="legend">
        {[1, 2, 3, 4].map((q) => (
          <span key={q}>
            <span class="swatch" style={{ background: QUAD_COLORS[q] }} /> {QUAD_NAMES[q]}
          </span>
        ))}
        <span>
          <span class="swatch dot" /> mean Goldstein (right axis)
        </span>
        <span class="muted">periods without events are left out</span>
      </figcaption>
    </figure>
  );
}

export function EventTable({ events }: { events: StoredEvent[] }) {
  return (
    <table class="events">
      <thead>
        <tr>
          <th>Date</th>
          <th>Source</th>
          <th>Target</th>
          <th>CAMEO</th>
          <th>PLOVER</th>
          <th>Quad class</th>
          <th class="num">Goldstein</th>
          <th class="num">Mentions</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} class="event-row" data-event={e.id}>
            <td>{eventWhen(e)}</td>
            <td>
              <code>{e.source}</code>
            </td>
            <td>
              <code>{e.target ?? '—'}</code>
            </td>
            <td>
              <Link href={`/event/${e.id}`} title="open the event: its sentences, rule and confidence">
                {e.code}
              </Link>
            </td>
            <td>{e.plover ?? '—'}</td>
            <td>
              <span class="swatch" style={{ background: QUAD_COLORS[e.quad] }} /> {QUAD_NAMES[e.quad]}
            </td>
            <GoldsteinCell value={e.goldstein} />
            <td class="num">{e.numMentions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
