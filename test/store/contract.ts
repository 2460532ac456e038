// The Store contract: what every backend (sqlite now, postgres later) must answer the
// same way. Each backend's test file calls storeContract() with a way to open a fresh store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { exampleDocument, followUpDocument } from './fixtures.ts';

export function storeContract(backend: string, fresh: () => Promise<Store>): void {
  describe(`Store contract: ${backend}`, () => {
    const loaded = async () => {
      const store = await fresh();
      await store.ingestDocument(exampleDocument(), { hash: 'hash-example', source: '/corpus/kyrgyzstan-bases.txt' });
      await store.ingestDocument(followUpDocument(), { hash: 'hash-follow-up', source: '/corpus/atambayev-visit.txt' });
      return store;
    };

    it('stores a document whole and gives it back as it came', async () => {
      const store = await fresh();
      const doc = exampleDocument();
      const out = await store.ingestDocument(doc, { hash: 'h1', source: 'a.txt' });
      assert.deepEqual(out, { status: 'new', id: 'kyrgyzstan-bases', entities: 15, quotes: 4, events: 5 });
      assert.deepEqual(await store.getDocument('kyrgyzstan-bases'), doc);
      assert.equal(await store.hasHash('h1'), true);
      assert.equal(await store.hasHash('h2'), false);
      const list = await store.listDocuments();
      assert.equal(list.total, 1);
      assert.equal(list.items[0].title, 'Russia does not need a second base in Kyrgyzstan');
      await store.close();
    });

    it('skips the same content and replaces a changed document without leaving its old layers', async () => {
      const store = await fresh();
      await store.ingestDocument(exampleDocument(), { hash: 'h1', source: 'a.txt' });
      assert.equal((await store.ingestDocument(exampleDocument(), { hash: 'h1', source: 'a.txt' })).status, 'skipped');
      const changed = exampleDocument();
      changed.quotes = changed.quotes.filter(q => q.speaker !== 'almazbek-atambayev');
      changed.events = changed.events.filter(e => e.code !== '057');
      assert.equal((await store.ingestDocument(changed, { hash: 'h2', source: 'a.txt' })).status, 'replaced');
      const s = await store.stats();
      assert.equal(s.documents, 1);
      assert.equal(s.quotes, 2);
      assert.equal(s.eventMentions, 4);
      assert.equal((await store.quotes({ speaker: 'almazbek-atambayev' })).length, 0);
      assert.equal((await store.events({ code: '057' })).length, 0);
      assert.equal(await store.hasHash('h1'), false);
      await store.close();
    });

    it('replacing a document recounts what it shared and drops the entities and events only it held', async () => {
      const store = await loaded();
      const visits = (await store.events({ code: '042' })).length;
      const changed = followUpDocument();
      changed.mentions = changed.mentions.filter(m => m.entity !== 'ivan-karasin' && m.text !== 'Atambayev');
      changed.entities = changed.entities.filter(e => e.id !== 'ivan-karasin');
      changed.events = changed.events.filter(e => e.code !== '040');
      assert.equal((await store.ingestDocument(changed, { hash: 'hash-follow-up-2', source: '/corpus/atambayev-visit.txt' })).status, 'replaced');
      assert.deepEqual((await store.findEntities({ q: 'karasin' })).map(k => k.name), ['Grigory Karasin'], 'Ivan Karasin was named only there');
      const [atambayev] = await store.findEntities({ q: 'atambayev', type: 'PERSON' });
      assert.equal(atambayev.documents, 2);
      assert.equal(atambayev.mentions, 2, 'one of its three mentions went with the old version');
      assert.equal((await store.events({ code: '040' })).length, 0);
      assert.equal((await store.events({ code: '042' })).length, visits, 'the visit it still tells stays');
      const s = await store.stats();
      assert.equal(s.documents, 2);
      await store.close();
    });

    it('merges people by compatible names and country, keeping namesakes of other countries apart', async () => {
      const store = await loaded();
      const putin = await store.findEntities({ q: 'putin' });
      assert.equal(putin.length, 1, 'Putin and Vladimir Putin (both RUS) are one person');
      assert.equal(putin[0].name, 'Vladimir Putin');
      assert.equal(putin[0].documents, 2);
      const karasins = await store.findEntities({ q: 'karasin' });
      assert.deepEqual(karasins.map(k => `${k.name}/${k.country}`).sort(), ['Grigory Karasin/RUS', 'Ivan Karasin/KGZ']);
      const atambayev = await store.findEntities({ q: 'atambayev', type: 'PERSON' });
      assert.equal(atambayev.length, 1);
      assert.equal(atambayev[0].id, 'almazbek-atambayev');
      assert.equal(atambayev[0].documents, 2);
      assert.equal(atambayev[0].mentions, 3);
      await store.close();
    });

    it('merges countries by ISO code and places by gazetteer id', async () => {
      const store = await loaded();
      const russia = await store.getEntity('RUS');
      assert.equal(russia?.name, 'Russia');
      assert.equal((await store.findEntities({ q: 'moscow' })).filter(e => e.type === 'GPE').length, 1);
      const places = await store.places();
      const moscow = places.find(p => p.id === 'moscow')!;
      assert.equal(moscow.documents, 2);
      assert.equal(moscow.country, 'RUS');
      await store.close();
    });

    it("answers an actor's dossier: offices with sources, quotes, events in time order, places, co-actors", async () => {
      const store = await loaded();
      const d = (await store.entityDossier('Almazbek Atambayev'))!;
      assert.equal(d.entity.id, 'almazbek-atambayev');
      assert.equal(d.entity.country, 'KGZ');
      assert.deepEqual(d.aliases, ['Atambayev']);
      assert.equal(d.roles.length, 1);
      assert.equal(d.roles[0].title, 'President');
      assert.deepEqual(d.roles[0].sources.map(s => s.document).sort(), ['atambayev-visit', 'kyrgyzstan-bases']);
      assert.equal(d.roles[0].firstSeen, '2017-07-01');
      assert.deepEqual(d.quotes.map(q => q.text.slice(0, 20)), ['What we see in Afgha', 'Of course we will he', 'Russia is our strate']);
      // his June 2017 visit to Russia, told by both reports, is one event with every span kept
      const visit = d.events.find(e => e.code === '042' && e.target === 'RUS')!;
      assert.ok(visit, 'the visit to Russia');
      assert.ok(visit.dateStart! >= '2017-06-19' && visit.dateEnd! <= '2017-06-30', visit.date);
      assert.equal(visit.numArticles, 2);
      assert.equal(visit.numSources, 2);
      assert.equal(visit.numMentions, 3);
      assert.deepEqual(visit.mentions.map(m => m.text).sort(), ['paid a visit', 'visit to Russia', 'went to the Russian republic of Tatarstan']);
      for (const m of visit.mentions) {
        const doc = (await store.getDocument(m.document))!;
        assert.equal(doc.text.slice(m.start, m.end), m.text, 'every span points back into its document');
      }
      const dates = d.events.map(e => e.dateStart ?? '');
      assert.deepEqual(dates, [...dates].sort(), 'events in time order');
      assert.ok(d.places.some(p => p.id === 'kazan' && p.events === 1));
      assert.ok(d.coActors.some(a => a.id === 'putin' && a.shared === 2));
      assert.ok(!d.coActors.some(a => a.id === 'kazan'), 'places are not co-actors');
      assert.equal(await store.entityDossier('Nobody Atall'), undefined);
      await store.close();
    });

    it('keeps apart events with other actors, codes or incompatible dates', async () => {
      const store = await loaded();
      const visits = await store.events({ code: '042' });
      assert.deepEqual(visits.map(e => `${e.source}>${e.target}@${e.dateStart}`).sort(),
        ['almazbek-atambayev>RUS@2017-06-24', 'sapar-isakov>RUS@2017-10-01']);
      assert.equal((await store.events({ code: '04' })).length, 3, 'a root code takes in 040 and 042');
      assert.equal((await store.events({ code: '12', source: 'RUS', target: 'KGZ' })).length, 1);
      assert.equal((await store.events({ source: 'KGZ' })).length, 3, 'a country code takes in its people');
      assert.equal((await store.events({ source: 'KGZ', from: '2017-07-01' })).length, 1);
      await store.close();
    });

    it('builds a timeline by actor, by country and by dates', async () => {
      const store = await loaded();
      const t = await store.timeline({ actor: 'atambayev' });
      assert.deepEqual(t.map(x => x.date), [...t.map(x => x.date)].sort());
      assert.ok(t.some(x => x.kind === 'quote') && t.some(x => x.kind === 'event'));
      const kgzRus = await store.timeline({ country: 'KGZ', from: '2017-06-01', to: '2017-06-30' });
      assert.ok(kgzRus.length >= 3);
      assert.ok(kgzRus.every(x => x.date >= '2017-06-01' && x.date <= '2017-06-30'), JSON.stringify(kgzRus.map(x => x.date)));
      const withRussia = await store.timeline({ actor: 'almazbek-atambayev', country: 'RUS' });
      assert.ok(withRussia.filter(x => x.kind === 'event').every(x => x.kind === 'event' && x.event.target !== undefined));
      await store.close();
    });

    it('finds quotes and documents by their words', async () => {
      const store = await loaded();
      const q = await store.quotes({ search: 'Taliban' });
      assert.equal(q.length, 1);
      assert.equal(q[0].speaker, 'almazbek-atambayev');
      assert.equal((await store.quotes({ search: 'strategic partner', speaker: 'Atambayev' })).length, 1);
      assert.equal((await store.quotes({ speaker: 'grigory-karasin' }))[0].viaName, 'RIA Novosti');
      const r = await store.search('military base');
      assert.deepEqual(r.documents.map(d => d.id), ['kyrgyzstan-bases']);
      assert.match(r.documents[0].snippet, /military base/);
      assert.equal((await store.search('bakery')).documents[0].id, 'atambayev-visit');
      await store.close();
    });

    it('binds every value: quotes, SQL and FTS syntax in user input are only text', async () => {
      const store = await loaded();
      for (const evil of [`'; DROP TABLE documents; --`, `" OR 1=1 --`, 'NEAR(a b)', 'base*', '%', '\u0000', 'text:*']) {
        await store.search(evil);
        await store.quotes({ search: evil, speaker: evil });
        await store.events({ code: evil, source: evil, target: evil });
        await store.findEntities({ q: evil });
        await store.entityDossier(evil);
        await store.timeline({ actor: evil, country: evil });
      }
      assert.equal((await store.stats()).documents, 2);
      await store.close();
    });

    it('gives back facts with their documents and the names of the ids inside them', async () => {
      const store = await fresh();
      const doc = exampleDocument();
      const text = doc.text;
      const name = text.indexOf('Kant Air Base');
      doc.facts = [{
        kind: 'facility', id: 'kant-air-base', name: 'Kant Air Base', aliases: [], facilityType: 'air base', entity: 'kant-air-base',
        host: 'KGZ', operator: 'RUS', status: 'active', history: [],
        evidence: [{ start: name, end: name + 13, text: 'Kant Air Base', field: 'name', rule: 'fixture' }], rule: 'fixture',
      }];
      await store.ingestDocument(doc, { hash: 'h', source: 's' });
      const rows = await store.factRows({ kind: 'facility' });
      assert.equal(rows.length, 1);
      assert.equal(rows[0].document, 'kyrgyzstan-bases');
      assert.equal(rows[0].fact.kind, 'facility');
      assert.equal(rows[0].entities['kant-air-base'].name, 'Kant Air Base');
      assert.equal(rows[0].entities['kant-air-base'].country, 'KGZ');
      assert.deepEqual(rows[0].entities['almazbek-atambayev'], { name: 'Almazbek Atambayev', country: 'KGZ' });
      assert.equal((await store.factRows({ kind: 'agreement' })).length, 0);
      await store.close();
    });

    it('counts what it holds and exports every document', async () => {
      const store = await loaded();
      const s = await store.stats();
      assert.equal(s.documents, 2);
      assert.equal(s.quotes, 5);
      assert.equal(s.eventMentions, 7);
      assert.equal(s.events, 5);
      assert.equal(s.entitiesByType.PERSON, 5);
      const ids: string[] = [];
      for await (const d of store.exportDocuments()) ids.push(d.id);
      assert.deepEqual(ids, ['kyrgyzstan-bases', 'atambayev-visit']);
      assert.equal(await store.deleteDocument('atambayev-visit'), true);
      const after = await store.stats();
      assert.equal(after.documents, 1);
      assert.equal((await store.findEntities({ q: 'karasin' })).length, 1, 'an entity no document mentions any more is gone');
      const visit = (await store.events({ code: '042', source: 'almazbek-atambayev' }))[0];
      assert.equal(visit.numArticles, 1);
      assert.equal(visit.numMentions, 2);
      await store.close();
    });
  });
}
