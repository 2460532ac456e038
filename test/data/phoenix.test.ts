import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoenixKey, phoenixLists } from '../../src/data/phoenix.ts';
import { readTsv } from '../../src/data/files.ts';

test('the Phoenix lists: people with the state they served, bodies with their kind; keys without dots', () => {
  const px = phoenixLists();
  assert.ok(px.people.size > 10_000 && px.organizations.size > 5_000);
  assert.equal(px.people.get('serzh sarkisyan'), 'ARM');
  assert.ok(px.people.has(phoenixKey(['George', 'A.', 'Joulwan'])));
  assert.equal(px.organizations.get('world bank'), 'igo');
  assert.equal(px.organizations.get('federal trade commission'), 'state-body');
  // a country's own entry lists its cities: not organizations
  assert.equal(px.organizations.get('kandahar'), undefined);
});

test('each list name is already its own look-up key but for the dotted ones (the loader keys the rest as written)', () => {
  for (const file of ['lists/phoenix-people.tsv', 'lists/phoenix-organizations.tsv']) {
    for (const [name] of readTsv(file)) {
      if (name.includes('.')) continue;
      assert.equal(phoenixKey(name.split(' ')), name, `${file}: "${name}" is not in lower case with single spaces (rebuild the list)`);
    }
  }
});
