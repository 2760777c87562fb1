#!/usr/bin/env node
// One-off maintainer script: transcribes the CAMEO codebook facts (codes, names, Goldstein values,
// quad classes) and the CAMEO->PLOVER crosswalk from the reference data in ../shared/data/cameo into
// data/cameo-codes.yaml, the project's own format. Not run by the build; the product never reads
// ../shared. Run it again only when the reference data changes:  node scripts/import-cameo.mjs
import fs from 'node:fs';

const base = new URL('../../shared/data/cameo/', import.meta.url);
const codes = JSON.parse(fs.readFileSync(new URL('event-codes.json', base), 'utf8'));
const plover = JSON.parse(fs.readFileSync(new URL('plover.json', base), 'utf8'));
const cross = new Map();
for (const r of plover.cameo_to_plover) if (!cross.has(r.cameo)) cross.set(r.cameo, r);
const roots = new Map(plover.cameo_root_to_plover.map((r) => [r.cameo, r.plover]));
const q = (s) => JSON.stringify(s);
const out = [
  '# CAMEO event codes: name, Goldstein value, GDELT quad class and PLOVER type/mode.',
  '# Facts transcribed by scripts/import-cameo.mjs from the CAMEO codebook as released with ICEWS (names),',
  "# GDELT's CAMEO.goldsteinscale.txt (Goldstein values), GDELT QuadClass (quad) and the Open Event Data",
  '# Alliance PLOVER crosswalk CAMEO2PLOVER-2021.txt (plover, mode; CC BY-SA 4.0, "Open Event Data Alliance, PLOVER").',
  '# CAMEO 01x has no PLOVER type (PLOVER has no statement category). CAMEO 02x (appeals) is REQUEST: the',
  '# PLOVER manual defines REQUEST as "all requests, demands, and orders", though the 2021 crosswalk file',
  "# lists 02 as dropped. A code without its own crosswalk row takes its parent's. Edit with care: verb",
  '# patterns may only use codes listed here.',
  'codes:',
];
const byCode = new Map(codes.map((c) => [c.code, c]));
for (const c of codes) {
  let p = cross.get(c.code);
  for (let k = c; !p && k && k.parent; k = byCode.get(k.parent)) p = cross.get(k.parent);
  let type = p ? p.plover_event : null;
  if (!type && c.level === 1) {
    const r = roots.get(c.code);
    type = r && r !== 'dropped' && /^[A-Z]+$/.test(r) && r !== 'FIGHT' ? r : null;
  }
  if (!type && c.root === '20') type = 'ASSAULT';
  // PLOVER has no statement category (01 stays without a type); its REQUEST covers "all requests,
  // demands, and orders" (manual), so CAMEO's appeals (02) are REQUEST, though the 2021 crosswalk
  // file still lists them as dropped
  if (c.root === '01') type = null;
  if (c.root === '02') type = 'REQUEST';
  const fields = [`name: ${q(c.name)}`, `goldstein: ${c.goldstein}`, `quad: ${c.quad}`];
  if (type) fields.push(`plover: ${type}`);
  if (p?.mode) fields.push(`mode: ${q(p.mode)}`);
  if (type && p?.contexts?.length) fields.push(`contexts: [${p.contexts.join(', ')}]`);
  out.push(`  ${q(c.code)}: { ${fields.join(', ')} }`);
}
fs.writeFileSync(new URL('../data/cameo-codes.yaml', import.meta.url), out.join('\n') + '\n');
console.log(`wrote ${codes.length} codes`);
