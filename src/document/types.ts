// The document contract: what one report becomes. Field names here are a public
// promise (see schema/document.schema.json): add fields, never rename or remove.
// Every span is [start, end) in UTF-16 code units of `text`, and carries that text.
import type { Fact } from './facts.ts';
import type { Offsets, Span } from './span.ts';

export type * from './facts.ts';
export type { Offsets, Span } from './span.ts';

export type EntityType =
  | 'PERSON' | 'NORP' | 'FAC' | 'ORG' | 'GPE' | 'LOC' | 'PRODUCT' | 'EVENT' | 'WORK_OF_ART' | 'LAW'
  | 'LANGUAGE' | 'DATE' | 'TIME' | 'PERCENT' | 'MONEY' | 'QUANTITY' | 'ORDINAL' | 'CARDINAL';

export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention extends Span {
  type: EntityType;
  kind: MentionKind;
  /** id of the entity this mention refers to, within the same document */
  entity?: string;
  /** the extractor or refiner that produced it */
  rule: string;
  /** a pronoun or nominal (coreference): the earlier mention it was resolved through, when it was one of the text's */
  antecedent?: Offsets;
  /** a capital or government seat used for its state: "Moscow does not seek…" → RUS */
  metonymFor?: string;
  /** MONEY, QUANTITY, PERCENT, CARDINAL, ORDINAL: the number the words say */
  amount?: number;
  currency?: string;
  unit?: string;
}

export type GeoKind = 'country' | 'region' | 'district' | 'city' | 'facility' | 'area';

export interface Geo {
  lat: number;
  lon: number;
  kind: GeoKind;
  /** admin path from the country down, e.g. ["Kyrgyzstan", "Chuy", "Ysyk-Ata District"] */
  admin?: string[];
  /** GeoNames id when the place came from the gazetteer */
  geonameId?: number;
}

export interface Role {
  title: string;
  country?: string;
  organization?: string;
  /** the mention the role was read from */
  evidence?: Span;
  rule?: string;
  /** the country was not written beside the title but taken from the report's home state (dateline, main country) */
  countryInferred?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** ISO 3166-1 alpha-3 */
  country?: string;
  geo?: Geo;
  roles?: Role[];
  aliases?: string[];
  /** the state a capital or seat stands for when used as an actor */
  metonymFor?: string;
  /** finer class: country, media, armed group, igo, military unit, company… */
  kind?: string;
  rule?: string;
  /** `country` was not written with the name but taken from the report's home state ("Congress", "the Air Force") */
  countryInferred?: boolean;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimexType;
  value: string;
  mod?: string;
  /** calendar extent of a DATE, inclusive ISO dates, for sorting on a timeline */
  range?: { start: string; end: string };
  /** the relation word before it: since, until, by, in, on… */
  anchor?: string;
  /** which parts of the value the words said, and which were inferred */
  known?: string[];
  implied?: string[];
  /** what the implied parts rest on: the publication date, or an earlier expression of the text (its offsets) */
  basis?: { from: 'published' | 'narrative'; start?: number; end?: number };
  rule: string;
}

export interface Quote extends Span {
  kind: 'direct' | 'indirect';
  speaker?: string;
  cue?: Span;
  via?: string;
  addressee?: string;
  confidence?: number;
  /** pieces of a discontinuous quotation */
  parts?: Offsets[];
  /** TIMEX3 value of the governing time expression, else the publication date */
  time?: string;
  /** where `time` came from: expression (its attribution clause) | narrative (the date the story is at, a sentence or two
   * before, or the quotation before by the same speaker) | published */
  timeSource?: 'expression' | 'narrative' | 'published';
  /** the words that name the speaker here ("Karasin", "him", "the Kyrgyz premier"), kept even when no entity resolves */
  speakerSpan?: Span;
  /** who the speaker phrase names: a person, a body speaking as itself ("Boeing said"), or an unnamed person
   * described ("a senior official", "a Boeing spokesman"; `speaker` is then the body they speak for, when known) */
  speakerKind?: 'person' | 'organization' | 'described';
  /** entity id of the body the speaker speaks for ("Tom LaSorda, the president of Chrysler" → Chrysler) */
  affiliation?: string;
  /** the words that name the relaying medium ("RIA Novosti", "state TV") */
  viaSpan?: Span;
  /** the words that name the addressee ("Putin") */
  addresseeSpan?: Span;
  /** index in `quotes` of the quotation that holds this one (nested quotes) */
  parent?: number;
  rule: string;
}

export interface EventRecord {
  /** CAMEO code, always a string: "042" */
  code: string;
  source?: string;
  target?: string;
  /** TIMEX3 value */
  time?: string;
  location?: string;
  trigger: Span;
  rule: string;
  root?: string;
  quadClass?: number;
  goldstein?: number;
  sentence?: number;
  sourceActor?: string;
  targetActor?: string;
  /** where the time came from: expression | narrative | quote (the quotation's own date) | published */
  timeSource?: string;
  negated?: boolean;
  quote?: number;
  /** the code before a modality or negation turned it ("062" under "does not … open" → 1212) */
  baseCode?: string;
  /** what turned it: appeal | demand | intent | refuse */
  modality?: string;
  /** the two actors act together ("an agreement between Russia and Kyrgyzstan"): source/target order is arbitrary */
  symmetric?: boolean;
}

export interface Sentence extends Offsets {}

/** One finding about the document that is not an extracted item: a warning, a skipped part. */
export interface Message {
  level: 'info' | 'warning';
  code: string;
  text: string;
  stage?: string;
}

export interface DossierDocument {
  id: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: EventRecord[];
  /** filled by the facts layer: facilities, agreements, proposals */
  facts?: Fact[];
  messages?: Message[];
}

/** What a caller may say about a document besides its text. */
export interface DocumentMeta {
  id?: string;
  title?: string;
  published?: string;
  url?: string;
}
