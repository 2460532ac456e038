// Date arithmetic for derived facts: a lease signed in 2012-12 for P15Y ends in
// 2027-12. The result keeps the precision of the start value (year, month, day).
import { numbersOfKind } from '../../data/lexicon.ts';

/** Adds a TIMEX3 duration (PnY, PnM, PnW, PnD) to a calendar value; undefined when either is not calendar. */
export function addDuration(value: string, duration: string): string | undefined {
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const dur = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!date || !dur || duration === 'P') return undefined;
  const years = Number(dur[1] ?? 0), months = Number(dur[2] ?? 0), days = Number(dur[3] ?? 0) * 7 + Number(dur[4] ?? 0);
  if (!Number.isInteger(years)) return undefined;
  const y = Number(date[1]);
  if (date[2] === undefined) return months || days ? undefined : String(y + years).padStart(4, '0');
  const totalMonths = (y + years) * 12 + (Number(date[2]) - 1) + months;
  const yy = Math.floor(totalMonths / 12), mm = (totalMonths % 12) + 1;
  if (date[3] === undefined) return days ? undefined : `${yy}-${pad(mm)}`;
  const d = new Date(Date.UTC(yy, mm - 1, Number(date[3]) + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

let bearings: ReadonlyMap<string, number> | undefined;
/** Moves a point `km` kilometres towards a compass direction (n, ne, e, …); flat-earth is fine at these distances. */
export function offsetPoint(lat: number, lon: number, km: number, direction: string): { lat: number; lon: number } | undefined {
  bearings ??= numbersOfKind('facts/basing-words.tsv', 'compass-direction');
  const b = bearings.get(direction.replace(/[-\s]/g, '').toLowerCase());
  if (b === undefined) return undefined;
  const rad = (b * Math.PI) / 180;
  const dLat = (km * Math.cos(rad)) / 111.32;
  const dLon = (km * Math.sin(rad)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return { lat: round(lat + dLat), lon: round(lon + dLon) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
