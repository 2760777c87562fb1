/** @module The CLI's connection to the outside, injectable so commands can be tested in process. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin(): Promise<Buffer>;
  /** Whether stderr is a terminal (a live progress line) or not (plain periodic lines). */
  readonly isTTY?: boolean;
}
