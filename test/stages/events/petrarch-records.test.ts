// PETRARCH2's unit-test records as a suite: each record's sentence coded from its own Treebank
// parse with the PETR.Validate.* dictionaries must give exactly its expected events. The floor
// sits a little below the measured figure (247/284, 87%, on 2026-12-07); the records that fail are
// listed by `node --import tsx test/stages/events/petrarch-records.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreRecords, scoreRecordsWithOwnSyntax, FIXTURE_DIR } from './petrarch-records.ts';
import { runCli } from '../../cli/capture.ts';
import { actorParts } from '../../../src/format/gdelt.ts';

test('the 285 unit-test records with their own parses: at least 85% coded exactly', () => {
  const { passed, total, results } = scoreRecords();
  assert.ok(total >= 280, `${total} records read`);
  assert.ok(passed / total >= 0.85, `${passed}/${total}`);
  const byId = new Map(results.map((r) => [r.record.id, r]));
  // a few that name what the coder does: patterns, synsets, compounds, passives, agents, dates, discards
  for (const id of ['DEMO-00', 'DEMO-02', 'SYNSET-03', 'SYNSET-07b', 'COMPOUND-05', 'PASSIVE-01', 'AGENT-05', 'DATE-14', 'DISCARD-03', 'VERB-01'])
    assert.ok(byId.get(id)?.ok, `${id}: want ${byId.get(id)?.record.expected.join(' ; ')} got ${byId.get(id)?.got.join(' ; ')}`);
});

test('the same records read by Dossier\'s own stages instead of their parses', () => {
  const { passed, total } = scoreRecordsWithOwnSyntax();
  assert.ok(passed / total >= 0.48, `${passed}/${total}`);
});

test('dossier extract --dictionaries codes with another dictionary set; GDELT actor columns', async () => {
  const r = await runCli(['extract', '-', '--dictionaries', FIXTURE_DIR, '--format', 'gdelt', '--published', '1995-01-01'],
    'Arnor is about to restore full diplomatic ties with Gondor, a senior official said on Saturday.\n');
  assert.equal(r.code, 0, r.err);
  const row = r.out.trim().split('\t');
  assert.equal(row[5], 'ARN');
  assert.equal(row[15], 'GON');
  assert.equal(row[26], '064');
  assert.match(r.err, /PETR\.Validate\.verbs\.txt:\d+: .*\(skipped\)/, 'malformed lines are reported with file and line');
  assert.deepEqual(actorParts('IGOUNO'), { country: undefined, knownGroup: 'UNO', religions: [], types: ['IGO'] });
  assert.deepEqual(actorParts('USAGOVMIL'), { country: 'USA', knownGroup: undefined, religions: [], types: ['GOV', 'MIL'] });
  assert.equal(actorParts('REB').country, undefined, 'a non-state side keeps no state');
});
