// Expanding what the user named into input files: a folder is walked recursively
// (sorted; hidden entries, unknown file types and
// hand-annotation files *.gold.json left out), a file or "-" stands as is.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DossierError, asDossierError } from '../errors.ts';

/** The file types a folder walk picks up. */
export const INGESTIBLE = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.json', '.rss', '.atom', '.xml']);

export type WalkItem = { ok: true; path: string } | { ok: false; error: DossierError };

export function* walkInputs(paths: string[]): Generator<WalkItem> {
  for (const p of paths) {
    if (p === '-') { yield { ok: true, path: p }; continue; }
    let st;
    try { st = statSync(p); } catch (err) { yield { ok: false, error: asDossierError(err, p) }; continue; }
    if (st.isDirectory()) yield* walkFolder(p, new Set());
    else yield { ok: true, path: p };
  }
}

function* walkFolder(dir: string, seen: Set<string>): Generator<WalkItem> {
  let key: string;
  let entries;
  try {
    const st = statSync(dir);
    key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) return; // a symlink loop
    seen.add(key);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { ok: false, error: asDossierError(err, dir) };
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    let isDir = e.isDirectory(), isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try { const st = statSync(path); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
    }
    if (isDir) yield* walkFolder(path, seen);
    else if (isFile && INGESTIBLE.has(extname(e.name).toLowerCase()) && !/\.gold\.json$/i.test(e.name)) yield { ok: true, path };
  }
}
