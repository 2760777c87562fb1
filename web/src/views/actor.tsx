/**
 * @module The actor view (a node of the network clicked): everyone the actor acted on or was acted on
 * by — events each way and the mean Goldstein of the pair, linking to the dyad — its events, and a
 * link to the quotations of its speakers. Country-level codes (USA, IGOUNO) take in all their sectors.
 */
import { type Graph, type GraphEdge, query, type StoredEvent } from '../api';
import { Link } from '../router';
import { Async, Empty, GoldsteinCell, useApi } from '../ui';
import { EventTable } from './dyad';

/** The graph level a code belongs to: a country or international body (USA, IGOUNO) or an actor with its sector (USAGOV). */
export function levelOf(code: string): 'country' | 'sector' {
  return code.length === 3 || (/^(IGO|NGO|IMG)/.test(code) && code.length === 6) ? 'country' : 'sector';
}

/** One partner of the actor: events from the actor to it and from it to the actor, and their mean Goldstein. */
export interface Partner {
  partner: string;
  out: number;
  in: number;
  goldsteinMean: number;
}

export function partnersOf(code: string, edges: readonly GraphEdge[]): Partner[] {
  const by = new Map<string, Partner & { gsum: number }>();
  for (const e of edges) {
    if (e.source !== code && e.target !== code) continue;
    const other = e.source === code ? e.target : e.source;
    if (other === code) continue;
    const p = by.get(other) ?? { partner: other, out: 0, in: 0, goldsteinMean: 0, gsum: 0 };
    if (e.source === code) p.out += e.events;
    else p.in += e.events;
    p.gsum += e.goldsteinMean * e.events;
    by.set(other, p);
  }
  return [...by.values()]
    .map(({ gsum, ...p }) => ({ ...p, goldsteinMean: gsum / Math.max(1, p.out + p.in) }))
    .sort((a, b) => b.out + b.in - (a.out + a.in) || a.partner.localeCompare(b.partner));
}

export function ActorView({ code }: { code: string }) {
  const level = levelOf(code);
  // only this actor's relations, not the store's whole graph
  const graph = useApi<Graph>(`/api/graph${query({ level: level === 'sector' ? 'sector' : null, actor: code })}`);
  const events = useApi<StoredEvent[]>(`/api/events${query({ actor: code, limit: 500 })}`);
  return (
    <section class="actor-view">
      <header class="view-head">
        <h1>{code}</h1>
        <p class="muted">
          {level === 'country' ? 'Every actor of this country or body, all sectors together' : 'This actor with its sector'}, over the whole store ·{' '}
          <Link href={`/quotes${query({ actor: code })}`}>quotations of its speakers</Link>
        </p>
      </header>
      <section aria-label="partners">
        <h2>Relations</h2>
        <Async state={graph.state} what="the relations" retry={graph.reload}>
          {(g) => {
            const partners = partnersOf(code, g.edges);
            return partners.length ? <PartnerTable code={code} partners={partners} /> : <Empty>{code} acted on no one and no one on it in the store.</Empty>;
          }}
        </Async>
      </section>
      <section aria-label="events">
        <h2>Events</h2>
        <Async state={events.state} what="the events" retry={events.reload}>
          {(list) =>
            list.length ? (
              <>
                {list.length === 500 ? <p class="muted">The latest 500 events.</p> : null}
                <EventTable events={list} />
              </>
            ) : (
              <Empty>No events of {code} in the store.</Empty>
            )
          }
        </Async>
      </section>
    </section>
  );
}

function PartnerTable({ code, partners }: { code: string; partners: Partner[] }) {
  return (
    <table class="partners">
      <thead>
        <tr>
          <th>With</th>
          <th class="num">{code} → them</th>
          <th class="num">them → {code}</th>
          <th class="num">Mean Goldstein</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.partner} class="partner-row" data-partner={p.partner}>
            <td>
              <Link href={`/dyad/${code}/${p.partner}`}>
                {code} – {p.partner}
              </Link>{' '}
              <Link href={`/actor/${p.partner}`} title={`open ${p.partner}`}>
                ({p.partner})
              </Link>
            </td>
            <td class="num">{p.out}</td>
            <td class="num">{p.in}</td>
            <GoldsteinCell value={p.goldsteinMean} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
