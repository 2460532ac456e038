// The page's CSV download is the CLI's export: one schema (src/kb/export.ts).
export { eventsCsv, CSV_COLUMNS } from '../kb/export.ts';
