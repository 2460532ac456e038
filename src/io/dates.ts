// Publication dates as pages and feeds write them, to calendar dates. Apart from html.ts so that
// reading a plain-text report does not load the HTML parser.

/** "2017-10-10T08:00:00+03:00", "2017-10-10", "Tue, 10 Oct 2017 08:00:00 GMT" → "2017-10-10" */
export function toIsoDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return undefined;
  // the date as written on the page: a stated offset is kept, a bare date is read as UTC
  const d = new Date(ms + offsetMinutes(t) * 60000);
  return d.toISOString().slice(0, 10);
}

function offsetMinutes(s: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
