// Downloads of the standing facts: facilities and agreements as CSV (one schema for the page's
// download and `dossier facilities|agreements --csv`), facilities as GeoJSON points. Cells follow
// the events CSV (src/kb/export.ts): RFC 4180, codes quoted as text, formulas defused; durations
// stay ISO 8601 ("P15Y") for programs, as the document JSON has them; several values in one
// cell are joined with " | ".
import type { AgreementView, FacilityView } from './facts.ts';
import { csvCell } from './export.ts';

type Column<T> = [name: string, get: (x: T) => unknown, text?: true];
const docs = (s: { document: string }[]) => [...new Set(s.map(x => x.document))].join(' ');

const FACILITY: Column<FacilityView>[] = [
  ['id', f => f.id], ['name', f => f.name], ['aliases', f => f.aliases.join(' | ')], ['facility_type', f => f.facilityType],
  ['host', f => f.host, true], ['operator', f => f.operator, true], ['operator_inferred', f => (f.operatorInferred ? 1 : undefined)],
  ['status', f => f.status], ['status_time', f => f.statusTime], ['opened', f => f.opened],
  ['lease_ends', f => f.leaseEnds], ['lease_ends_with_extension', f => f.leaseEndsWithExtension],
  ['lat', f => f.lat], ['lon', f => f.lon], ['units', f => f.units.join(' | ')],
  ['agreements', f => f.agreements.join(' ')], ['documents', f => docs(f.sources)],
];
const AGREEMENT: Column<AgreementView>[] = [
  ['id', a => a.id], ['agreement_type', a => a.agreementType], ['parties', a => a.parties.join(' '), true], ['party_names', a => a.partyNames.join(' | ')],
  ['status', a => a.status], ['signed', a => a.signed], ['term', a => a.term], ['extension', a => a.extension?.duration],
  ['extension_automatic', a => (a.extension?.automatic === undefined ? undefined : a.extension.automatic ? 1 : 0)],
  ['ends', a => a.ends], ['ends_with_extension', a => a.endsWithExtension], ['subject', a => a.subject], ['facility', a => a.facility],
  ['consideration', a => (a.consideration ?? []).map(c => c.text).join(' | ')], ['documents', a => docs(a.sources)],
];

export const FACILITY_CSV_COLUMNS: readonly string[] = FACILITY.map(c => c[0]);
export const AGREEMENT_CSV_COLUMNS: readonly string[] = AGREEMENT.map(c => c[0]);

function csv<T>(columns: Column<T>[], rows: T[]): string {
  return [columns.map(c => c[0]).join(','), ...rows.map(r => columns.map(([, get, text]) => csvCell(get(r), text)).join(','))].join('\r\n') + '\r\n';
}
export const facilitiesCsv = (list: FacilityView[]) => csv(FACILITY, list);
export const agreementsCsv = (list: AgreementView[]) => csv(AGREEMENT, list);

/** Facilities with coordinates as GeoJSON points; the rest of the record in properties. */
export function facilitiesGeoJson(list: FacilityView[]) {
  return {
    type: 'FeatureCollection' as const,
    features: list.filter(f => f.lat !== undefined && f.lon !== undefined).map(f => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [f.lon!, f.lat!] },
      properties: { id: f.id, name: f.name, facilityType: f.facilityType, host: f.host, operator: f.operator, status: f.status, leaseEnds: f.leaseEnds, documents: [...new Set(f.sources.map(s => s.document))] },
    })),
  };
}
