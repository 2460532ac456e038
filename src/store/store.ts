// The knowledge base behind one interface, so a PostgreSQL backend can follow the
// SQLite one (src/store/sqlite/, src/store/postgres/ with the same file names).
// Every method is async because a server database is; the SQLite backend answers
// at once. Names here are a promise to the CLI, the HTTP API and the web page:
// add methods and fields, never rename or remove them.
import type { DossierDocument, Entity, EventRecord, Fact, Role } from '../document/types.ts';

/** What the caller knows about a document besides its content. */
export interface IngestMeta {
  /** content hash of the input (text + title + date + url): the same hash is skipped */
  hash: string;
  /** where it came from: a path, "path:line", a feed item link; the same source with a new hash replaces */
  source: string;
  /** written only at its turn in a sharded run (`ingest --shard`): see IngestTurn */
  turn?: IngestTurn;
}

/**
 * A document's place in a run that several processes share (`dossier ingest --shard K/N`): each
 * process extracts its own share, and every write waits until all earlier positions of the input
 * are written or passed, so the merges happen in the input's order on any number of machines.
 */
export interface IngestTurn {
  /** the run's key: the same for every process of it (the shard count and the input's first document) */
  run: string;
  /** the document's position in the whole input, from 0 */
  index: number;
  /** the input's last position: its writer closes the run */
  last: boolean;
  /** how long to wait for an earlier position before giving up (ms) */
  timeoutMs?: number;
}

export interface IngestOutcome {
  status: 'new' | 'replaced' | 'skipped';
  /** the document id in the store (may differ from doc.id when another source already holds that id) */
  id: string;
  entities: number;
  quotes: number;
  events: number;
}

/** A span of one stored document: every merged fact keeps one per place it was read. */
/** One fact as stored, with what is needed to name the ids inside it. */
export interface StoredFact {
  document: string;
  published?: string;
  title?: string;
  url?: string;
  text?: string;
  fact: Fact;
  /** document-local entity id → name, country and point */
  entities: Record<string, { name: string; country?: string; lat?: number; lon?: number }>;
}

export interface SourceSpan {
  document: string;
  start: number;
  end: number;
  text: string;
  published?: string;
  title?: string;
  url?: string;
}

export interface DocumentSummary {
  id: string;
  title?: string;
  published?: string;
  url?: string;
  source?: string;
  hash?: string;
  ingestedAt?: string;
}

export interface Page<T> { items: T[]; total: number }

export interface EntitySummary {
  /** global id: ISO3 for a country, else a slug unique in the store */
  id: string;
  name: string;
  type: string;
  kind?: string;
  country?: string;
  aliases?: string[];
  lat?: number;
  lon?: number;
  /** how many documents mention it */
  documents: number;
  mentions: number;
}

export interface EntityQuery {
  /** id, name or alias; matched case- and accent-insensitively, prefix match on words */
  q?: string;
  type?: string;
  kind?: string;
  country?: string;
  limit?: number;
  offset?: number;
}

export interface EventMentionView extends SourceSpan {
  /** this document's own code and time, before merging */
  code: string;
  time?: string;
  timeSource?: string;
  sentence?: number;
  quote?: number;
  negated?: boolean;
  modality?: string;
  rule: string;
}

/** A merged event: the same source, target and code at a compatible date, across documents. */
export interface StoredEvent {
  id: string;
  code: string;
  root?: string;
  quadClass?: number;
  goldstein?: number;
  source?: string;
  sourceName?: string;
  sourceActor?: string;
  target?: string;
  targetName?: string;
  targetActor?: string;
  /** the most precise TIMEX3 value the mentions give */
  date?: string;
  /** calendar extent of `date`, inclusive ISO dates */
  dateStart?: string;
  dateEnd?: string;
  location?: string;
  locationName?: string;
  lat?: number;
  lon?: number;
  symmetric?: boolean;
  negated?: boolean;
  modality?: string;
  numArticles: number;
  numSources: number;
  numMentions: number;
  /** every document span it was read from */
  mentions: EventMentionView[];
}

export interface QuoteView {
  id: string;
  document: string;
  documentTitle?: string;
  published?: string;
  url?: string;
  kind: 'direct' | 'indirect';
  text: string;
  start: number;
  end: number;
  speaker?: string;
  speakerName?: string;
  via?: string;
  viaName?: string;
  addressee?: string;
  addresseeName?: string;
  /** TIMEX3 value of the quote, else the publication date */
  time?: string;
  cue?: SourceSpan;
  confidence?: number;
  rule: string;
}

/** An office an actor held, with every document that says so. */
export interface RoleView extends Role {
  /** earliest and latest publication dates of the documents that name it */
  firstSeen?: string;
  lastSeen?: string;
  sources: SourceSpan[];
}

export interface PlaceView {
  id: string;
  name: string;
  kind?: string;
  country?: string;
  lat: number;
  lon: number;
  /** merged events located there */
  events: number;
  /** documents that mention it */
  documents: number;
}

export interface CoActor extends EntitySummary {
  /** documents shared with the actor */
  shared: number;
}

export interface EntityDossier {
  /** the merged entity (its aliases, roles and geo gathered across documents) */
  entity: Entity;
  aliases: string[];
  roles: RoleView[];
  quotes: QuoteView[];
  /** events with the actor as source or target, in time order */
  events: StoredEvent[];
  places: PlaceView[];
  coActors: CoActor[];
  /** the most recent documents that mention it (up to 200), oldest first */
  documents: DocumentSummary[];
  /** how many documents mention it in all */
  documentCount: number;
  mentions: number;
}

export interface EventFilter {
  /** CAMEO code or prefix: "12" is every rejection, "042" only visits */
  code?: string;
  /** an entity id, or an ISO3 matching the actor or its country */
  source?: string;
  target?: string;
  /** either side */
  actor?: string;
  from?: string;
  to?: string;
  document?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteFilter {
  speaker?: string;
  /** full-text words, all required */
  search?: string;
  from?: string;
  to?: string;
  document?: string;
  limit?: number;
  offset?: number;
}

export interface TimelineFilter {
  actor?: string;
  /** ISO3: events and quotes whose actors are that country or belong to it */
  country?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export type TimelineEntry =
  | { kind: 'event'; date: string; event: StoredEvent }
  | { kind: 'quote'; date: string; quote: QuoteView };

export interface SearchHit extends DocumentSummary {
  /** a stretch of text around the first match, cut in JavaScript */
  snippet: string;
  /** where the snippet sits in the text */
  snippetStart: number;
  score: number;
}

export interface SearchResult {
  documents: SearchHit[];
  quotes: QuoteView[];
  entities: EntitySummary[];
}

export interface Stats {
  documents: number;
  entities: number;
  entitiesByType: Record<string, number>;
  mentions: number;
  times: number;
  quotes: number;
  /** merged events, and the event mentions they came from */
  events: number;
  eventMentions: number;
  facts: number;
  roles: number;
  firstPublished?: string;
  lastPublished?: string;
  schemaVersion: number;
  /** bytes on disk, where the backend knows */
  bytes?: number;
  topEntities: EntitySummary[];
}

export interface StoreOptions {
  /** refuse to write; queries only */
  readonly?: boolean;
  /** how long a writer waits for another (ms) */
  busyTimeoutMs?: number;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** where it lives, for messages */
  readonly location: string;
  close(): Promise<void>;

  /** Stores one extracted document in one transaction: all of it or nothing. */
  ingestDocument(doc: DossierDocument, meta: IngestMeta): Promise<IngestOutcome>;
  /** True when a document with this content hash is already stored (skip before extracting). */
  hasHash(hash: string): Promise<boolean>;
  /**
   * Lets the documents written from now on share one commit until commitBatch (a backend without it commits
   * each): each document is still all or nothing (a savepoint of its own), and a killed process loses the
   * open batch whole, whose documents a later run ingests again (their hashes were never committed).
   */
  beginBatch?(): void;
  /** Commits the open batch, if any. */
  commitBatch?(): void;
  /** A sharded run's position that writes nothing (skipped, failed) still takes its turn; undefined: no shared runs. */
  passTurn?(turn: IngestTurn): Promise<void>;
  deleteDocument(id: string): Promise<boolean>;

  getDocument(id: string): Promise<DossierDocument | undefined>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<Page<DocumentSummary>>;

  findEntities(query: EntityQuery): Promise<EntitySummary[]>;
  /** The merged entity by global id, else the best match on name or alias. */
  getEntity(ref: string): Promise<Entity | undefined>;
  /** by id or name; `exact` refuses the full-text fallback (the API: /api/entities/a is no one) */
  entityDossier(ref: string, options?: { exact?: boolean }): Promise<EntityDossier | undefined>;

  timeline(filter?: TimelineFilter): Promise<TimelineEntry[]>;
  quotes(filter?: QuoteFilter): Promise<QuoteView[]>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  /** places with coordinates, with their event and document counts */
  places(): Promise<PlaceView[]>;
  search(text: string, opts?: { limit?: number }): Promise<SearchResult>;
  stats(): Promise<Stats>;

  /** every stored document, in ingest order */
  exportDocuments(): AsyncIterable<DossierDocument>;

  /** stored facts (facilities, agreements, proposals) with their documents, for src/kb/facts.ts to merge */
  factRows(filter?: { kind?: string; document?: string }): Promise<StoredFact[]>;
}

export type { DossierDocument, Entity, EventRecord };
