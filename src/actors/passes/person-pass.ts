/**
 * @module Pass 4: people. (a) A title and a name — "[U.S.] Deputy Secretary of State Christopher
 * Landau", "former Presidents Evo Morales and Luis Arce", "President Paz": the title is kept as
 * the role, the country comes from the word before the title, else from the dictionary person the
 * name identifies (a person holding that title on the article date is preferred). (b) An honorific
 * and a name ("Mr Colville"). (c) Two to four capitalised words that wink tags as proper nouns and
 * no dictionary claims ("Christian K. Caruzo").
 */
import type { Token } from '../../core/types.js';
import { roleOn, withSector } from '../../dictionaries/compile.js';
import type { PersonEntry } from '../../dictionaries/types.js';
import { isCommonWord } from '../../nlp/vocabulary.js';
import { type ActorContext, isCapitalised, isNameWord, isPossessive, NOT_NAMES, type WorkEntity } from '../context.js';
import { isFormer, personActor } from './named-pass.js';

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|sheikh|prof)\.?$/i;
const PARTICLE = new Set(['bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'al', 'el', 'abu', 'le', 'dos']);

/** End of a name starting at `j`: up to four name words (particles inside), none claimed or a title. */
function nameEnd(ctx: ActorContext, j: number, limit: number): number {
  const { tokens, lexicon } = ctx;
  let end = j;
  while (end < limit && end - j < 5 && !ctx.at[end]) {
    const t = tokens[end] as Token;
    if (isNameWord(t) && !NOT_NAMES.has(t.norm) && !lexicon.agents.match(tokens, end, end + 1)?.value.title && !lexicon.orgWords.match(tokens, end, end + 1)) end++;
    else if (end > j && PARTICLE.has(t.norm) && isNameWord(tokens[end + 1])) end++;
    else break;
  }
  // a name does not end on a particle or an initial
  while (end > j && (PARTICLE.has((tokens[end - 1] as Token).norm) || /^\p{Lu}\.$/u.test((tokens[end - 1] as Token).text))) end--;
  return end;
}

/** Dictionary people whose name ends with these words (or is them), holding `title` on `day` first. */
export function findPerson(ctx: ActorContext, words: readonly string[], title: string | null): PersonEntry | null {
  const candidates = (ctx.lexicon.peopleByWord.get(words[words.length - 1] as string) ?? []).filter((p) =>
    [p.name, ...p.aliases].some((n) => {
      const w = n.split(/\s+/);
      return w.slice(-words.length).join(' ') === words.join(' ');
    }),
  );
  // a middle initial the dictionary does not write: "Vladimir V. Putin", "Paul D. Ryan"
  if (!candidates.length && words.length > 2) {
    const bare = words.filter((w, k) => k === 0 || k === words.length - 1 || !/^\p{Lu}\.$/u.test(w));
    if (bare.length < words.length) return findPerson(ctx, bare, title);
  }
  // a leading common word no title list holds: "Speaker Paul Ryan"
  if (!candidates.length && words.length > 2 && isCommonWord(words[0] as string)) return findPerson(ctx, words.slice(1), title);
  if (candidates.length <= 1) return candidates[0] ?? null;
  const t = title?.toLowerCase() ?? null;
  const active = candidates.filter((p) => roleOn(p, ctx.date) && (!t || (roleOn(p, ctx.date)?.role.toLowerCase() ?? '').includes(t.replace(/s$/, ''))));
  return active[0] ?? candidates.find((p) => roleOn(p, ctx.date)) ?? null;
}

/** A name word folded for comparison: no accents, lower case, no "al-"/"el-" ("El Bashir" ~ "al-Bashir"). */
const fold = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(al|el|ad|as|an|ar)-/, '');
const foldName = (words: readonly string[]): string[] => words.map(fold).filter((w) => w && !PARTICLE.has(w));
const foldTitle = (t: string): string => t.toLowerCase().replace(/[^a-z]/g, '');
/** A dictionary person's names (name, then aliases) folded, and their roles' titles folded: computed once per person. */
const foldedOf = new WeakMap<PersonEntry, { names: string[][]; titles: string[] }>();
function folded(p: PersonEntry): { names: string[][]; titles: string[] } {
  let f = foldedOf.get(p);
  if (!f) {
    f = { names: [p.name, ...p.aliases].map((n) => foldName(n.split(/\s+/))), titles: p.roles.map((r) => foldTitle(r.role)) };
    foldedOf.set(p, f);
  }
  return f;
}

/**
 * Whether a title fits a role the person has held: the same title, one the other starts with
 * ("Secretary" ~ "Secretary of State", "Sen." ~ "Senator"), or one inside the other ("President" ~
 * "Vice President").
 */
export function heldTitle(p: PersonEntry, title: string): boolean {
  const t = foldTitle(title).replace(/s$/, '');
  if (!t) return false;
  return folded(p).titles.some((r) => r.startsWith(t) || t.startsWith(r) || (t.length >= 6 && r.includes(t)));
}

/**
 * The countries (and international bodies) the article names by its places, demonyms,
 * organisations and the dictionary people it names in full: the context a lone surname is read in.
 */
export function namedContext(ctx: ActorContext): Set<string> {
  const out = new Set<string>();
  for (let j = 0; j < ctx.at.length; j++) {
    const we = ctx.at[j];
    if (!we || we.first !== j || we.kind !== 'name' || !we.entity.actor || (we.entity.type === 'PERSON' && we.entity.rule !== 'dictionary:person')) continue;
    out.add(we.entity.actor.slice(0, 3));
    if (we.entity.actor.startsWith('IGO')) out.add(we.entity.actor);
  }
  return out;
}

/**
 * Whether a lone surname the article never introduced may stand for this dictionary person: it is
 * the last word of their own name (not of an alias: "Cruz" is not "Manuel Marrero Cruz") and the
 * article names their country, or the body they serve on the day ("Kim" alone is no President of
 * the World Bank in an article that never names the Bank).
 */
export function surnameFits(ctx: ActorContext, p: PersonEntry, surname: string, context: ReadonlySet<string>): boolean {
  if (fold(p.name.split(/\s+/).pop() ?? '') !== fold(surname)) return false;
  const code = roleOn(p, ctx.date)?.code ?? '';
  return code.startsWith('IGO') ? context.has(code) : context.has(p.country);
}

/** At most one letter inserted, deleted or replaced ("Mitterand" ~ "Mitterrand", "Gbago" ~ "Gbagbo"). */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/** Dictionary people by the titles they have held (folded: "vicepresident"), built once per lexicon. */
const byTitle = new WeakMap<object, Map<string, PersonEntry[]>>();
function holdersOf(ctx: ActorContext, title: string): readonly PersonEntry[] {
  let index = byTitle.get(ctx.lexicon);
  if (!index) {
    index = new Map();
    for (const p of ctx.lexicon.dictionaries.people) {
      for (const t of new Set(p.roles.map((r) => foldTitle(r.role)))) {
        const list = index.get(t) ?? [];
        list.push(p);
        index.set(t, list);
      }
    }
    byTitle.set(ctx.lexicon, index);
  }
  return index.get(foldTitle(title)) ?? [];
}

/**
 * The holders of a title whose names nearly match these folded words, in holdersOf's order: the
 * same title and name come back in article after article ("President Trump"), so each pair is
 * matched against the holders once per lexicon (titledPerson then weighs the day).
 */
const nameHoldersOf = new WeakMap<object, Map<string, readonly PersonEntry[]>>();
function nameHolders(ctx: ActorContext, title: string, foldedTitle: string, w: readonly string[]): readonly PersonEntry[] {
  let cache = nameHoldersOf.get(ctx.lexicon);
  if (!cache) {
    cache = new Map();
    nameHoldersOf.set(ctx.lexicon, cache);
  }
  const key = `${foldedTitle}\u0000${w.join('\u0001')}`;
  let found = cache.get(key);
  if (!found) {
    found = holdersOf(ctx, title).filter((p) =>
      folded(p).names.some((v) => {
        if (v.length < w.length || !nearlyEqual(w[w.length - 1] as string, v[v.length - 1] as string)) return false;
        // a given name written must be the person's (or nearly)
        return w.length === 1 || nearlyEqual(w[0] as string, v[0] as string);
      }),
    );
    // bounded memory over a long stream of articles
    if (cache.size > 20_000) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/**
 * A titled name no exact lookup settles: someone who has held that title under a name that differs
 * only by accents, particles or one letter of a five-letter-or-longer word ("President Francois
 * Mitterand", "President Omar El Bashir"), or one of several of that name ("President Bush"); of
 * several, the one whose term lies nearest the day.
 */
export function titledPerson(ctx: ActorContext, words: readonly string[], title: string): PersonEntry | null {
  const w = foldName(words);
  if (!w.length) return null;
  let best: PersonEntry | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  const t = foldTitle(title);
  for (const p of nameHolders(ctx, title, t, w)) {
    const f = folded(p);
    for (let k = 0; k < p.roles.length; k++) {
      if (f.titles[k] !== t) continue;
      const r = p.roles[k] as PersonEntry['roles'][number];
      const gap = r.from > ctx.date ? Date.parse(r.from) - Date.parse(ctx.date) : r.to !== null && r.to < ctx.date ? Date.parse(ctx.date) - Date.parse(r.to) : 0;
      if (gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
  }
  return best;
}

/** A person's mention: a new name, or an alias of one met before; the dictionary person if known. */
function addPerson(
  ctx: ActorContext,
  first: number,
  end: number,
  words: readonly string[],
  person: PersonEntry | null,
  earlier: WorkEntity | null,
  actor: string | null,
  role: string | null,
  rule: string,
): void {
  ctx.add({
    first,
    end,
    person: person ?? earlier?.person ?? null,
    kind: earlier ? 'alias' : 'name',
    ref: earlier ?? null,
    entity: { type: 'PERSON', name: person?.name ?? earlier?.entity.name ?? words.join(' '), actor, role, referent: null, rule },
  });
}

/** A mention of a country (a place or demonym coded as a bare country) right before token `k`, after an optional "'s". */
function countryBefore(ctx: ActorContext, k: number, first: number): WorkEntity | null {
  let p = k - 1;
  if (p >= first && isPossessive(ctx.tokens[p])) p--;
  const c = p >= first ? ctx.at[p] : null;
  return c && c.end === p + 1 && (c.entity.type === 'GPE' || c.entity.type === 'NORP') && /^[A-Z]{3}$/.test(c.entity.actor ?? '') ? c : null;
}

/**
 * Where a minister's or secretary's title starting at `i` begins when one to three capitalised words
 * no pass has claimed name the portfolio between it and a country: "Iraqi Oil Minister", "U.S.
 * Labor Secretary", "Chinese Commerce Minister", "Britain's Health Secretary"; else `i`.
 */
function portfolioStart(ctx: ActorContext, i: number, first: number): number {
  for (let k = i - 1; k >= first && i - k <= 3; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.at[k] || !isCapitalised(t) || !/^(NOUN|PROPN|ADJ)$/.test(t.pos)) break;
    if (countryBefore(ctx, k, first)) return k;
  }
  return i;
}

/**
 * Whether one to three capitalised words from token `k` name a portfolio before a minister's or
 * secretary's title ("Labor Secretary", "Oil Minister"): "U.S." in "U.S. Labor Secretary Tom Perez" is
 * the country, not the start of a longer name.
 */
export function opensPortfolioTitle(ctx: ActorContext, k: number, limit: number): boolean {
  for (let j = k; j < limit && j - k < 3; j++) {
    const t = ctx.tokens[j] as Token;
    if (!isCapitalised(t) || !/^(NOUN|PROPN|ADJ)$/.test(t.pos)) return false;
    const a = j > k ? ctx.lexicon.agents.match(ctx.tokens, j, limit) : null;
    if (a?.value.title && /(minister|secretary)$/.test((ctx.tokens[a.end - 1] as Token).norm)) return true;
  }
  return false;
}

export function personPass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
  const context = namedContext(ctx);
  // (a) titles
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (ctx.at[i] || !isCapitalised(tokens[i])) continue;
      const a = lexicon.agents.match(tokens, i, s.endToken);
      if (!a?.value.title) continue;
      let ok = true;
      for (let j = i; j < a.end; j++) if (!isCapitalised(tokens[j]) && !/^(of|for|and|the)$/.test((tokens[j] as Token).norm)) ok = false;
      if (!ok) continue;
      let country: string | null = null;
      // a portfolio of one to three capitalised words before a minister's or secretary's title:
      // "Iraqi Oil Minister …", "U.S. Labor Secretary …", "Chinese Commerce Minister …"
      const from = /(minister|secretary)$/.test((tokens[a.end - 1] as Token).norm) ? portfolioStart(ctx, i, s.firstToken) : i;
      let p = from - 1;
      if (p >= s.firstToken && isPossessive(tokens[p])) p--;
      const before = p >= s.firstToken ? ctx.at[p] : null;
      if (before && (before.entity.type === 'GPE' || before.entity.type === 'NORP') && /^[A-Z]{3}$/.test(before.entity.actor ?? '')) country = before.entity.actor;
      // an organisation before the title: "Arab League Secretary General Chedli Klibi" speaks for the League
      const body =
        before && before.entity.type === 'ORG' && before.kind === 'name' && before.entity.actor && before.end === from && !isFormer(tokens[before.first - 1])
          ? before.entity.actor
          : null;
      const role = ctx.span(from, a.end).text;
      let j = a.end;
      let added = false;
      while (j < s.endToken) {
        const end = nameEnd(ctx, j, s.endToken);
        if (end === j) break;
        const words = tokens.slice(j, end).map((t) => t.text);
        const prior = ctx.earlierPerson(words);
        let person = findPerson(ctx, words, role);
        // a surname alone names a dictionary person under a title they have held ("President Paz"),
        // when the article named them before, or as surnameFits allows; "Sen. Cruz" is not Cuba's
        // Manuel Marrero Cruz
        if (person && words.length === 1 && !heldTitle(person, role) && prior?.person !== person && !surnameFits(ctx, person, words[0] as string, context)) person = null;
        person = person ?? (prior ? null : titledPerson(ctx, words, role));
        const earlier = prior && prior.entity.name.split(' ').length > words.length ? prior : null;
        // "King Hassan of Morocco", "Prince Sultan of Saudi Arabia": the country after the name
        const ofCountry = !country && !person && tokens[end]?.norm === 'of' ? ctx.at[end + 1] : null;
        const after =
          ofCountry && ofCountry.first === end + 1 && (ofCountry.entity.type === 'GPE' || ofCountry.entity.type === 'NORP') && /^[A-Z]{3}$/.test(ofCountry.entity.actor ?? '')
            ? ofCountry.entity.actor
            : null;
        const actor = body
          ? body
          : country
            ? withSector(country, a.value)
            : person
              ? (roleOn(person, ctx.date)?.code ?? `${person.country}${a.value.sector}`)
              : after
                ? withSector(after, a.value)
                : (earlier?.entity.actor ?? null);
        addPerson(ctx, j, end, words, person, earlier, actor, role, 'actors:title+name');
        added = true;
        // "former Presidents Evo Morales and Luis Arce": more names under one plural title
        if (tokens[end] && /^(and|,)$/.test((tokens[end] as Token).norm) && isNameWord(tokens[end + 1])) j = end + 1;
        else break;
      }
      // "U.S." in "U.S. Deputy Secretary of State Christopher Landau" is part of the person's mention
      if (added && before && (country || body)) ctx.absorbed.add(before);
    }
  }
  // (b) honorifics and (c) bare name runs
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (ctx.at[i]) continue;
      const t = tokens[i] as Token;
      const honorific = isCapitalised(t) && HONORIFIC.test(t.text);
      const j = honorific ? (tokens[i + 1]?.text === '.' ? i + 2 : i + 1) : i;
      const end = nameEnd(ctx, j, s.endToken);
      if (end === j) continue;
      const run = tokens.slice(j, end);
      if (!honorific) {
        // two to four proper nouns that start with a given name and hold no place or organisation word
        if (run.length < 2 || run.length > 4) continue;
        const last = tokens[end - 1] as Token;
        if (!lexicon.givenNames.has((run[0] as Token).text) || last.pos !== 'PROPN' || isCommonWord(last.text)) continue;
        // a group word may be a given name ("Christian"); a country or city name may not
        const placeAt = (x: Token) => lexicon.places.match(tokens, x.index, x.index + 1)?.value;
        const foreign = (x: Token, k: number) => {
          const p = placeAt(x);
          return (
            (p && !(k === 0 && p.rule === 'gazetteer:group')) || lexicon.placeWords.match(tokens, x.index, x.index + 1) || lexicon.orgWords.match(tokens, x.index, x.index + 1)
          );
        };
        if (run.some(foreign)) continue;
      }
      const words = run.map((x) => x.text);
      let earlier = ctx.earlierPerson(words);
      // "Mr. Cruz" is the dictionary person the article introduced, else one surnameFits allows, else
      // the Cruz the article introduced ("Ted Cruz"), if any
      let person = earlier?.person ?? findPerson(ctx, words, null);
      if (person && words.length === 1 && earlier?.person !== person && !surnameFits(ctx, person, words[0] as string, context)) person = null;
      // "Mr. Obama" after "Michelle Obama" is not her
      if (person && earlier && earlier.person !== person) earlier = null;
      addPerson(
        ctx,
        j,
        end,
        words,
        person,
        earlier,
        person ? personActor(person, ctx.date) : (earlier?.entity.actor ?? null),
        earlier?.entity.role ?? (person ? (roleOn(person, ctx.date)?.role ?? null) : null),
        honorific ? 'actors:honorific+name' : 'actors:proper-name',
      );
      i = end - 1;
    }
  }
}
