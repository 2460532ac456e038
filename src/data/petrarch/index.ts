// A PETRARCH dictionary set: verbs, actors, agents and discards, read once, lazily, into
// compact indexes. The default set is the vendored CAMEO 2.0 verbs and Phoenix dictionaries
// (data/petrarch/); `loadDictionaries(dir)` reads another set (the unit tests' PETR.Validate.*).
// Malformed lines are collected in `issues` (file and line), never thrown.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDataBuffer, readDataText } from '../files.ts';
import { DossierError } from '../../errors.ts';
import type { DictIssue } from './lines.ts';
import { readVerbDictionary, type VerbDictionary, type VerbFormIndex } from './verbs.ts';
import { PhraseIndex, readActors, readAgents, codeAt, type ActorEntry, type AgentEntry } from './actors.ts';
import { DiscardList, readDiscards } from './discards.ts';
import { lazyActors, readActorScan } from './lazy-actors.ts';
import { lazyAgents, type AgentScanIndex } from './lazy-agents.ts';

export type { DictIssue } from './lines.ts';
export type { VerbDictionary, VerbBlock, VerbPattern, VerbSense, PatternElem, Transformation, VerbFormIndex } from './verbs.ts';
export type { ActorEntry, AgentEntry, DatedCode } from './actors.ts';
export { codeAt, PhraseIndex } from './actors.ts';
export { DiscardList } from './discards.ts';
export { readVerbDictionary, verbFormIndex, parsePattern, regularVerbForms, splitCode } from './verbs.ts';
export { readActors, readAgents, parseRestriction, dictDate } from './actors.ts';
export { readDiscards } from './discards.ts';
export { dictLines } from './lines.ts';

export interface Dictionaries {
  /** where it was read from (a folder, or "data/petrarch") */
  source: string;
  verbs: VerbDictionary;
  actors: PhraseIndex<ActorEntry>;
  agents: PhraseIndex<AgentEntry>;
  discards: DiscardList;
  issues: DictIssue[];
}

interface FileSet { verbs: string[]; actors: string[]; agents: string[]; discards: string[] }

/** Which file of a folder is which dictionary, by the names PETRARCH uses. */
function classify(names: readonly string[]): FileSet {
  const set: FileSet = { verbs: [], actors: [], agents: [], discards: [] };
  for (const n of [...names].sort()) {
    const l = n.toLowerCase();
    if (!l.endsWith('.txt')) continue;
    if (l.includes('verb') || /^cameo\./.test(l)) set.verbs.push(n);
    else if (l.includes('agent')) set.agents.push(n);
    else if (l.includes('discard')) set.discards.push(n);
    else if (l.includes('actor')) set.actors.push(n);
  }
  return set;
}

/** A shipped scan of default files (lazy-actors.ts, lazy-agents.ts), or null when it cannot be read. */
function shippedScan<T>(relPath: string): T | null {
  try {
    return JSON.parse(readDataText(relPath)) as T;
  } catch {
    return null; // a missing or broken index only costs the scan it saves
  }
}

/** The shipped scan of the default actor files (binary, read as views of its bytes), or null when it cannot be read. */
function shippedActorScan() {
  try {
    return readActorScan(readDataBuffer(ACTOR_INDEX));
  } catch {
    return null; // a missing or broken index only costs the scan it saves
  }
}

/** The compact scan of the default actor files, beside them (scripts/build-petrarch-index.ts writes it). */
export const ACTOR_INDEX = 'petrarch/Phoenix.actors.index.bin';
/** Which lines of the default verb file give each verb form, beside it (the same script writes it). */
export const VERB_INDEX = 'petrarch/CAMEO.2.0.index.json';
/** The default verb file. */
export const DEFAULT_VERB_FILE = 'CAMEO.2.0.txt';
/** The scan of the default agent file, beside it (the same script writes it). */
export const AGENT_INDEX = 'petrarch/Phoenix.agents.index.json';

/** `readBytes` (with `lazy`): a file's bytes, for the actor files, whose entries are decoded as they are read. */
function build(source: string, files: FileSet, read: (name: string) => string, lazy = false, readBytes?: (name: string) => Buffer): Dictionaries {
  const issues: DictIssue[] = [];
  const verbsText = files.verbs.map(read);
  const verbIndex = lazy ? shippedScan<VerbFormIndex>(VERB_INDEX) : null;
  let verbs: VerbDictionary | null = null;
  for (let i = 0; i < verbsText.length; i++) {
    const v = readVerbDictionary(verbsText[i], files.verbs[i], issues, lazy, verbIndex);
    if (!verbs) verbs = v;
    else {
      for (const [f, s] of v.forms) verbs.forms.set(f, [...(verbs.forms.get(f) ?? []), ...s]);
      verbs.blocks.push(...v.blocks);
      for (const [k, s] of v.synsets) verbs.synsets.set(k, s);
      verbs.transformations.push(...v.transformations);
    }
  }
  const actors = new PhraseIndex<ActorEntry>();
  if (lazy) lazyActors(files.actors.map((f) => ({ name: f, bytes: readBytes ? readBytes(f) : Buffer.from(read(f), 'utf8') })), issues, actors, shippedActorScan());
  else for (const f of files.actors) readActors(read(f), f, issues, actors);
  const agents = new PhraseIndex<AgentEntry>();
  if (lazy) lazyAgents(files.agents.map((f) => ({ name: f, text: read(f) })), issues, agents, shippedScan<AgentScanIndex>(AGENT_INDEX));
  else for (const f of files.agents) readAgents(read(f), f, issues, agents);
  const discards = new DiscardList();
  for (const f of files.discards) readDiscards(read(f), f, issues, discards);
  return {
    source,
    verbs: verbs ?? { forms: new Map(), blocks: [], synsets: new Map(), transformations: [] },
    actors, agents, discards, issues,
  };
}

const loaded = new Map<string, Dictionaries>();

/** The vendored Phoenix actor files, in the order they are read (the first entry of a phrase keeps it). */
export const DEFAULT_ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'] as const;

/** The vendored Phoenix agent file. */
export const DEFAULT_AGENT_FILES = ['Phoenix.agents.txt'] as const;

/** The vendored CAMEO 2.0 verbs and Phoenix actors, agents and discards (read on first use). */
export function defaultDictionaries(): Dictionaries {
  let d = loaded.get('');
  if (!d) {
    const files: FileSet = {
      verbs: [DEFAULT_VERB_FILE],
      actors: [...DEFAULT_ACTOR_FILES],
      agents: [...DEFAULT_AGENT_FILES],
      discards: ['Phoenix.discards.txt'],
    };
    d = build('data/petrarch', files, (n) => readDataText(`petrarch/${n}`), true, (n) => readDataBuffer(`petrarch/${n}`));
    loaded.set('', d);
  }
  return d;
}

/** A dictionary set from a folder: *verbs*.txt or CAMEO.*.txt, *actors*.txt, *agents*.txt, *discards*.txt. */
export function loadDictionaries(dir: string): Dictionaries {
  let d = loaded.get(dir);
  if (d) return d;
  let names: string[];
  try { names = readdirSync(dir); } catch (e) {
    throw new DossierError('INPUT_MISSING', (e as Error).message, dir);
  }
  const files = classify(names);
  if (!files.verbs.length) throw new DossierError('INPUT_FORMAT', 'no verb dictionary (*verbs*.txt or CAMEO.*.txt) in the folder', dir);
  d = build(dir, files, (n) => readFileSync(join(dir, n), 'utf8'));
  loaded.set(dir, d);
  return d;
}

/**
 * The Phoenix actors (countries, international and non-state), for any stage that wants
 * people and organizations with their codes: `lookup(words, i, date)` gives the longest
 * entry starting at word i and its code at a date (YYYYMMDD, or null for the present).
 */
export function phoenixActors(): {
  index: PhraseIndex<ActorEntry>;
  lookup(words: readonly string[], i: number, date: number | null): { entry: ActorEntry; code: string | null; length: number } | null;
} {
  const index = defaultDictionaries().actors;
  return {
    index,
    lookup(words, i, date) {
      const m = index.match(words, i);
      return m ? { entry: m.value, code: codeAt(m.value, date), length: m.length } : null;
    },
  };
}
