/** @module The CLI's connection to the outside, injectable so commands can be tested in process. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin(): Promise<Buffer>;
}
