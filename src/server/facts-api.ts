// The routes behind the facilities page: facilities and agreements merged across reports, as
// JSON for the page and as downloads (CSV in the CLI's schema, GeoJSON for facilities, JSONL),
// with the same filters. GDELT has no row for a standing fact, so it is not offered here.
import type { Context, Hono } from 'hono';
import type { Store } from '../store/store.ts';
import { mergeAgreements, mergeFacilities, type AgreementView, type FacilityView } from '../kb/facts.ts';
import { agreementsCsv, facilitiesCsv, facilitiesGeoJson } from '../kb/facts-export.ts';

const param = (v: string | undefined) => { const t = v?.trim(); return t ? t.slice(0, 500) : undefined; };

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', jsonl: 'application/x-ndjson; charset=utf-8',
};

function download(c: Context, name: string, format: string, body: string) {
  c.header('Content-Type', TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
  return c.body(body);
}
const jsonl = (items: unknown[]) => items.map(x => JSON.stringify(x)).join('\n') + (items.length ? '\n' : '');

export function factRoutes(app: Hono, store: () => Store): void {
  const facilities = async (c: Context): Promise<FacilityView[]> => {
    const q = c.req.query();
    return mergeFacilities(await store().factRows(), { host: param(q.host)?.toUpperCase(), operator: param(q.operator)?.toUpperCase(), status: param(q.status) });
  };
  const agreements = async (c: Context): Promise<AgreementView[]> => {
    const q = c.req.query();
    const party = param(q.party);
    return mergeAgreements(await store().factRows(), { party: party && /^[A-Za-z]{3}$/.test(party) ? party.toUpperCase() : party, type: param(q.type) });
  };
  app.get('/api/facilities', async c => c.json({ items: await facilities(c) }));
  app.get('/api/agreements', async c => c.json({ items: await agreements(c) }));
  app.get('/api/facilities.csv', async c => download(c, 'facilities', 'csv', facilitiesCsv(await facilities(c))));
  app.get('/api/facilities.geojson', async c => download(c, 'facilities', 'geojson', JSON.stringify(facilitiesGeoJson(await facilities(c))) + '\n'));
  app.get('/api/facilities.jsonl', async c => download(c, 'facilities', 'jsonl', jsonl(await facilities(c))));
  app.get('/api/agreements.csv', async c => download(c, 'agreements', 'csv', agreementsCsv(await agreements(c))));
  app.get('/api/agreements.jsonl', async c => download(c, 'agreements', 'jsonl', jsonl(await agreements(c))));
}
