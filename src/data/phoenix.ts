// The Phoenix actor lists (data/lists/phoenix-*.tsv, built by scripts/build-phoenix-lists.ts from
// the vendored PETRARCH2 dictionaries, MIT): tens of thousands of political people and of bodies.
// Keys are lower case with dots dropped ("george a joulwan", "wall street journal").
import { readTsv } from './files.ts';

export interface PhoenixLists {
  /** full name → ISO3 of the state they served ('' when unknown) */
  people: ReadonlyMap<string, string>;
  /** name → kind (igo, ngo, company, armed-group, party, state-body, org) */
  organizations: ReadonlyMap<string, string>;
  /** the most words any key has */
  maxWords: number;
  /** every key and every key's first words ("george", "george w", "george w bush"): a reader stops where its words are none */
  prefixes: ReadonlySet<string>;
}

let loaded: PhoenixLists | undefined;

/** The key a name is looked up by: lower case, dots dropped, single spaces. */
export function phoenixKey(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    const x = w.replace(/\./g, '').toLowerCase();
    if (x) out = out ? out + ' ' + x : x;
  }
  return out;
}

/** A list's name as its key: the lists are written in lower case with single spaces, so only a name with dots is rebuilt (a tenth of them; the load is part of start-up). */
function listKey(name: string): string {
  return name.includes('.') || name.includes('  ') ? phoenixKey(name.split(' ')) : name;
}

export function phoenixLists(): PhoenixLists {
  if (loaded) return loaded;
  const people = new Map<string, string>(), organizations = new Map<string, string>();
  let maxWords = 1;
  for (const [name, country] of readTsv('lists/phoenix-people.tsv')) {
    const key = listKey(name);
    people.set(key, country ?? '');
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  for (const [name, kind] of readTsv('lists/phoenix-organizations.tsv')) {
    const key = listKey(name);
    organizations.set(key, kind ?? 'org');
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  const prefixes = new Set<string>();
  for (const keys of [people.keys(), organizations.keys()]) {
    for (const key of keys) {
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
      prefixes.add(key);
    }
  }
  loaded = { people, organizations, maxWords: Math.min(maxWords, 10), prefixes };
  return loaded;
}
