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
import { personActor } from './named-pass.js';

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
  for (const p of holdersOf(ctx, title)) {
    const f = folded(p);
    const match = f.names.some((v) => {
      if (v.length < w.length || !nearlyEqual(w[w.length - 1] as string, v[v.length - 1] as string)) return false;
      // a given name written must be the person's (or nearly)
      return w.length === 1 || nearlyEqual(w[0] as string, v[0] as string);
    });
    if (!match) continue;
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

export function personPass(ctx: ActorContext): void {
  const { tokens, lexicon } = ctx;
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
      let p = i - 1;
      if (p >= s.firstToken && isPossessive(tokens[p])) p--;
      const before = p >= s.firstToken ? ctx.at[p] : null;
      if (before && (before.entity.type === 'GPE' || before.entity.type === 'NORP') && /^[A-Z]{3}$/.test(before.entity.actor ?? '')) country = before.entity.actor;
      // an organisation before the title: "Arab League Secretary General Chedli Klibi" speaks for the League
      const body = before && before.entity.type === 'ORG' && before.kind === 'name' && before.entity.actor && before.end === i ? before.entity.actor : null;
      const role = ctx.span(i, a.end).text;
      let j = a.end;
      let added = false;
      while (j < s.endToken) {
        const end = nameEnd(ctx, j, s.endToken);
        if (end === j) break;
        const words = tokens.slice(j, end).map((t) => t.text);
        const prior = ctx.earlierPerson(words);
        const person = findPerson(ctx, words, role) ?? (prior ? null : titledPerson(ctx, words, role));
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
      const person = findPerson(ctx, words, null);
      const earlier = ctx.earlierPerson(words);
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
