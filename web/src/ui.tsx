/**
 * @module Shared pieces of the dashboard: fetching with loading and error states, and the blocks
 * that say what is happening (loading, empty, error) so that no view is ever left blank.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, request, setReadToken } from './api';

export type Remote<T> = { status: 'loading' } | { status: 'error'; error: string; code?: number | null } | { status: 'ok'; data: T };

/** A failed request as a Remote error, keeping the HTTP status (401 asks for the read token). */
export const failed = (e: unknown): { status: 'error'; error: string; code: number | null } => ({
  status: 'error',
  error: e instanceof Error ? e.message : String(e),
  code: e instanceof ApiError ? e.status : null,
});

/** GETs `url` (again whenever it changes; not at all when null) and tracks its state; `reload` asks again. */
export function useApi<T>(url: string | null): { state: Remote<T>; reload: () => void } {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const abort = new AbortController();
    setState({ status: 'loading' });
    request<T>(url, { signal: abort.signal }).then(
      (data) => setState({ status: 'ok', data }),
      (e: unknown) => {
        if (!abort.signal.aborted) setState(failed(e));
      },
    );
    return () => abort.abort();
  }, [url, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ message, retry, code }: { message: string; retry?: () => void; code?: number | null }) {
  return (
    <div class="error" role="alert">
      <strong>Something went wrong.</strong> {message}
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
      {code === 401 && retry ? <ReadTokenForm then={retry} /> : null}
    </div>
  );
}

/** For a server that closes reads: asks for its read token, keeps it for this tab and tries again. */
function ReadTokenForm({ then }: { then: () => void }) {
  const [token, setToken] = useState('');
  return (
    <form
      class="read-token"
      onSubmit={(e) => {
        e.preventDefault();
        setReadToken(token);
        then();
      }}
    >
      This server needs a token to read (<code>ENTENTE_READ_TOKEN</code>).{' '}
      <label>
        Read token <input type="password" name="read-token" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit">Use it</button>
    </form>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** Renders a remote value: the loading line, the error with a retry, or `children(data)`. */
export function Async<T>({ state, what, retry, children }: { state: Remote<T>; what: string; retry?: () => void; children: (data: T) => ComponentChildren }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorBox message={state.error} code={state.code ?? null} {...(retry ? { retry } : {})} />;
  return <>{children(state.data)}</>;
}

export const QUAD_NAMES: Record<number, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const QUAD_COLORS: Record<number, string> = { 1: '#7cb87f', 2: '#2e7d32', 3: '#f0964a', 4: '#c62828' };

/** Goldstein (-10 conflict … +10 cooperation) as a colour from red through amber to green. */
export function goldsteinColor(g: number): string {
  const t = Math.max(0, Math.min(1, (g + 10) / 20));
  return `hsl(${Math.round(t * 120)}, 70%, ${Math.round(38 + 6 * Math.sin(t * Math.PI))}%)`;
}

export function formatGoldstein(g: number): string {
  return `${g > 0 ? '+' : ''}${g.toFixed(1)}`;
}

/** A table cell with a Goldstein value, signed and in its colour. */
export function GoldsteinCell({ value }: { value: number }) {
  return (
    <td class="num" style={{ color: goldsteinColor(value) }}>
      {formatGoldstein(value)}
    </td>
  );
}

/** The day of an event, or its date range. */
export function eventWhen(e: { day?: string | null; date?: string | null; rangeStart?: string | null; rangeEnd?: string | null }): string {
  const day = e.day ?? e.date ?? null;
  if (day) return day;
  if (e.rangeStart && e.rangeEnd) return `${e.rangeStart} – ${e.rangeEnd}`;
  return 'undated';
}
