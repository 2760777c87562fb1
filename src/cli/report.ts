/**
 * @module Progress and the final summary of a batch (`entente code`, `entente ingest`): a live line
 * with articles/s and time left on a terminal, a plain line every ten seconds otherwise, nothing
 * with --quiet; then read, coded, skipped and failed (each by reason), events, mentions, seconds.
 */

import type { InputError } from '../core/errors.js';
import type { ArticleCounts } from './coder.js';

export class BatchReport {
  private readonly started = Date.now();
  private lastShown = Date.now();
  read = 0;
  coded = 0;
  events = 0;
  mentions = 0;
  private chars = 0;
  readonly skipped = new Map<string, number>();
  readonly failed = new Map<string, number>();

  constructor(
    private readonly write: (s: string) => void,
    private readonly mode: 'tty' | 'plain' | 'quiet',
    /** Bytes of input expected in all, for time left (0 when unknown, as for stdin). */
    private readonly totalBytes: number,
  ) {}

  /** The reason a failure or skip is counted under: its message without the file's own numbers. */
  private static reason(e: InputError): string {
    return e.message
      .replace(/\d+(\.\d+)?/g, 'N')
      .replace(/"[^"]*"/g, '…')
      .slice(0, 80);
  }

  noteCoded(a: ArticleCounts): void {
    this.read++;
    this.coded++;
    this.events += a.events;
    this.mentions += a.mentions;
    this.chars += a.chars;
    this.tick();
  }

  noteFailed(e: InputError, skipped = false): void {
    this.read++;
    const map = skipped ? this.skipped : this.failed;
    const lang = /^language (\w+)/.exec(e.message);
    const r = skipped && lang ? `language ${lang[1]}` : BatchReport.reason(e);
    map.set(r, (map.get(r) ?? 0) + 1);
    this.tick();
  }

  get failures(): number {
    return [...this.failed.values()].reduce((a, b) => a + b, 0);
  }

  private tick(): void {
    if (this.mode === 'quiet') return;
    const now = Date.now();
    if (now - this.lastShown < (this.mode === 'tty' ? 250 : 10_000)) return;
    this.lastShown = now;
    const seconds = (now - this.started) / 1000;
    const rate = this.read / Math.max(seconds, 0.001);
    let left = '';
    if (this.totalBytes > 0 && this.chars > 0) {
      const fraction = Math.min(1, this.chars / this.totalBytes);
      const remaining = (seconds / fraction) * (1 - fraction);
      left = `, ${Math.round(fraction * 100)}%, about ${remaining < 90 ? `${Math.ceil(remaining)} s` : `${Math.ceil(remaining / 60)} min`} left`;
    }
    const line = `entente: ${this.read} article(s), ${rate.toFixed(0)}/s, ${this.events} event(s)${left}`;
    this.write(this.mode === 'tty' ? `\r${line.padEnd(100)}` : `${line}\n`);
  }

  /** The closing summary (always printed unless quiet and nothing went wrong). */
  summary(extra = ''): string {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const by = (m: Map<string, number>) => [...m].map(([r, n]) => `${n} ${r}`).join('; ');
    const lines = [
      `${this.mode === 'tty' ? '\r'.padEnd(101) + '\r' : ''}entente: read ${this.read}, coded ${this.coded}, skipped ${[...this.skipped.values()].reduce((a, b) => a + b, 0)}, failed ${this.failures}; ${this.events} event(s), ${this.mentions} actor mention(s); ${seconds} s${extra}`,
    ];
    if (this.skipped.size) lines.push(`entente: skipped: ${by(this.skipped)}`);
    if (this.failed.size) lines.push(`entente: failed: ${by(this.failed)}`);
    return `${lines.join('\n')}\n`;
  }
}
