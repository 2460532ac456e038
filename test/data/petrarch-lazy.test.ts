// The default dictionaries are read lazily (actors: src/data/petrarch/lazy-actors.ts; agents:
// lazy-agents.ts; verb patterns and, through their index, verb forms: readVerbDictionary(…, lazy)). What is read must equal the whole read.
// Actors and agents: every phrase of every entry must match the same entry, with the same codes, as
// when the files are read whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataBuffer, readDataText } from '../../src/data/files.ts';
import { PhraseIndex, readActors, readVerbDictionary, type ActorEntry, type DictIssue } from '../../src/data/petrarch/index.ts';
import { actorScanIndex, lazyActors, readActorScan, serializeActorScan, type ActorScanIndex } from '../../src/data/petrarch/lazy-actors.ts';
import { ACTOR_INDEX, AGENT_INDEX, DEFAULT_ACTOR_FILES, DEFAULT_AGENT_FILES } from '../../src/data/petrarch/index.ts';
import { readAgents, verbFormIndex, VERB_INDEX, type AgentEntry, type VerbDictionary, type VerbFormIndex } from '../../src/data/petrarch/index.ts';
import { agentScanIndex, lazyAgents, type AgentScanIndex } from '../../src/data/petrarch/lazy-agents.ts';

const FILES = [...DEFAULT_ACTOR_FILES];
const shippedIndex = (): ActorScanIndex => readActorScan(readDataBuffer(ACTOR_INDEX))!;

test('the shipped actor index is the scan of the shipped actor files (else: npx tsx scripts/build-petrarch-index.ts)', () => {
  const files = FILES.map((name) => ({ name, text: readDataText(`petrarch/${name}`), bytes: readDataBuffer(`petrarch/${name}`) }));
  assert.ok(readDataBuffer(ACTOR_INDEX).equals(serializeActorScan(actorScanIndex(files))), `data/${ACTOR_INDEX} is stale`);
  assert.deepEqual({ ...shippedIndex() }, { ...actorScanIndex(files) });
});

test('an actor index made from other files is not used: the files are scanned', () => {
  const files = FILES.map((name) => ({ name, text: readDataText(`petrarch/${name}`), bytes: readDataBuffer(`petrarch/${name}`) }));
  const stale = shippedIndex();
  stale.files[0].bytes++;
  const lazy = new PhraseIndex<ActorEntry>();
  lazyActors(files, [], lazy, stale);
  assert.equal(lazy.match(['RUSSIA'], 0)?.value.codes.at(-1)?.code, 'RUS');
  assert.equal(lazy.match(['VLADIMIR', 'PUTIN'], 0)?.length, 2);
});

for (const withIndex of [false, true]) test(`the lazily read Phoenix actors match every phrase as the whole read does (${withIndex ? 'with the shipped index' : 'scanning the files'})`, () => {
  const files = FILES.map((name) => ({ name, text: readDataText(`petrarch/${name}`), bytes: readDataBuffer(`petrarch/${name}`) }));
  const eager = new PhraseIndex<ActorEntry>(), eagerIssues: DictIssue[] = [];
  const entries = files.flatMap((f) => readActors(f.text, f.name, eagerIssues, eager));
  const lazy = new PhraseIndex<ActorEntry>(), lazyIssues: DictIssue[] = [];
  lazyActors(files, lazyIssues, lazy, withIndex ? shippedIndex() : null);
  assert.ok(entries.length > 20000, `${entries.length} entries`);
  let phrases = 0;
  // in reverse file order, so entries are read out of order and ranks must settle which keeps a phrase
  for (let e = entries.length - 1; e >= 0; e--) {
    for (const p of entries[e].phrases) {
      const want = eager.match(p, 0), got = lazy.match(p, 0);
      assert.equal(got?.length, want?.length, p.join(' '));
      assert.equal(got?.value.line, want?.value.line, p.join(' '));
      assert.deepEqual(got?.value.codes, want?.value.codes, p.join(' '));
      phrases++;
    }
  }
  assert.ok(phrases > entries.length);
  assert.equal(lazy.match(['NO', 'SUCH', 'ACTOR'], 0), null);
  // every malformed line the whole read reports, the lazy read reports once all is read
  assert.deepEqual(new Set(lazyIssues.map((i) => `${i.file}:${i.line}`)), new Set(eagerIssues.map((i) => `${i.file}:${i.line}`)));
});

test('the lazily parsed CAMEO verb patterns equal the eagerly parsed ones, block by block', () => {
  const text = readDataText('petrarch/CAMEO.2.0.txt');
  const eagerIssues: DictIssue[] = [], lazyIssues: DictIssue[] = [];
  const eager = readVerbDictionary(text, 'CAMEO.2.0.txt', eagerIssues);
  const lazy = readVerbDictionary(text, 'CAMEO.2.0.txt', lazyIssues, true);
  assert.equal(lazy.blocks.length, eager.blocks.length);
  let patterns = 0;
  for (let b = eager.blocks.length - 1; b >= 0; b--) {
    assert.deepEqual(lazy.blocks[b].patterns, eager.blocks[b].patterns, eager.blocks[b].primary);
    patterns += eager.blocks[b].patterns.length;
  }
  assert.ok(patterns > 4000, `${patterns} patterns`);
  assert.deepEqual(new Set(lazyIssues.map((i) => `${i.line}:${i.message}`)), new Set(eagerIssues.map((i) => `${i.line}:${i.message}`)));
});

const agentFiles = () => DEFAULT_AGENT_FILES.map((name) => ({ name, text: readDataText(`petrarch/${name}`) }));
const shippedAgentIndex = (): AgentScanIndex => JSON.parse(readDataText(AGENT_INDEX)) as AgentScanIndex;

test('the shipped agent index is the scan of the shipped agent file (else: npx tsx scripts/build-petrarch-index.ts)', () => {
  assert.deepEqual(shippedAgentIndex(), agentScanIndex(agentFiles()));
});

for (const withIndex of [false, true]) test(`the lazily read Phoenix agents match every phrase as the whole read does (${withIndex ? 'with the shipped index' : 'scanning the file'})`, () => {
  const files = agentFiles();
  // every phrase the whole read adds, in the order it adds them
  const phrases: string[][] = [];
  const eager = new PhraseIndex<AgentEntry>();
  const add = eager.add.bind(eager);
  eager.add = (words, value, gaps, rank) => { phrases.push(words); add(words, value, gaps, rank); };
  const eagerIssues: DictIssue[] = [];
  for (const f of files) readAgents(f.text, f.name, eagerIssues, eager);
  const lazy = new PhraseIndex<AgentEntry>(), lazyIssues: DictIssue[] = [];
  lazyAgents(files, lazyIssues, lazy, withIndex ? shippedAgentIndex() : { ...shippedAgentIndex(), files: [] });
  assert.ok(phrases.length > 4000, `${phrases.length} phrases`);
  // in reverse order, so lines are read out of order and ranks must settle which keeps a phrase
  for (let k = phrases.length - 1; k >= 0; k--) {
    const p = phrases[k];
    const want = eager.match(p, 0), got = lazy.match(p, 0);
    assert.equal(got?.length, want?.length, p.join(' '));
    assert.deepEqual(got?.value, want?.value, p.join(' '));
    const apart = [...p.slice(0, 1), 'STATE', ...p.slice(1)];
    assert.deepEqual(lazy.matchApart(apart, 0, apart.length)?.value, eager.matchApart(apart, 0, apart.length)?.value, apart.join(' '));
  }
  assert.equal(lazy.match(['NO', 'SUCH', 'AGENT'], 0), null);
  // what the lazy read reports is what the whole read reports of the same lines
  const eagerAt = new Set(eagerIssues.map((i) => `${i.file}:${i.line}:${i.message}`));
  for (const i of lazyIssues) assert.ok(eagerAt.has(`${i.file}:${i.line}:${i.message}`), i.message);
  assert.equal(lazy.matchApart(['FOREIGN', 'MINISTER'], 0, 2)?.value.code, eager.matchApart(['FOREIGN', 'MINISTER'], 0, 2)?.value.code);
});

const VERB_FILE = 'CAMEO.2.0.txt';
/** A form's senses as comparable values: the block by its place, the rest as read. */
const sensesOf = (d: VerbDictionary, form: string) => d.forms.get(form)?.map((s) => ({ block: d.blocks.indexOf(s.block), base: s.base, code: s.code, passiveCode: s.passiveCode, before: s.before, after: s.after }));

test('the shipped verb form index is the scan of the shipped verb file (else: npx tsx scripts/build-petrarch-index.ts)', () => {
  assert.deepEqual(JSON.parse(readDataText(VERB_INDEX)), verbFormIndex(readDataText(`petrarch/${VERB_FILE}`), VERB_FILE));
});

test('the CAMEO verb forms read through the index give the senses of the whole read, form by form', () => {
  const text = readDataText(`petrarch/${VERB_FILE}`);
  const eager = readVerbDictionary(text, VERB_FILE, []);
  const lazyIssues: DictIssue[] = [];
  const lazy = readVerbDictionary(text, VERB_FILE, lazyIssues, true, JSON.parse(readDataText(VERB_INDEX)) as VerbFormIndex);
  assert.equal(lazy.blocks.length, eager.blocks.length);
  assert.deepEqual(lazy.blocks.map((b) => [b.primary, b.code, b.passiveCode]), eager.blocks.map((b) => [b.primary, b.code, b.passiveCode]));
  const forms = [...eager.forms.keys()];
  assert.ok(forms.length > 6000, `${forms.length} forms`);
  // in reverse order, so lines are read out of order
  for (let k = forms.length - 1; k >= 0; k--) assert.deepEqual(sensesOf(lazy, forms[k]), sensesOf(eager, forms[k]), forms[k]);
  assert.equal(lazy.forms.get('NOSUCHVERB'), undefined);
  assert.equal(lazy.forms.has('NOSUCHVERB'), false);
  assert.deepEqual([...lazy.forms.keys()].sort(), forms.sort());
  assert.deepEqual(lazy.transformations, eager.transformations);
  assert.deepEqual(lazy.synsets, eager.synsets);
  assert.deepEqual(lazyIssues, []);
});

test('a verb file read through its index reports the malformed verb lines a whole read does; an index of another text is not used', () => {
  const text = '--- MEET [040] ---\nMEET\nCONFER [x\nGATHER {GATHERS GATHERED GATHERING}\n- * $ [041]\n--- SAY [010] ---\nSAY {SAYS SAID}\n';
  const eagerIssues: DictIssue[] = [], lazyIssues: DictIssue[] = [];
  const eager = readVerbDictionary(text, 'v.txt', eagerIssues);
  const index = verbFormIndex(text, 'v.txt');
  assert.deepEqual(index.issues, [2]);
  const lazy = readVerbDictionary(text, 'v.txt', lazyIssues, true, index);
  assert.deepEqual(lazyIssues, eagerIssues);
  assert.equal(eagerIssues.length, 1);
  for (const f of ['MEET', 'GATHERED', 'SAID', 'SAYS', 'CONFER']) assert.deepEqual(sensesOf(lazy, f), sensesOf(eager, f), f);
  assert.equal(lazy.forms.get('GATHERED')?.[0].code, '040');
  const other = readVerbDictionary(text + 'TALK\n', 'v.txt', [], true, index);
  assert.equal(other.forms.get('TALK')?.[0].code, '010');
});
