// Merging rules on real names and dates from the reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  datesCompatible, entityKeys, matchScore, normalizeName, personNamesCompatible, pickCandidate, timexRange,
} from '../../src/kb/merge.ts';
import type { Entity } from '../../src/document/types.ts';

const person = (id: string, name: string, country?: string): Entity => ({ id, type: 'PERSON', name, ...(country ? { country } : {}) });

describe('merging people', () => {
  it('takes short and initialled forms of one name, not another first name', () => {
    assert.equal(personNamesCompatible('Putin', 'Vladimir Putin'), true);
    assert.equal(personNamesCompatible('V. Putin', 'Vladimir Vladimirovich Putin'), true);
    assert.equal(personNamesCompatible('Almazbek Atambayev', 'Atambayev'), true);
    assert.equal(personNamesCompatible('Ivan Karasin', 'Grigory Karasin'), false);
    assert.equal(personNamesCompatible('Sapar Isakov', 'Sapar Japarov'), false);
  });

  it('keeps two Karasins of different countries apart, and a bare "Karasin" out of both', () => {
    const stored = [{ entity: person('grigory-karasin', 'Grigory Karasin', 'RUS') }, { entity: person('ivan-karasin', 'Ivan Karasin', 'KGZ') }];
    assert.equal(pickCandidate(stored, person('karasin', 'Karasin', 'RUS'))?.entity.id, 'grigory-karasin');
    assert.equal(pickCandidate(stored, person('karasin', 'Karasin', 'KGZ'))?.entity.id, 'ivan-karasin');
    assert.equal(pickCandidate(stored, person('karasin', 'Karasin')), undefined, 'ambiguous: merge with neither');
    assert.equal(pickCandidate(stored, person('k', 'Grigory Karasin', 'KGZ')), undefined, 'same name, other country');
  });

  it('keys people by surname, places by gazetteer id, countries by ISO3, organizations by name and alias', () => {
    assert.deepEqual(entityKeys(person('x', 'Almazbek Atambayev', 'KGZ')), ['person:atambayev']);
    assert.deepEqual(entityKeys({ id: 'moscow', type: 'GPE', name: 'Moscow', kind: 'city', country: 'RUS', geo: { lat: 55.75, lon: 37.62, kind: 'city', geonameId: 524901 } }),
      ['geo:524901', 'place:moscow|RUS']);
    assert.deepEqual(entityKeys({ id: 'RUS', type: 'GPE', name: 'Russia', kind: 'country' }), ['iso:RUS']);
    assert.deepEqual(entityKeys({ id: 'ria-novosti', type: 'ORG', name: 'RIA Novosti', kind: 'media', aliases: ['RIA'] }), ['org:ria novosti', 'org:ria']);
    assert.equal(normalizeName('The Kremlin’s'), 'kremlin');
  });

  it('merges organizations by alias and places only with the same gazetteer id', () => {
    const ria: Entity = { id: 'ria-novosti', type: 'ORG', name: 'RIA Novosti', kind: 'media', aliases: ['RIA'] };
    assert.ok(matchScore(ria, { id: 'ria', type: 'ORG', name: 'RIA', kind: 'media' }));
    const kant = (geonameId: number): Entity => ({ id: 'kant', type: 'GPE', name: 'Kant', kind: 'city', country: 'KGZ', geo: { lat: 42.89, lon: 74.85, kind: 'city', geonameId } });
    assert.ok(matchScore(kant(1528121), kant(1528121)));
    assert.equal(matchScore(kant(1528121), kant(999)), undefined);
  });
});

describe('event dates', () => {
  it('reads TIMEX3 values as calendar extents', () => {
    assert.deepEqual(timexRange('2017-06-24'), { start: '2017-06-24', end: '2017-06-24', days: 1 });
    assert.deepEqual(timexRange('2017-06-19/2017-06-24'), { start: '2017-06-19', end: '2017-06-24', days: 6 });
    assert.deepEqual(timexRange('2017-06'), { start: '2017-06-01', end: '2017-06-30', days: 30 });
    assert.deepEqual(timexRange('2012-Q4'), { start: '2012-10-01', end: '2012-12-31', days: 92 });
    assert.deepEqual(timexRange('2017-W25'), { start: '2017-06-19', end: '2017-06-25', days: 7 });
    assert.equal(timexRange('PAST_REF'), undefined);
    // ISO 8601-2 open ends, as an event dated "in the past" carries them, are open ranges, not a single day
    assert.equal(timexRange('../2017-10-10')?.start, '0001-01-01');
    assert.equal(timexRange('../2017-10-10')?.end, '2017-10-10');
    assert.equal(timexRange('2017-10-10/..')?.end, '9999-12-31');
  });

  it('joins a month with a day inside it, never a bare year with a day', () => {
    assert.equal(datesCompatible(timexRange('2017-06'), timexRange('2017-06-24')), true);
    assert.equal(datesCompatible(timexRange('2017-06-19/2017-06-24'), timexRange('2017-06-24')), true);
    assert.equal(datesCompatible(timexRange('2017-06-24'), timexRange('2017-10-02')), false);
    assert.equal(datesCompatible(timexRange('2017'), timexRange('2017-06-24')), false);
    assert.equal(datesCompatible(timexRange('2003'), timexRange('2003')), true);
    assert.equal(datesCompatible(undefined, timexRange('2003')), false);
  });
});
