/**
 * @module The relations network: countries (and international organisations) as nodes, one edge
 * per pair that acted on each other in the time window, coloured by mean Goldstein (conflict red,
 * cooperation green) and as thick as its event count. The window is chosen by month with two
 * sliders; clicking an edge opens the dyad view, clicking a node the actor view.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { useMemo, useRef, useState } from 'preact/hooks';
import { type Graph, type GraphEdge, query, type Stats } from '../api';
import { navigate } from '../router';
import { Async, Empty, formatGoldstein, GoldsteinCell, goldsteinColor, QUAD_COLORS, QUAD_NAMES, useApi } from '../ui';

/** One undirected pair: both directions' counts added, Goldstein averaged over all their events. */
export interface Pair {
  a: string;
  b: string;
  events: number;
  quads: [number, number, number, number];
  goldsteinMean: number;
}

export function pairsOf(edges: readonly GraphEdge[]): Pair[] {
  const byKey = new Map<string, Pair & { gsum: number; heavier: number }>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join(' ');
    let p = byKey.get(key);
    if (!p) {
      p = { a: e.source, b: e.target, events: 0, quads: [0, 0, 0, 0], goldsteinMean: 0, gsum: 0, heavier: e.events };
      byKey.set(key, p);
    } else if (e.events > p.heavier) {
      // name the pair in the direction with more events
      p.a = e.source;
      p.b = e.target;
      p.heavier = e.events;
    }
    p.events += e.events;
    p.gsum += e.goldsteinMean * e.events;
    p.quads = [p.quads[0] + e.quad1, p.quads[1] + e.quad2, p.quads[2] + e.quad3, p.quads[3] + e.quad4];
  }
  return [...byKey.values()]
    .map(({ gsum, heavier: _, ...p }) => ({ ...p, goldsteinMean: p.events ? gsum / p.events : 0 }))
    .sort((x, y) => y.events - x.events || x.a.localeCompare(y.a));
}

/** The months from the first day to the last, as YYYY-MM. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function NetworkView() {
  const stats = useApi<Stats>('/api/stats');
  return (
    <Async state={stats.state} what="the store's statistics" retry={stats.reload}>
      {(s) =>
        s.firstEventDay && s.lastEventDay ? (
          // the window spans the events' days, which can lie before or after their articles'
          <Network months={monthsBetween(s.firstEventDay, s.lastEventDay)} stats={s} />
        ) : s.articles ? (
          <Empty>The store's {s.articles} articles hold no events yet, so there are no relations to draw.</Empty>
        ) : (
          <Empty>
            The store holds no articles yet. Ingest some with <code>entente ingest examples</code> (or paste one under “Code an article” and store it), then reload.
          </Empty>
        )
      }
    </Async>
  );
}

function Network({ months, stats }: { months: string[]; stats: Stats }) {
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(months.length - 1);
  const [level, setLevel] = useState<'country' | 'sector'>('country');
  const since = `${months[from]}-01`;
  const until = lastDayOf(months[to] as string);
  const graph = useApi<Graph>(`/api/graph${query({ since, until, level: level === 'sector' ? 'sector' : null })}`);
  return (
    <section class="network-view">
      <header class="view-head">
        <h1>Relations between {level === 'sector' ? 'actors' : 'countries'}</h1>
        <p class="muted">
          {stats.articles} articles from {stats.firstDay} to {stats.lastDay} · {stats.events} events from {stats.firstEventDay} to {stats.lastEventDay}
        </p>
      </header>
      <fieldset class="window">
        <legend>Time window</legend>
        <label>
          From <strong data-testid="window-from">{months[from]}</strong>
          <input
            type="range"
            aria-label="window start"
            min={0}
            max={months.length - 1}
            value={from}
            onInput={(e) => {
              const v = Number(e.currentTarget.value);
              setFrom(v);
              if (v > to) setTo(v);
            }}
          />
        </label>
        <label>
          to <strong data-testid="window-to">{months[to]}</strong>
          <input
            type="range"
            aria-label="window end"
            min={0}
            max={months.length - 1}
            value={to}
            onInput={(e) => {
              const v = Number(e.currentTarget.value);
              setTo(v);
              if (v < from) setFrom(v);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setFrom(0);
            setTo(months.length - 1);
          }}
        >
          Everything
        </button>
        <label>
          Nodes{' '}
          <select name="level" value={level} onChange={(e) => setLevel(e.currentTarget.value === 'sector' ? 'sector' : 'country')}>
            <option value="country">countries</option>
            <option value="sector">actors with sectors</option>
          </select>
        </label>
      </fieldset>
      <Async state={graph.state} what="the relations graph" retry={graph.reload}>
        {(g) =>
          g.edges.length ? (
            <>
              <NetworkChart graph={g} />
              <GoldsteinLegend />
              <PairTable pairs={pairsOf(g.edges)} />
            </>
          ) : (
            <Empty>
              No events between two actors from {since} to {until}. Widen the time window.
            </Empty>
          )
        }
      </Async>
    </section>
  );
}

interface Node extends SimulationNodeDatum {
  id: string;
  events: number;
}
type Link = SimulationLinkDatum<Node> & { pair: Pair };

const W = 1000;
const H = 480;
const radius = (events: number) => 7 + Math.sqrt(events) * 3;

function NetworkChart({ graph }: { graph: Graph }) {
  // where nodes were in the previous window, so that moving the slider does not reshuffle the picture
  const placed = useRef(new Map<string, { x: number; y: number }>());
  const layout = useMemo(() => {
    const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, events: n.events, ...(placed.current.get(n.id) ?? {}) }));
    const pairs = pairsOf(graph.edges);
    const links: Link[] = pairs.map((p) => ({ source: p.a, target: p.b, pair: p }));
    const sim = forceSimulation(nodes)
      .force(
        'link',
        forceLink<Node, Link>(links)
          .id((n) => n.id)
          .distance(90),
      )
      .force('charge', forceManyBody().strength(-260))
      .force('x', forceX(W / 2).strength(0.06))
      .force('y', forceY(H / 2).strength(0.09))
      .force(
        'collide',
        forceCollide<Node>((n) => radius(n.events) + 16),
      )
      .stop();
    sim.tick(300);
    for (const n of nodes) {
      n.x = Math.max(40, Math.min(W - 40, n.x ?? W / 2));
      n.y = Math.max(30, Math.min(H - 30, n.y ?? H / 2));
      placed.current.set(n.id, { x: n.x, y: n.y });
    }
    return { nodes, links };
  }, [graph]);
  const maxEvents = Math.max(1, ...layout.links.map((l) => l.pair.events));
  const width = (n: number) => 1.5 + 8 * Math.sqrt(n / maxEvents);
  const open = (p: Pair) => navigate(`/dyad/${p.a}/${p.b}`);
  return (
    <svg class="network" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`relations network: ${layout.nodes.length} actors, ${layout.links.length} pairs`}>
      <g class="edges">
        {layout.links.map((l) => {
          const s = l.source as Node;
          const t = l.target as Node;
          const p = l.pair;
          const label = `${p.a} – ${p.b}: ${p.events} event${p.events === 1 ? '' : 's'}, mean Goldstein ${formatGoldstein(p.goldsteinMean)}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is made keyboard-usable below
            <g
              key={`${p.a} ${p.b}`}
              class="edge"
              data-pair={[p.a, p.b].sort().join(' ')}
              role="button"
              tabIndex={0}
              aria-label={label}
              onClick={() => open(p)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open(p);
                }
              }}
            >
              <title>{label}</title>
              <line class="edge-hit" x1={s.x} y1={s.y} x2={t.x} y2={t.y} stroke-width={Math.max(14, width(p.events) + 8)} />
              <line class="edge-line" x1={s.x} y1={s.y} x2={t.x} y2={t.y} stroke={goldsteinColor(p.goldsteinMean)} stroke-width={width(p.events)} />
            </g>
          );
        })}
      </g>
      <g class="nodes">
        {layout.nodes.map((n) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is made keyboard-usable here
          <g
            key={n.id}
            class="node"
            data-actor={n.id}
            transform={`translate(${n.x} ${n.y})`}
            role="button"
            tabIndex={0}
            aria-label={`${n.id}: ${n.events} event${n.events === 1 ? '' : 's'} in the window; open its relations`}
            onClick={() => navigate(`/actor/${n.id}`)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                navigate(`/actor/${n.id}`);
              }
            }}
          >
            <title>{`${n.id}: ${n.events} event${n.events === 1 ? '' : 's'} in the window (click for its relations)`}</title>
            <circle r={radius(n.events)} />
            <text y={radius(n.events) + 13}>{n.id}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}

function GoldsteinLegend() {
  const stops = [-10, -5, 0, 5, 10];
  return (
    <div class="gradient-legend">
      <span>Edge colour, mean Goldstein:</span>
      <span>conflict −10</span>
      <svg viewBox="0 0 200 12" width="200" height="12" aria-hidden="true">
        <defs>
          <linearGradient id="goldstein-gradient">
            {stops.map((g) => (
              <stop key={g} offset={`${((g + 10) / 20) * 100}%`} stop-color={goldsteinColor(g)} />
            ))}
          </linearGradient>
        </defs>
        <rect width="200" height="12" rx="3" fill="url(#goldstein-gradient)" />
      </svg>
      <span>+10 cooperation</span>
      <span class="muted"> · edge width: number of events · click an edge (or a row below) for the dyad, a node for the actor</span>
    </div>
  );
}

function PairTable({ pairs }: { pairs: Pair[] }) {
  return (
    <table class="pairs">
      <caption>Pairs in the window, most active first</caption>
      <thead>
        <tr>
          <th>Dyad</th>
          <th class="num">Events</th>
          <th>By quad class</th>
          <th class="num">Mean Goldstein</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.a} ${p.b}`}>
            <td>
              <a
                href={`/dyad/${p.a}/${p.b}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/dyad/${p.a}/${p.b}`);
                }}
              >
                {p.a} – {p.b}
              </a>
            </td>
            <td class="num">{p.events}</td>
            <td>
              <QuadBar quads={p.quads} />
            </td>
            <GoldsteinCell value={p.goldsteinMean} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function QuadBar({ quads }: { quads: readonly number[] }) {
  const total = quads.reduce((a, b) => a + b, 0) || 1;
  return (
    <span class="quadbar" title={quads.map((n, i) => `${QUAD_NAMES[i + 1]}: ${n}`).join('\n')}>
      {quads.map((n, i) => (n ? <span key={QUAD_NAMES[i + 1]} style={{ width: `${(n / total) * 100}%`, background: QUAD_COLORS[i + 1] }} /> : null))}
    </span>
  );
}
