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
  const words = q.split(/\s+/).filter(Boolean);
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
                  <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title ?? opening(a.snippet)}</Link>
                  <div class="muted">
                    {a.date} · {a.events} event mention{a.events === 1 ? '' : 's'} · {a.quotes} quotation{a.quotes === 1 ? '' : 's'}
                    {a.outlet ? ` · ${a.outlet}` : ''}
                  </div>
                  <p class="snippet">
                    <Marked text={a.snippet} words={words} />…
                  </p>
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

/** The first words of an untitled article, cut at a word boundary. */
function opening(text: string, max = 90): string {
  const line = text.split('\n')[0] ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** `text` with the searched words marked (case-insensitive, as the search matches them). */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  if (!words.length) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return <>{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</>;
}
