/** @module The compiled form of the dictionaries: what the coder stages receive as options. */

export interface CodeInfo {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: string | null;
  readonly mode: string | null;
  /** PLOVER contexts the crosswalk gives the code (diplomatic, military, economic, …). */
  readonly contexts: readonly string[];
}

/** A name the text may use for an actor ("Bolivia", "Bolivian", "La Paz"). */
export interface NameEntry {
  readonly surface: string;
  /** CAMEO actor code the name stands for. */
  readonly code: string;
  /** Canonical name of the referent. */
  readonly name: string;
  readonly type: 'GPE' | 'NORP' | 'ORG' | 'LOC';
  /** Where the entry comes from, e.g. `gazetteer:country-name`. */
  readonly rule: string;
  /** Coordinates of a place, when known. */
  readonly lat?: number;
  readonly lon?: number;
  /**
   * Codes that hold only between two days (PETRARCH's `[HOBGOV 19950601 - 19990815]`): the first
   * that covers the article's date is the actor, else `code`. An empty `code` then means no actor.
   */
  readonly dated?: readonly DatedCode[];
  /** A group of people spread over a region of many countries ("European", "Arab"): coded by no residence. */
  readonly broad?: true;
}

/** An actor code that holds between two days (inclusive; null = open). */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** A time-bounded role of a person: the actor code it gives between two days (to: null = open). */
export interface PersonRole {
  readonly role: string;
  readonly code: string;
  readonly from: string;
  readonly to: string | null;
}

/** A person the dictionaries know, with the roles that make them an actor at a given date. */
export interface PersonEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly roles: readonly PersonRole[];
}

/**
 * A row of data/cities.json: name, CAMEO country code, latitude, longitude, population, GeoNames
 * feature code; a first-order subdivision (`ADM1`: "Ohio", "Sindh") has no coordinates or population.
 */
export type CityRow = readonly [string, string, number | null, number | null, number, string];

export interface AgentEntry {
  /** Lower-case words of the role noun ("foreign minister"). */
  readonly noun: string;
  readonly sector: string;
  readonly title: boolean;
  /** A body or collective ("army", "family"), not one person. */
  readonly group: boolean;
  /** The sector goes before the country (PETRARCH's `[NGO~]`: MSF Arnor → NGOARN), not after it. */
  readonly prefix?: boolean;
}

export type PatternElement =
  | {
      readonly kind: 'word';
      readonly alts: readonly string[];
      readonly optional: boolean;
      /** The word must be used as a verb (PETRARCH's verbs: "brief" in "a brief visit" is no verb). */
      readonly verb?: boolean;
    }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'slot'; readonly slot: 'target' };

export interface VerbPattern {
  readonly id: string;
  readonly code: string;
  readonly pattern: string;
  readonly elements: readonly PatternElement[];
  readonly both: boolean;
  /**
   * Whose act the pattern codes: the clause's subject (the default), or the speaker of the quotation
   * or reported speech it sits in, commenting on the subject or the slot ("Iran is not a good actor,"
   * the envoy said → envoy's side criticizes Iran).
   */
  readonly by: 'subject' | 'speaker';
  /** The code when the trigger is negated ("is not a good partner" → 111); without it a negated trigger is not coded. */
  readonly negated: string | null;
  /** The code of the event back from the target to the source (PETRARCH's `[032:033]`: a visit and its hosting). */
  readonly pairedCode?: string;
  /** The slot holds the source and the clause's subject is the target (PETRARCH's `+ * IN $`). */
  readonly slotIsSource?: boolean;
  readonly example: string;
  /** `verbs/<code>#<id>` */
  readonly rule: string;
  readonly file: string;
  readonly line: number;
}

/** Attribution cues (data/cues.yaml). */
export interface CueLexicon {
  /** Reporting verbs, as lemmas. */
  readonly verbs: readonly string[];
  /** Nouns that carry a claim. */
  readonly nouns: readonly string[];
  /** Multi-word cues, lower case ("according to"). */
  readonly phrases: readonly string[];
}

/** A phrase that takes its sentence, or its whole article (`story`), out of event coding. */
export interface DiscardEntry {
  /** Lower-case words. */
  readonly words: readonly string[];
  readonly story: boolean;
  readonly rule: string;
}

/**
 * How the event stage reads the dictionaries' codes. Entente's own dictionaries leave sectors and
 * modality to the engine; PETRARCH dictionaries write them into their codes and patterns.
 */
export interface CodingRules {
  /** A bare country as an actor stands for its government or military (BOL → BOLGOV). */
  readonly countrySectors: boolean;
  /** Intentions and threats recode the event (036, 13x); negated, hypothetical and requested acts are not coded. */
  readonly modality: boolean;
}

export interface Dictionaries {
  readonly codes: Readonly<Record<string, CodeInfo>>;
  readonly names: readonly NameEntry[];
  readonly people: readonly PersonEntry[];
  readonly agents: readonly AgentEntry[];
  /** Head words that make a capitalised name an organisation, with the sector they give ('' for none). */
  readonly organizationWords: Readonly<Record<string, string>>;
  /** Head words that make a capitalised name a place (LOC) or a structure (FAC). */
  readonly placeWords: Readonly<Record<string, 'LOC' | 'FAC'>>;
  /** Common nouns for places ("town", "mosque") → LOC or FAC, for nominal mentions. */
  readonly placeNouns: Readonly<Record<string, 'LOC' | 'FAC'>>;
  /** Given names (first names) from the humannames package. */
  readonly givenNames: readonly string[];
  readonly verbs: readonly VerbPattern[];
  readonly cues: CueLexicon;
  /** Sentence and story discards (PETRARCH); none for the built-in dictionaries. */
  readonly discards?: readonly DiscardEntry[];
  /** Absent: Entente's own rules (all true). */
  readonly coding?: CodingRules;
  /** Surface forms already split into the tokens the text will have (filled by the build's cache). */
  readonly phraseWords?: Readonly<Record<string, readonly string[]>>;
}

/** One source file of a dictionary set: its path (for messages) and its text. */
export interface DictionarySource {
  readonly file: string;
  readonly text: string;
}

/** The parts of a world-countries record the gazetteer uses. */
export interface CountryRecord {
  readonly cca2: string;
  readonly cca3: string;
  readonly independent?: boolean | null;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}
