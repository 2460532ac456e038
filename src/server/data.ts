// What the HTTP API reads: a narrow view of the knowledge base, shaped for the
// page. `storeData(store)` in store-data.ts answers it from the Store; the types
// here are also the JSON the API returns (see openapi.ts).
import type { DossierDocument, Entity, EventRecord, Role } from '../document/types.ts';

export interface Page<T> { items: T[]; total?: number }

export interface DocumentSummary {
  id: string;
  title?: string;
  published?: string;
  url?: string;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  kind?: string;
  country?: string;
  aliases?: string[];
  /** how many documents mention it */
  documents?: number;
}

/** An event as the API shows it: the contract's record, its document, and actor names. */
export interface EventView extends EventRecord {
  id?: string;
  document: string;
  sourceName?: string;
  targetName?: string;
  locationName?: string;
  lat?: number;
  lon?: number;
  /** merged events: how many documents and mentions told it */
  numArticles?: number;
  numMentions?: number;
}

export interface QuoteView {
  id?: string;
  document: string;
  documentTitle?: string;
  kind: 'direct' | 'indirect';
  text: string;
  start: number;
  end: number;
  speaker?: string;
  speakerName?: string;
  time?: string;
  rule: string;
}

export interface PlaceView {
  id: string;
  name: string;
  kind?: string;
  country?: string;
  lat: number;
  lon: number;
  /** events that took place there */
  events?: number;
}

export interface RoleView extends Role { documents?: string[] }

export interface DossierView {
  entity: Entity;
  aliases: string[];
  roles: RoleView[];
  events: EventView[];
  quotes: QuoteView[];
  places: PlaceView[];
  documents: DocumentSummary[];
}

export interface EventFilter {
  code?: string;
  source?: string;
  target?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface QuoteFilter { speaker?: string; search?: string; limit?: number }

export interface SearchResult {
  entities: EntitySummary[];
  documents: (DocumentSummary & { snippet?: string })[];
  quotes: QuoteView[];
}

export interface ServerData {
  documents(opts: { limit: number; offset: number }): Page<DocumentSummary>;
  document(id: string): DossierDocument | undefined;
  entities(opts: { q?: string; type?: string; limit: number }): EntitySummary[];
  dossier(id: string): DossierView | undefined;
  events(filter: EventFilter): EventView[];
  quotes(filter: QuoteFilter): QuoteView[];
  search(q: string, limit: number): SearchResult;
  /** places with coordinates, with how many events took place there */
  places(): PlaceView[];
}
