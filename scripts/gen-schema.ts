// Writes docs/coded-article.schema.json from the zod contract in src/core/schema.ts.
// Run after changing the contract: npm run schema (a test fails while the two differ).
import { writeFileSync } from 'node:fs';
import { codedArticleJsonSchema } from '../src/core/json-schema.js';

writeFileSync(new URL('../docs/coded-article.schema.json', import.meta.url), `${JSON.stringify(codedArticleJsonSchema(), null, 2)}\n`);
console.log('wrote docs/coded-article.schema.json');
