// Derives compact people and organization lists from the Phoenix actor dictionaries vendored in
// data/petrarch/ (MIT, Open Event Data Alliance): data/lists/phoenix-people.tsv and
// data/lists/phoenix-organizations.tsv. Run: npx tsx scripts/build-phoenix-lists.ts
//
// An actor entry is a name line ("ROBERT_KOCHARYAN_  # CountryInfo.txt"), its synonyms ("+…") and
// its codes ("[ARMGOV 980204-080409]", on the name line or indented below). A code with dates is
// an office held for a time: the entry is a person. An entry without dates is a body (a party, a
// ministry, an armed group, an international organization, a company), except a country's own
// entry (a bare three-letter code), whose synonyms are its cities and provinces: left out.
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = new URL('../data/petrarch/', import.meta.url);
const OUT = new URL('../data/lists/', import.meta.url);
const FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

interface Entry { names: string[]; codes: string[]; dated: boolean }

function clean(raw: string): string {
  return raw.replace(/\(.*?\)/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function parse(text: string): Entry[] {
  const out: Entry[] = [];
  let cur: Entry | undefined;
  for (const line0 of text.split('\n')) {
    if (line0.startsWith('#')) continue;
    const line = line0.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map(m => m[1].trim());
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line0) && !name) { if (cur) for (const c of codes) add(cur, c); continue; }
    if (name.startsWith('+')) { if (cur && clean(name.slice(1))) cur.names.push(clean(name.slice(1))); for (const c of codes) if (cur) add(cur, c); continue; }
    if (!name) continue;
    cur = { names: [clean(name)], codes: [], dated: false };
    for (const c of codes) add(cur, c);
    out.push(cur);
  }
  return out;
}

function add(e: Entry, code: string): void {
  const [c, when] = code.split(/\s+/);
  if (!c) return;
  e.codes.push(c);
  if (when && /\d/.test(when)) e.dated = true;
}

/** The kind of body a code says: international, non-governmental, company, armed, party, state. */
function orgKind(code: string): string {
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO')) return 'ngo';
  if (code.startsWith('MNC')) return 'company';
  if (/^IMG|REB|INS|UAF|SEP|RAD/.test(code.slice(0, 3)) || /REB|INS|UAF|SEP/.test(code.slice(3))) return 'armed-group';
  if (code.slice(3).startsWith('PTY')) return 'party';
  if (/^[A-Z]{3}(GOV|MIL|JUD|LEG|SPY|COP)/.test(code)) return 'state-body';
  return 'org';
}

const countryOf = (code: string) => (/^[A-Z]{3}/.test(code) && !/^(IGO|NGO|MNC|IMG)/.test(code) ? code.slice(0, 3) : '');

const people = new Map<string, string>();
const orgs = new Map<string, [string, string]>();
for (const file of FILES) {
  for (const e of parse(readFileSync(new URL(file, DIR), 'utf8'))) {
    if (!e.codes.length) continue;
    const code = e.codes[0];
    if (e.dated) {
      // people: two words at least ("Kocharyan" alone is too weak a key), letters, dots, hyphens only
      for (const n of e.names) if (n.includes(' ') && /^[a-z .'-]+$/.test(n) && !people.has(n)) people.set(n, countryOf(code));
      continue;
    }
    if (/^[A-Z]{3}$/.test(code) && file.startsWith('Phoenix.Countries')) continue;
    for (const n of e.names) {
      if (n.length < 3 || !/^[a-z0-9 .&'-]+$/.test(n) || orgs.has(n)) continue;
      orgs.set(n, [orgKind(code), countryOf(code)]);
    }
  }
}
const head = (what: string) => `# ${what}, derived by scripts/build-phoenix-lists.ts from the Phoenix actor dictionaries\n# (data/petrarch/, MIT, Open Event Data Alliance). Do not edit: rebuild.\n`;
writeFileSync(new URL('phoenix-people.tsv', OUT), head('name <TAB> ISO3 of the state they served') + [...people].sort().map(([n, c]) => `${n}\t${c}`).join('\n') + '\n');
writeFileSync(new URL('phoenix-organizations.tsv', OUT), head('name <TAB> kind (igo, ngo, company, armed-group, party, state-body, org) <TAB> ISO3') + [...orgs].sort().map(([n, [k, c]]) => `${n}\t${k}\t${c}`).join('\n') + '\n');
console.log(`${people.size} people, ${orgs.size} organizations`);
