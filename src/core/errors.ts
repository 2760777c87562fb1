/**
 * @module Typed errors for misuse and broken infrastructure. Problems inside an article's text are
 * messages on the article, not errors. The CLI and the API turn these into exit codes and statuses
 * in one place each.
 */

/** Base class: every error we throw says what went wrong and what to do about it. */
export class EntenteError extends Error {
  override readonly name: string = 'EntenteError';
  /** What the user can do about it, when we know. */
  readonly hint: string | null;
  constructor(message: string, hint: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.hint = hint;
  }
}

/** An input that cannot be read as an article: names the file, the line or field, and the fix. */
export class InputError extends EntenteError {
  override readonly name = 'InputError';
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  constructor(message: string, where: { file: string; line?: number | null; field?: string | null }, hint: string | null = null, options?: { cause?: unknown }) {
    super(message, hint, options);
    this.file = where.file;
    this.line = where.line ?? null;
    this.field = where.field ?? null;
  }

  /** `file:line: field: message (hint)` — the form every failure takes on stderr. */
  describe(): string {
    const at = this.line === null ? this.file : `${this.file}:${this.line}`;
    const field = this.field ? `${this.field}: ` : '';
    return `${at}: ${field}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** The command line was used wrongly (unknown option, missing argument): exit code 2. */
export class UsageError extends EntenteError {
  override readonly name = 'UsageError';
}

/** A dictionary file that cannot be loaded or compiled: names the file and line. */
export class DictionaryError extends EntenteError {
  override readonly name = 'DictionaryError';
  readonly file: string;
  readonly line: number | null;
  constructor(message: string, where: { file: string; line?: number | null }, hint: string | null = null) {
    super(message, hint);
    this.file = where.file;
    this.line = where.line ?? null;
  }
  describe(): string {
    return `${this.line === null ? this.file : `${this.file}:${this.line}`}: ${this.message}${this.hint ? ` (${this.hint})` : ''}`;
  }
}

/** The store cannot be opened, migrated or written: names the store and what to do. */
export class StoreError extends EntenteError {
  override readonly name = 'StoreError';
}
