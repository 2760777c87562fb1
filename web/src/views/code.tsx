/**
 * @module "Code an article": paste a text and its date, see its entities, quotations and events at
 * once (POST /api/code stores nothing); then, with the server's token, store it (POST /api/articles).
 */
import { useState } from 'preact/hooks';
import { AnnotatedArticle, fromCoded } from '../annotated';
import { type CodedArticle, request, type StoreResult } from '../api';
import { Link } from '../router';
import { ErrorBox, Loading } from '../ui';

type Run<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: string } | { status: 'ok'; data: T };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const today = () => new Date().toISOString().slice(0, 10);
const TOKEN_KEY = 'entente-token';

export function CodeView() {
  const [text, setText] = useState('');
  const [date, setDate] = useState(today);
  const [title, setTitle] = useState('');
  const [coded, setCoded] = useState<Run<CodedArticle>>({ status: 'idle' });
  const [stored, setStored] = useState<Run<StoreResult>>({ status: 'idle' });
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const body = () => JSON.stringify({ date, text, ...(title.trim() ? { title: title.trim() } : {}) });

  const code = async (e: Event) => {
    e.preventDefault();
    setCoded({ status: 'loading' });
    setStored({ status: 'idle' });
    try {
      setCoded({ status: 'ok', data: await request<CodedArticle>('/api/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() }) });
    } catch (err) {
      setCoded({ status: 'error', error: (err as Error).message });
    }
  };
  const store = async () => {
    setStored({ status: 'loading' });
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      setStored({ status: 'ok', data: await request<StoreResult>('/api/articles', { method: 'POST', headers, body: body() }) });
    } catch (err) {
      setStored({ status: 'error', error: (err as Error).message });
    }
  };

  return (
    <section class="code-view">
      <header class="view-head">
        <h1>Code an article</h1>
        <p class="muted">Paste an English news article and the day it was published. Nothing is stored until you ask.</p>
      </header>
      <form class="code-form" onSubmit={code}>
        <div class="row">
          <label>
            Date <input type="date" name="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <label class="grow">
            Title (optional) <input type="text" name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
        </div>
        <label>
          Text
          <textarea
            name="text"
            rows={10}
            required
            placeholder="e.g. Japan and the Philippines signed a defence pact on Tuesday. …"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={coded.status === 'loading' || !text.trim()}>
          Code it
        </button>
      </form>
      {coded.status === 'loading' ? <Loading what="the coded article" /> : null}
      {coded.status === 'error' ? <ErrorBox message={coded.error} /> : null}
      {coded.status === 'ok' ? (
        <div class="coded" data-testid="coded">
          <p class="summary">
            Found {plural(coded.data.entities.length, 'entity', 'entities')}, {plural(coded.data.quotes.length, 'quotation')} and {plural(coded.data.events.length, 'event')}.
          </p>
          <AnnotatedArticle article={fromCoded(coded.data)} />
          <fieldset class="store">
            <legend>Store it</legend>
            <p class="muted">
              Writing to the store needs the server’s bearer token (<code>ENTENTE_TOKEN</code>). It is kept in this tab only.
            </p>
            <label>
              Token <input type="password" name="token" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
            </label>
            <button type="button" onClick={store} disabled={stored.status === 'loading'}>
              Store the article
            </button>
            {stored.status === 'loading' ? <Loading what="the answer" /> : null}
            {stored.status === 'error' ? <ErrorBox message={stored.error} /> : null}
            {stored.status === 'ok' ? (
              <p class="ok" role="status">
                Stored: {stored.data.added ? 'new article' : stored.data.replaced ? 'replaced the earlier version' : 'already there, unchanged'} with {stored.data.eventMentions}{' '}
                event mention{stored.data.eventMentions === 1 ? '' : 's'}. <Link href={`/article/${encodeURIComponent(stored.data.id)}`}>Open it</Link>
              </p>
            ) : null}
          </fieldset>
        </div>
      ) : null}
    </section>
  );
}
