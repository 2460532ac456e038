// The PostgreSQL schema, one numbered step at a time. A database records each step it
// has taken as a row of schema_migrations; opening runs the missing ones in order, in
// one transaction under an advisory lock, so two processes never migrate twice. Never
// edit a shipped step: add the next one.
//
// The tables mirror the SQLite ones (src/store/migrations/sqlite.ts) column for column,
// so the readers answer alike. Differences: JSON is jsonb; full text is a tsvector
// column with a GIN index instead of FTS5 tables (the text is folded to plain lowercase
// words in JavaScript before to_tsvector('simple', …), so both backends split words
// alike); text that is sorted or range-compared is COLLATE "C", which orders by code
// point as SQLite does, whatever the server's default collation. Offsets are JavaScript
// string indices (UTF-16 code units), stored as they are; SQL never cuts evidence.
// "end" and "symmetric" are reserved words in PostgreSQL, hence the quotes.

export interface PgMigration { version: number; name: string; sql: string }

/** The tables a dossier schema holds: finding one of them without schema_migrations means someone else's. */
export const PG_TABLES = ['documents', 'entities', 'entity_keys', 'document_entities', 'mentions', 'roles', 'times', 'quotes', 'events', 'event_mentions', 'facts'];

export const POSTGRES_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE documents (
  pk          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text NOT NULL UNIQUE,
  source      text NOT NULL UNIQUE,
  hash        text NOT NULL UNIQUE,
  title       text,
  published   text COLLATE "C",
  url         text,
  outlet      text,
  ingested_at text NOT NULL,
  json        jsonb NOT NULL,
  tsv         tsvector NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE entities (
  pk          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text NOT NULL UNIQUE,
  type        text NOT NULL,
  kind        text,
  name        text COLLATE "C" NOT NULL,
  norm        text NOT NULL,
  country     text,
  lat         double precision,
  lon         double precision,
  json        jsonb NOT NULL,
  documents   integer NOT NULL DEFAULT 0,
  mentions    integer NOT NULL DEFAULT 0
);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_country ON entities(country);
CREATE INDEX entities_documents ON entities(documents DESC);

CREATE TABLE entity_keys (
  key         text COLLATE "C" NOT NULL,
  entity_pk   integer NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_pk)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity_pk);

CREATE TABLE document_entities (
  doc_pk      integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  local_id    text NOT NULL,
  entity_pk   integer NOT NULL REFERENCES entities(pk),
  mentions    integer NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_pk, local_id)
);
CREATE INDEX document_entities_entity ON document_entities(entity_pk);

CREATE TABLE mentions (
  doc_pk      integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  start       integer NOT NULL,
  "end"       integer NOT NULL,
  text        text COLLATE "C" NOT NULL,
  type        text NOT NULL,
  kind        text NOT NULL,
  entity_pk   integer REFERENCES entities(pk),
  metonym_for text,
  rule        text NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_pk);
CREATE INDEX mentions_entity ON mentions(entity_pk);

CREATE TABLE roles (
  entity_pk    integer NOT NULL REFERENCES entities(pk),
  doc_pk       integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  title        text NOT NULL,
  country      text,
  organization text,
  start        integer,
  "end"        integer,
  text         text,
  rule         text
);
CREATE INDEX roles_entity ON roles(entity_pk);
CREATE INDEX roles_doc ON roles(doc_pk);

CREATE TABLE times (
  doc_pk      integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  start       integer NOT NULL,
  "end"       integer NOT NULL,
  text        text NOT NULL,
  type        text NOT NULL,
  value       text NOT NULL,
  range_start text COLLATE "C",
  range_end   text COLLATE "C",
  anchor      text,
  rule        text NOT NULL
);
CREATE INDEX times_doc ON times(doc_pk);
CREATE INDEX times_range ON times(range_start);

CREATE TABLE quotes (
  pk           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_pk       integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx          integer NOT NULL,
  kind         text NOT NULL,
  start        integer NOT NULL,
  "end"        integer NOT NULL,
  text         text NOT NULL,
  speaker_pk   integer REFERENCES entities(pk),
  via_pk       integer REFERENCES entities(pk),
  addressee_pk integer REFERENCES entities(pk),
  time         text,
  date         text COLLATE "C",
  cue_start    integer,
  cue_end      integer,
  cue_text     text,
  confidence   double precision,
  rule         text NOT NULL,
  tsv          tsvector NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_pk);
CREATE INDEX quotes_speaker ON quotes(speaker_pk);
CREATE INDEX quotes_date ON quotes(date);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE events (
  pk           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code         text COLLATE "C" NOT NULL,
  root         text,
  quad_class   integer,
  goldstein    double precision,
  source_pk    integer REFERENCES entities(pk),
  target_pk    integer REFERENCES entities(pk),
  source_actor text,
  target_actor text,
  date         text,
  date_start   text COLLATE "C",
  date_end     text COLLATE "C",
  location_pk  integer REFERENCES entities(pk),
  "symmetric"  integer,
  negated      integer,
  modality     text,
  num_articles integer NOT NULL DEFAULT 0,
  num_sources  integer NOT NULL DEFAULT 0,
  num_mentions integer NOT NULL DEFAULT 0
);
CREATE INDEX events_merge ON events(code, source_pk, target_pk);
CREATE INDEX events_source ON events(source_pk);
CREATE INDEX events_target ON events(target_pk);
CREATE INDEX events_date ON events(date_start);

CREATE TABLE event_mentions (
  event_pk     integer NOT NULL REFERENCES events(pk),
  doc_pk       integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx          integer NOT NULL,
  code         text NOT NULL,
  start        integer NOT NULL,
  "end"        integer NOT NULL,
  text         text NOT NULL,
  time         text,
  time_source  text,
  date         text,
  date_start   text COLLATE "C",
  date_end     text COLLATE "C",
  sentence     integer,
  quote_idx    integer,
  negated      integer,
  modality     text,
  location_pk  integer REFERENCES entities(pk),
  rule         text NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_pk);
CREATE INDEX event_mentions_doc ON event_mentions(doc_pk);

CREATE TABLE facts (
  doc_pk      integer NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx         integer NOT NULL,
  kind        text NOT NULL,
  start       integer,
  "end"       integer,
  text        text,
  json        jsonb NOT NULL
);
CREATE INDEX facts_doc ON facts(doc_pk);
`,
  },
  {
    version: 2,
    name: 'ingest turns',
    // several ingest processes on shards of one input write in the input's order, so the knowledge
    // base equals the one a single process builds: \`next\` is the input position whose turn it is
    sql: `
CREATE TABLE ingest_turns (
  run         text COLLATE "C" PRIMARY KEY,
  next        integer NOT NULL DEFAULT 0,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 3,
    name: 'no foreign-key triggers',
    // A foreign key is a trigger per inserted row (a look-up of the row it names), ~170 a document and
    // the largest part of the server's time per document after the inserts themselves. One writer owns
    // these tables and never names a row it has not written in the same transaction; deleting a
    // document removes its layers explicitly (src/store/postgres/write.ts deleteDocument), as the
    // cascades did.
    sql: `
ALTER TABLE entity_keys DROP CONSTRAINT IF EXISTS entity_keys_entity_pk_fkey;
ALTER TABLE document_entities DROP CONSTRAINT IF EXISTS document_entities_doc_pk_fkey, DROP CONSTRAINT IF EXISTS document_entities_entity_pk_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_doc_pk_fkey, DROP CONSTRAINT IF EXISTS mentions_entity_pk_fkey;
ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_entity_pk_fkey, DROP CONSTRAINT IF EXISTS roles_doc_pk_fkey;
ALTER TABLE times DROP CONSTRAINT IF EXISTS times_doc_pk_fkey;
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_doc_pk_fkey, DROP CONSTRAINT IF EXISTS quotes_speaker_pk_fkey,
  DROP CONSTRAINT IF EXISTS quotes_via_pk_fkey, DROP CONSTRAINT IF EXISTS quotes_addressee_pk_fkey;
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_source_pk_fkey, DROP CONSTRAINT IF EXISTS events_target_pk_fkey,
  DROP CONSTRAINT IF EXISTS events_location_pk_fkey;
ALTER TABLE event_mentions DROP CONSTRAINT IF EXISTS event_mentions_event_pk_fkey, DROP CONSTRAINT IF EXISTS event_mentions_doc_pk_fkey,
  DROP CONSTRAINT IF EXISTS event_mentions_location_pk_fkey;
ALTER TABLE facts DROP CONSTRAINT IF EXISTS facts_doc_pk_fkey;
`,
  },
];
