// The API described for clients (OpenAPI 3.1). The document contract's full
// schema lives in src/document/schema/; here it is referenced by name only.
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (name: string) => ({ type: 'object', properties: { items: { type: 'array', items: ref(name) } } });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const errors = {
  400: json(ref('Error'), 'Bad parameters'), 404: json(ref('Error'), 'Not found'),
  500: json(ref('Error'), 'Internal error'), 503: json(ref('Error'), 'No database'),
};

const eventFilters = [
  query('code', 'CAMEO code or prefix, 2 to 4 digits: "04" matches 042, 043', { type: 'string', pattern: '^\\d{2,4}$' }),
  query('source', 'source entity id or ISO3 country'), query('target', 'target entity id or ISO3 country'),
  query('actor', 'entity id as source or target'), query('document', 'only events told in this document'),
  query('from', 'earliest date (YYYY, YYYY-MM or YYYY-MM-DD)'), query('to', 'latest date'),
  query('root', 'CAMEO root code (01 to 20), same as code'), query('quad', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', { type: 'integer', minimum: 1, maximum: 4 }),
  query('country', 'ISO3: events with the state or anyone of it on either side'), query('sentences', 'any value: each mention carries the sentence it stands in'),
  query('limit', 'at most this many', { type: 'integer', minimum: 1, maximum: 10000 }),
];

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier', version: '0.1.0',
      description: 'The knowledge base Dossier builds from news reports: documents with every layer, actors, events, quotes. Every item carries start/end offsets into its document\'s text and the rule that produced it.',
    },
    paths: {
      '/api/documents': { get: { summary: 'List documents, newest first', parameters: [query('limit', 'page size', { type: 'integer' }), query('offset', 'skip this many', { type: 'integer' })], responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: ref('DocumentSummary') }, total: { type: 'integer' } } }), ...errors } } },
      '/api/documents/{id}': { get: { summary: 'One document with all its layers (the document contract)', parameters: [path('id')], responses: { 200: json(ref('Document')), ...errors } } },
      '/api/entities': { get: { summary: 'Search entities by name or alias', parameters: [query('q', 'name, alias or id'), query('type', 'PERSON, ORG, GPE…'), query('country', 'ISO3 of the state it belongs to'), query('limit', 'at most this many', { type: 'integer' })], responses: { 200: json(list('EntitySummary')), ...errors } } },
      '/api/entities/{id}': { get: { summary: "An actor's dossier: aliases, offices, events, quotes, places", parameters: [path('id'), query('document', "read the id as this document's own entity id (links from a document view)")], responses: { 200: json(ref('Dossier')), ...errors } } },
      '/api/events': { get: { summary: 'Events, filtered as in `dossier events`', parameters: eventFilters, responses: { 200: json(list('Event')), ...errors } } },
      '/api/events.csv': { get: { summary: 'The same events as CSV', parameters: eventFilters, responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/events.geojson': { get: { summary: 'The same events with coordinates as GeoJSON points', parameters: eventFilters, responses: { 200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: { type: 'object' } } } }, ...errors } } },
      '/api/events.gdelt': { get: { summary: 'The same events as GDELT 2.0 rows (TSV with a header line)', parameters: eventFilters, responses: { 200: { description: 'TSV', content: { 'text/tab-separated-values': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/events.jsonl': { get: { summary: 'The same events, one JSON object a line', parameters: eventFilters, responses: { 200: { description: 'JSON lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/network': { get: { summary: 'Who acts on whom: actors joined by their events (source → target, weighted) and by shared documents', parameters: eventFilters, responses: { 200: json({ type: 'object', properties: { nodes: { type: 'array', items: { type: 'object' } }, edges: { type: 'array', items: { type: 'object' } } } }), ...errors } } },
      '/api/quotes': { get: { summary: 'Quotations', parameters: [query('speaker', 'speaker entity id'), query('search', 'full-text search in the quote'), query('from', 'earliest date'), query('to', 'latest date'), query('limit', 'at most this many', { type: 'integer' })], responses: { 200: json(list('Quote')), ...errors } } },
      '/api/search': { get: { summary: 'Full-text search over actors, documents and quotes', parameters: [{ ...query('q', 'words to find'), required: true }, query('limit', 'at most this many per group', { type: 'integer' })], responses: { 200: json(ref('SearchResult')), ...errors } } },
      '/api/stats': { get: { summary: 'What the knowledge base holds: counts, date span, the most mentioned entities', responses: { 200: json({ type: 'object', properties: { documents: { type: 'integer' }, entities: { type: 'integer' }, quotes: { type: 'integer' }, events: { type: 'integer' }, firstPublished: { type: 'string' }, lastPublished: { type: 'string' }, topEntities: { type: 'array', items: ref('EntitySummary') } } }), ...errors } } },
      '/api/facilities': { get: { summary: 'Facilities merged across documents: host, operator, status history, lease ends, sources', parameters: [query('host', 'ISO3 of the host state'), query('operator', 'ISO3 or entity id of the operator'), query('status', 'proposed, under construction, active, declined or closed')], responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } }), ...errors } } },
      '/api/agreements': { get: { summary: 'Agreements merged across documents: parties, signing, term, extension, derived ends', parameters: [query('party', 'ISO3 or name of a party'), query('type', 'lease, treaty, deal, contract…')], responses: { 200: json({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } }), ...errors } } },
      '/api/facilities.csv': { get: { summary: 'The same facilities as CSV (the schema of dossier facilities --csv)', parameters: [query('host', 'ISO3 of the host state'), query('operator', 'ISO3 or entity id of the operator'), query('status', 'proposed, under construction, active, declined or closed')], responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/facilities.geojson': { get: { summary: 'The same facilities with coordinates as GeoJSON points', parameters: [query('host', 'ISO3 of the host state'), query('operator', 'ISO3 or entity id of the operator'), query('status', 'proposed, under construction, active, declined or closed')], responses: { 200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: { type: 'object' } } } }, ...errors } } },
      '/api/facilities.jsonl': { get: { summary: 'The same facilities, one JSON object a line', parameters: [query('host', 'ISO3 of the host state'), query('operator', 'ISO3 or entity id of the operator'), query('status', 'proposed, under construction, active, declined or closed')], responses: { 200: { description: 'JSON lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/agreements.csv': { get: { summary: 'The same agreements as CSV (the schema of dossier agreements --csv)', parameters: [query('party', 'ISO3 or name of a party'), query('type', 'lease, treaty, deal, contract…')], responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/agreements.jsonl': { get: { summary: 'The same agreements, one JSON object a line', parameters: [query('party', 'ISO3 or name of a party'), query('type', 'lease, treaty, deal, contract…')], responses: { 200: { description: 'JSON lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/documents.jsonl': { get: { summary: 'Every stored document, one JSON object a line (what dossier export --format jsonl writes)', responses: { 200: { description: 'JSON lines', content: { 'application/x-ndjson': { schema: { type: 'string' } } } }, ...errors } } },
      '/api/rules': { get: { summary: 'What each rule id (or rule-id prefix) found, in plain words: {items: {prefix: description}}', responses: { 200: json({ type: 'object', properties: { items: { type: 'object', additionalProperties: { type: 'string' } } } }), ...errors } } },
      '/api/places': { get: { summary: 'Places with coordinates and how many events took place there', responses: { 200: json(list('Place')), ...errors } } },
      '/extract': {
        post: {
          summary: 'Extract a text without storing it (also at /api/extract)',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, title: { type: 'string' }, published: { type: 'string', format: 'date' }, url: { type: 'string' }, id: { type: 'string' } } } },
            },
          },
          responses: { ...errors, 200: json(ref('Document')), 403: json(ref('Error'), 'Sent from a foreign Origin'), 413: json(ref('Error'), 'Body larger than the limit'), 415: json(ref('Error'), 'Not application/json, or not valid UTF-8'), 422: json(ref('Error'), 'Empty text'), 503: json(ref('Error'), 'Extraction past its time budget, or too many texts waiting') },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        Document: { type: 'object', description: 'The document contract: see src/document/schema/document.schema.json', required: ['id', 'text'], properties: { id: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, text: { type: 'string' }, sentences: { type: 'array' }, mentions: { type: 'array' }, entities: { type: 'array' }, times: { type: 'array' }, quotes: { type: 'array' }, events: { type: 'array' }, facts: { type: 'array' } } },
        DocumentSummary: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' } } },
        EntitySummary: { type: 'object', required: ['id', 'name', 'type'], properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, kind: { type: 'string' }, country: { type: 'string' }, aliases: { type: 'array', items: { type: 'string' } }, documents: { type: 'integer' } } },
        Event: {
          type: 'object', description: 'A merged event: the same source, target and code at a compatible date, across documents', required: ['id', 'code', 'mentions'],
          properties: {
            id: { type: 'string' }, code: { type: 'string' }, root: { type: 'string' }, quadClass: { type: 'integer' }, goldstein: { type: 'number' },
            source: { type: 'string' }, sourceName: { type: 'string' }, sourceActor: { type: 'string' }, target: { type: 'string' }, targetName: { type: 'string' }, targetActor: { type: 'string' },
            date: { type: 'string', description: 'TIMEX3 value' }, dateStart: { type: 'string' }, dateEnd: { type: 'string' },
            location: { type: 'string' }, locationName: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' },
            numArticles: { type: 'integer' }, numSources: { type: 'integer' }, numMentions: { type: 'integer' },
            mentions: { type: 'array', description: 'every document span it was read from', items: { type: 'object', required: ['document', 'start', 'end', 'text', 'code', 'rule'], properties: { document: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, code: { type: 'string' }, time: { type: 'string' }, rule: { type: 'string' } } } },
          },
        },
        Quote: { type: 'object', required: ['document', 'text', 'start', 'end', 'rule'], properties: { document: { type: 'string' }, text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, kind: { type: 'string' }, speaker: { type: 'string' }, speakerName: { type: 'string' }, time: { type: 'string' }, rule: { type: 'string' } } },
        Place: { type: 'object', required: ['id', 'name', 'lat', 'lon'], properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, country: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, events: { type: 'integer' }, documents: { type: 'integer' } } },
        Dossier: { type: 'object', required: ['entity'], properties: { entity: { type: 'object' }, aliases: { type: 'array', items: { type: 'string' } }, roles: { type: 'array' }, events: { type: 'array', items: ref('Event') }, quotes: { type: 'array', items: ref('Quote') }, places: { type: 'array', items: ref('Place') }, coActors: { type: 'array', items: ref('EntitySummary') }, documents: { type: 'array', items: ref('DocumentSummary') } } },
        SearchResult: { type: 'object', properties: { entities: { type: 'array', items: ref('EntitySummary') }, documents: { type: 'array', items: ref('DocumentSummary') }, quotes: { type: 'array', items: ref('Quote') } } },
      },
    },
  };
}
