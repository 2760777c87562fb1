/**
 * @module The Entente dashboard: a single-page app over the HTTP API (it talks to /api only).
 * Pages: / relations network, /actor/CODE, /dyad/A/B, /event/ID, /article/ID, /articles (search), /quotes, /code.
 */
import { render } from 'preact';
import { Link, useLocation } from './router';
import './style.css';
import { Empty } from './ui';
import { ActorView } from './views/actor';
import { ArticleView } from './views/article';
import { ArticlesView } from './views/articles';
import { CodeView } from './views/code';
import { DyadView } from './views/dyad';
import { EventView } from './views/event';
import { NetworkView } from './views/network';
import { QuotesView } from './views/quotes';

const NAV: Array<[string, string]> = [
  ['/', 'Network'],
  ['/articles', 'Articles'],
  ['/quotes', 'Quotations'],
  ['/code', 'Code an article'],
];

function Page({ path, params }: { path: string; params: URLSearchParams }) {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [page, a, b] = parts;
  if (!page) return <NetworkView />;
  if (page === 'dyad' && a && b && parts.length === 3) return <DyadView key={`${a} ${b}`} a={a.toUpperCase()} b={b.toUpperCase()} />;
  if (page === 'actor' && a && parts.length === 2) return <ActorView key={a} code={a.toUpperCase()} />;
  if (page === 'event' && a && parts.length === 2) return <EventView key={a} id={a} />;
  if (page === 'article' && a && parts.length === 2) return <ArticleView key={a} id={a} mention={params.get('mention')} />;
  if (page === 'articles' && parts.length === 1) return <ArticlesView key={params.get('q') ?? ''} q={params.get('q') ?? ''} />;
  if (page === 'quotes' && parts.length === 1) {
    const speaker = params.get('speaker') ?? '';
    const actor = params.get('actor') ?? '';
    return <QuotesView key={`${speaker}|${actor}`} speaker={speaker} actor={actor} />;
  }
  if (page === 'code' && parts.length === 1) return <CodeView />;
  return (
    <Empty>
      There is no page {path}. <Link href="/">Back to the network</Link>.
    </Empty>
  );
}

function App() {
  const { path, params } = useLocation();
  const section = `/${path.split('/')[1] ?? ''}`;
  const active = (href: string) =>
    href === '/' ? ['/', '/actor', '/dyad', '/event'].includes(section) : href === '/articles' ? ['/articles', '/article'].includes(section) : section === href;
  return (
    <>
      <header class="top">
        <Link href="/" class="brand">
          Entente
        </Link>
        <nav aria-label="main">
          {NAV.map(([href, name]) => (
            <Link key={href} href={href} class={active(href) ? 'active' : ''} aria-current={active(href) ? 'page' : undefined}>
              {name}
            </Link>
          ))}
        </nav>
        <a class="api-link" href="/api/openapi.json">
          API
        </a>
      </header>
      <main>
        <Page path={path} params={params} />
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (!root) throw new Error('the page has no #app element');
root.textContent = '';
render(<App />, root);
