// The SQLite schema, one numbered step at a time. A database records the steps it
// has taken in PRAGMA user_version; opening runs the missing ones in order, each in
// its own transaction. Never edit a shipped step: add the next one.
//
// Offsets are JavaScript string indices (UTF-16 code units), stored as they are,
// next to the span's text; SQL never cuts evidence out of a document.

export interface Migration { version: number; name: string; sql: string }

/** Marks a file as a Dossier database (PRAGMA application_id, "DOSS"). */
export const APPLICATION_ID = 0x444f5353;

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE documents (
  pk          INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  source      TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL UNIQUE,
  title       TEXT,
  published   TEXT,
  url         TEXT,
  outlet      TEXT,
  ingested_at TEXT NOT NULL,
  json        TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- global entities, merged across documents; json holds the merged Entity
CREATE TABLE entities (
  pk          INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  type        TEXT NOT NULL,
  kind        TEXT,
  name        TEXT NOT NULL,
  norm        TEXT NOT NULL,
  country     TEXT,
  lat         REAL,
  lon         REAL,
  json        TEXT NOT NULL
);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_country ON entities(country);

-- merge lookup keys (iso:RUS, geo:1528675, person:karasin, org:ria novosti) and searchable names
CREATE TABLE entity_keys (
  key         TEXT NOT NULL,
  entity_pk   INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_pk)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_pk);

-- which global entity each document-local entity id became
CREATE TABLE document_entities (
  doc_pk      INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,
  entity_pk   INTEGER NOT NULL REFERENCES entities(pk),
  mentions    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_pk, local_id)
) WITHOUT ROWID;
CREATE INDEX document_entities_entity ON document_entities(entity_pk);

CREATE TABLE mentions (
  doc_pk      INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  entity_pk   INTEGER REFERENCES entities(pk),
  metonym_for TEXT,
  rule        TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_pk);
CREATE INDEX mentions_entity ON mentions(entity_pk);

CREATE TABLE roles (
  entity_pk    INTEGER NOT NULL REFERENCES entities(pk),
  doc_pk       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  title        TEXT NOT NULL,
  country      TEXT,
  organization TEXT,
  start        INTEGER,
  end          INTEGER,
  text         TEXT,
  rule         TEXT
);
CREATE INDEX roles_entity ON roles(entity_pk);
CREATE INDEX roles_doc ON roles(doc_pk);

CREATE TABLE times (
  doc_pk      INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  value       TEXT NOT NULL,
  range_start TEXT,
  range_end   TEXT,
  anchor      TEXT,
  rule        TEXT NOT NULL
);
CREATE INDEX times_doc ON times(doc_pk);
CREATE INDEX times_range ON times(range_start);

CREATE TABLE quotes (
  pk           INTEGER PRIMARY KEY,
  doc_pk       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  speaker_pk   INTEGER REFERENCES entities(pk),
  via_pk       INTEGER REFERENCES entities(pk),
  addressee_pk INTEGER REFERENCES entities(pk),
  time         TEXT,
  date         TEXT,
  cue_start    INTEGER,
  cue_end      INTEGER,
  cue_text     TEXT,
  confidence   REAL,
  rule         TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_pk);
CREATE INDEX quotes_speaker ON quotes(speaker_pk);
CREATE INDEX quotes_date ON quotes(date);

-- merged events; the counts are kept up to date from event_mentions on every write
CREATE TABLE events (
  pk           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL,
  root         TEXT,
  quad_class   INTEGER,
  goldstein    REAL,
  source_pk    INTEGER REFERENCES entities(pk),
  target_pk    INTEGER REFERENCES entities(pk),
  source_actor TEXT,
  target_actor TEXT,
  date         TEXT,
  date_start   TEXT,
  date_end     TEXT,
  location_pk  INTEGER REFERENCES entities(pk),
  symmetric    INTEGER,
  negated      INTEGER,
  modality     TEXT,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources  INTEGER NOT NULL DEFAULT 0,
  num_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_merge ON events(code, source_pk, target_pk);
CREATE INDEX events_source ON events(source_pk);
CREATE INDEX events_target ON events(target_pk);
CREATE INDEX events_date ON events(date_start);

CREATE TABLE event_mentions (
  event_pk     INTEGER NOT NULL REFERENCES events(pk),
  doc_pk       INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  code         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  time         TEXT,
  time_source  TEXT,
  date         TEXT,
  date_start   TEXT,
  date_end     TEXT,
  sentence     INTEGER,
  quote_idx    INTEGER,
  negated      INTEGER,
  modality     TEXT,
  location_pk  INTEGER REFERENCES entities(pk),
  rule         TEXT NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_pk);
CREATE INDEX event_mentions_doc ON event_mentions(doc_pk);

CREATE TABLE facts (
  doc_pk      INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  start       INTEGER,
  end         INTEGER,
  text        TEXT,
  json        TEXT NOT NULL
);
CREATE INDEX facts_doc ON facts(doc_pk);

-- full text: rowid = documents.pk / quotes.pk; contentless, the text lives once in json
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'entity counts',
    // how many documents and mentions each entity has, kept by the writer, so listing and
    // dossiers need not count document_entities for every entity they show
    sql: `
ALTER TABLE entities ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
  documents = (SELECT count(DISTINCT doc_pk) FROM document_entities de WHERE de.entity_pk = entities.pk),
  mentions = (SELECT coalesce(sum(mentions), 0) FROM document_entities de WHERE de.entity_pk = entities.pk);
CREATE INDEX entities_documents ON entities(documents DESC);
`,
  },
];
