/**
 * @module The article view: a stored article's text with its entities, quotations (and their
 * speakers) and events highlighted, and the lists of each. `?mention=ID` marks that event's sentence.
 */
import { AnnotatedArticle, fromStored } from '../annotated';
import type { StoredArticle } from '../api';
import { Async, useApi } from '../ui';

export function ArticleView({ id, mention }: { id: string; mention: string | null }) {
  const article = useApi<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  return (
    <Async state={article.state} what="the article" retry={article.reload}>
      {(a) => {
        const annotations = fromStored(a);
        const focused = mention ? annotations.events.find((e) => e.id === mention) : undefined;
        return (
          <section class="article-view">
            <header class="view-head">
              <h1>{a.title ?? `Article ${a.id}`}</h1>
              <p class="muted">
                {a.date}
                {a.outlet ? ` · ${a.outlet}` : ''}
                {a.url ? (
                  <>
                    {' · '}
                    <a href={a.url} rel="noreferrer noopener" target="_blank">
                      {a.url}
                    </a>
                  </>
                ) : null}{' '}
                · id <code>{a.id}</code>
              </p>
            </header>
            <AnnotatedArticle article={annotations} focus={focused?.sentence ?? null} eventHref={(mid) => `/event/${encodeURIComponent(mid)}`} />
          </section>
        );
      }}
    </Async>
  );
}
