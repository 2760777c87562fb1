/**
 * @module Content hashes for ids: the same content always gives the same id, so re-coding and
 * re-ingesting are idempotent. Pure JavaScript (runs in the browser and in workers).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** First 16 hex digits (64 bits) of SHA-256 over the parts joined by a unit separator. */
export function contentId(...parts: ReadonlyArray<string | number | null>): string {
  return bytesToHex(sha256(utf8ToBytes(parts.map((p) => (p === null ? '\u0000' : String(p))).join('\u001f')))).slice(0, 16);
}
