// The paragraphs of the bundled example articles (examples/*.txt, date header removed), in file
// order: the material that bench/run.mjs, bench/stream-memory.mjs and the long-run tests
// recombine into synthetic articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} root the project folder @returns {string[]} */
export function exampleParagraphs(root) {
  const dir = path.join(root, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .replace(/^\s*date\s+\S+\s*/, '')
        .split(/\n\s*\n/),
    )
    .filter((p) => p.trim());
}
