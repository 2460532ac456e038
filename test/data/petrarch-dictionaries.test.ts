// The PETRARCH dictionary loader: every construct dictionaries.rst describes, on small
// texts, and the vendored files read whole with their malformed lines reported, not thrown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readVerbDictionary, readActors, readAgents, readDiscards, PhraseIndex, DiscardList, codeAt,
  defaultDictionaries, loadDictionaries, phoenixActors, regularVerbForms,
  type DictIssue, type ActorEntry, type AgentEntry, type PatternElem,
} from '../../src/data/petrarch/index.ts';

const VERBS = `
&TIETYPES
+MILITARY
+ECONOMIC_
&AUXVERB_
+WAS
+IS_TO
&BIGSET
+&TIETYPES
+CLOSER
&CURRENCY
+DOLLAR
+MONEY
--- ABANDON  [345]  ---
ABANDON    # a comment
+ABC_DEF_GHI
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903]
- * DIPLOMATIC TIES [901]
- + KNOWN_ * IN_ $  [076]
- * (FOR {FINANCIAL AID}) [071:072]
- * &UNDEFINED [999]
--- BREAK [---] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- IN_*  [075]
- % * ^ +  [080]
- * (AGAINST) + [112]
~ a (a b ATTACK) SAY = a b 015
- * {UNCLOSED [010]
`;

function verbs() { const issues: DictIssue[] = []; return { d: readVerbDictionary(VERBS, 'v.txt', issues), issues }; }
const words = (es: readonly PatternElem[]) => es.map((e) => e.kind === 'word' ? e.word : e.kind);

test('synsets: phrases, regular plurals, no plural after _, embedded sets', () => {
  const { d } = verbs();
  assert.deepEqual(d.synsets.get('TIETYPES'), [['MILITARY'], ['MILITARIES'], ['ECONOMIC']]);
  assert.deepEqual(d.synsets.get('AUXVERB'), [['WAS'], ['IS', 'TO']]);
  assert.deepEqual(d.synsets.get('BIGSET')?.slice(0, 3), [['MILITARY'], ['MILITARIES'], ['ECONOMIC']]);
  assert.ok(d.synsets.get('CURRENCY')?.some((p) => p[0] === 'MONEYS'));
});

test('verb blocks: the block code, a verb with its own code, the null code, regular and irregular forms', () => {
  const { d } = verbs();
  const abandoned = d.forms.get('ABANDONED')![0];
  assert.equal(abandoned.block.primary, 'ABANDON');
  assert.equal(abandoned.code, '345');
  assert.equal(d.forms.get('RST')![0].code, '002');
  assert.deepEqual(d.forms.get('RST')![0].before, ['KLM', 'NOP']);
  assert.equal(d.forms.get('BROKE')![0].code, null);
  assert.equal(d.forms.get('BROKE')![0].block.primary, 'BREAK');
  assert.ok(!d.forms.has('BREAKED'), 'irregular forms replace the regular ones');
  assert.deepEqual(d.forms.get('TAPPED')![0].before, ['WIRE']);
  assert.ok(d.forms.get('BROKE')!.some((s) => s.after.join() === 'DOWN'), 'multi-word verb +BREAK_DOWN');
  assert.deepEqual(regularVerbForms('CARRY'), ['CARRY', 'CARRIES', 'CARRIED', 'CARRYING']);
  assert.deepEqual(regularVerbForms('SAVE'), ['SAVE', 'SAVES', 'SAVED', 'SAVING']);
});

test('patterns: words, synsets, ties (_), $ + % ^, {noun phrases}, (prepositional phrases), [code:code]', () => {
  const { d } = verbs();
  const ab = d.blocks.find((b) => b.primary === 'ABANDON')!;
  const byLine = (n: string) => ab.patterns.find((p) => p.text.includes(n))!;
  const rel = byLine('NEW_&TIETYPES');
  assert.deepEqual(rel.post.map((e) => [e.kind, !!e.tight]), [['word', false], ['synset', true], ['word', true]]);
  const known = byLine('KNOWN_');
  assert.deepEqual(words(known.pre), ['target', 'KNOWN']);
  assert.deepEqual(words(known.post), ['IN', 'source']);
  const pp = byLine('FINANCIAL')!;
  assert.equal(pp.code, '071');
  assert.equal(pp.passiveCode, '072');
  const e = pp.post[0];
  assert.equal(e.kind, 'prep');
  if (e.kind === 'prep') {
    assert.deepEqual(e.prep, { kind: 'word', word: 'FOR' });
    assert.equal(e.object[0].kind, 'phrase');
  }
  assert.ok(!ab.patterns.some((p) => p.text.includes('UNDEFINED')), 'a pattern with an undefined synset is ignored');
  const br = d.blocks.find((b) => b.primary === 'BREAK')!;
  const inStar = br.patterns.find((p) => p.text.includes('IN_*'))!;
  assert.equal(inStar.verbTight, true);
  assert.deepEqual(words(br.patterns.find((p) => p.code === '080')!.pre), ['compound']);
  assert.deepEqual(words(br.patterns.find((p) => p.code === '080')!.post), ['skip', 'target']);
  assert.equal(br.patterns[0].weight >= br.patterns[br.patterns.length - 1].weight, true, 'most specific first');
});

test('transformations and malformed lines: reported with file and line, skipped', () => {
  const { d, issues } = verbs();
  assert.deepEqual(d.transformations[0].inner, { source: 'a', target: 'b', verb: 'ATTACK' });
  assert.equal(d.transformations[0].result.code, '015');
  assert.ok(issues.some((i) => i.file === 'v.txt' && i.line === 31 && /bracket/.test(i.message)), JSON.stringify(issues));
  assert.ok(issues.some((i) => /UNDEFINED/.test(i.message)));
});

test('actors: synonyms, default codes, date restrictions (<, >, ranges, YYMMDD and YYYYMMDD)', () => {
  const issues: DictIssue[] = [];
  const idx = new PhraseIndex<ActorEntry>();
  readActors(`AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
ABDUL_QADIR_  ; CountryInfo.txt
+NUR_MOHAMMAD_TARAKI_
\t[AFGELI 620101-780427]
\t[AFGGOV 780427-780430]
\t[AFGELI]
BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOV <20070101]
BROKEN [XXX 12-34]
`, 'a.txt', issues, idx);
  const m = (s: string) => idx.match(s.split(' '), 0)!;
  assert.equal(codeAt(m('KABUL').value, 20200101), 'AFG');
  const taraki = m('NUR MOHAMMAD TARAKI').value;
  assert.equal(taraki.name, 'ABDUL QADIR');
  assert.equal(codeAt(taraki, 19700101), 'AFGELI');
  assert.equal(codeAt(taraki, 19780428), 'AFGGOV');
  assert.equal(codeAt(taraki, 19900101), 'AFGELI', 'the default when no restriction holds');
  assert.equal(codeAt(m('BAN KI-MOON').value, 20100101), 'IGOUNO');
  assert.equal(codeAt(m('BAN KI-MOON').value, 20050101), 'KORGOV');
  assert.equal(m('AFGHAN').length, 1);
  assert.ok(issues.some((i) => i.line === 12), JSON.stringify(issues));
});

test('actor and agent phrases: a blank lets other words stand between, an underscore does not', () => {
  const issues: DictIssue[] = [];
  const idx = new PhraseIndex<ActorEntry>();
  readActors(`ITHILEN  [ITH]
ITHILEN TELEVISION  [ITHTV]
ITHILEN_GOVERNMENT_RADIO_  [ITHRAD]
`, 'a.txt', issues, idx);
  const at = (s: string) => { const w = s.split(' '); const m = idx.matchApart(w, 0, w.length)!; return [m.value.codes[0].code, m.positions.join(',')]; };
  assert.deepEqual(at('ITHILEN STATE-RUN TELEVISION'), ['ITHTV', '0,2']);
  assert.deepEqual(at('ITHILEN TELEVISION'), ['ITHTV', '0,1']);
  assert.deepEqual(at('ITHILEN GOVERNMENT RADIO'), ['ITHRAD', '0,1,2']);
  assert.deepEqual(at('ITHILEN STATE GOVERNMENT RADIO'), ['ITH', '0'], 'underscored words must be consecutive');
  const agents = new PhraseIndex<AgentEntry>();
  readAgents('STATE_TELEVISION [~TV]\nWORLD GOVERNMENT {} [~WGO]\n', 'b.txt', issues, agents);
  assert.equal(agents.matchApart('WORLD ELECTED GOVERNMENT'.split(' '), 0, 3)?.value.code, 'WGO');
  assert.equal(agents.matchApart('STATE RUN TELEVISION'.split(' '), 0, 3), null);
  assert.equal(issues.length, 0, JSON.stringify(issues));
});

test('mayReadIn: false only when no phrase can be read from the words in order, whatever stands between', () => {
  const idx = new PhraseIndex<ActorEntry>();
  readActors(`MINAS_TIRITH_  [GON]
WHITE COUNCIL  [WCO]
`, 'a.txt', [], idx);
  const may = (s: string) => { const w = s.split(' '); return idx.mayReadIn(w, 0, w.length); };
  assert.equal(may('THE WHITE COUNCIL MET'), true);
  // further apart than any look-up reads them: still true, the test only rules phrases out
  assert.equal(may('MINAS OF THE TIRITH'), true);
  assert.equal(may('THE WHITE TOWER STANDS'), false);
  assert.equal(may('COUNCIL WHITE'), false, 'the words must come in order');
  const w = 'THE WHITE COUNCIL'.split(' ');
  assert.equal(idx.mayReadIn(w, 0, 2), false, 'only the words before the end');
  assert.equal(idx.mayReadIn(w, 0, 3, 0), true, 'past its budget the answer is true');
});

test('agents: ~ after or before the code, {} and {PLURAL}, regular plurals, !X! substitution', () => {
  const issues: DictIssue[] = [];
  const idx = new PhraseIndex<AgentEntry>();
  readAgents(`!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
ARMY [~MIL]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
NOCODE
`, 'g.txt', issues, idx);
  const m = (s: string) => idx.match(s.split(' '), 0)?.value;
  assert.equal(m('POLICE')?.code, 'COP');
  assert.equal(m('POLICES'), undefined);
  assert.equal(m('ATTORNEYS GENERAL')?.code, 'GOVATG');
  assert.equal(m('ARMIES')?.code, 'MIL');
  assert.equal(m('HUMAN RIGHTS BODY')?.prefix, true);
  assert.equal(m('CONGRESSWOMAN')?.code, 'LEG');
  assert.equal(m('CONGRESSMEN')?.code, 'LEG');
  assert.deepEqual(issues.map((i) => i.line), [7]);
});

test('discards: sentence and story level, stems and _ word ends, case-blind', () => {
  const list = new DiscardList();
  readDiscards(`+WORLD CUP
BASEBALL
GOLF_
`, 'd.txt', [], list);
  assert.equal(list.find('He watched the world cup'.split(' '))?.story, true);
  assert.equal(list.find('Baseballs flew'.split(' '))?.story, false);
  assert.equal(list.find('a golfer won'.split(' ')), null);
  assert.ok(list.find('a golf match'.split(' ')));
});

test('the vendored CAMEO 2.0 and Phoenix dictionaries load, with few malformed lines', () => {
  const d = defaultDictionaries();
  assert.ok(d.verbs.blocks.length > 350);
  assert.ok(d.verbs.blocks.reduce((n, b) => n + b.patterns.length, 0) > 4500);
  assert.ok(d.verbs.synsets.size >= 40);
  // the actors and agents are read lazily, entry by entry: test/data/petrarch-lazy.test.ts checks them against a whole read
  assert.ok(d.agents.match(['MINISTER'], 0)?.value.code.startsWith('GOV'));
  assert.ok(d.agents.size > 0);
  assert.ok(d.discards.size > 400);
  assert.ok(d.issues.length < 40, `${d.issues.length} issues`);
  const putin = phoenixActors().lookup(['VLADIMIR', 'PUTIN'], 0, 20170101);
  assert.ok(putin?.code?.startsWith('RUS'), JSON.stringify(putin?.code));
  const v = loadDictionaries('test/fixtures/petrarch');
  assert.ok(v.verbs.forms.has('RESTORE'));
  assert.ok(v.actors.match(['ARNOR'], 0));
});
