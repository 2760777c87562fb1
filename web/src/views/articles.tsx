/**
 * @module The articles list with full-text search (every word, case-insensitive, by the API's
 * /api/articles?q=), newest first.
 */
import { useState } from 'preact/hooks';
import { type ArticleSummary, query } from '../api';
import { Link, navigate } from '../router';
import { Async, Empty, useApi } from '../ui';

export function ArticlesView({ q }: { q: string }) {
  const [draft, setDraft] = useState(q);
  const list = useApi<ArticleSummary[]>(`/api/articles${query({ q, limit: 200 })}`);
  return (
    <section class="articles-view">
      <header class="view-head">
        <h1>Articles</h1>
      </header>
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/articles${query({ q: draft.trim() })}`);
        }}
      >
        <input
          type="search"
          name="q"
          aria-label="search the articles"
          placeholder="words to find in the text, e.g. Landau Bolivia"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
      <Async state={list.state} what="the articles" retry={list.reload}>
        {(articles) =>
          articles.length ? (
            <ul class="article-list">
              {articles.map((a) => (
                <li key={a.id}>
                  <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title ?? a.snippet.split('\n')[0]?.slice(0, 120)}</Link>
                  <div class="muted">
                    {a.date} · {a.events} event mention{a.events === 1 ? '' : 's'} · {a.quotes} quotation{a.quotes === 1 ? '' : 's'}
                    {a.outlet ? ` · ${a.outlet}` : ''}
                  </div>
                  <p class="snippet">{a.snippet}…</p>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>{q ? `No article contains every word of “${q}”.` : 'The store holds no articles yet.'}</Empty>
          )
        }
      </Async>
    </section>
  );
}
