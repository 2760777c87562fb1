/** @module The CLI's connection to the outside, injectable so commands can be tested in process. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Standard input as a stream of chunks (read as it arrives). */
  stdin(): AsyncIterable<Buffer | string>;
  /** Whether stderr is a terminal (a live progress line) or not (plain periodic lines). */
  readonly isTTY?: boolean;
}
