// Feeds and folders as ingest inputs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseFeed } from '../../src/io/feeds.ts';
import { walkInputs } from '../../src/io/walk.ts';
import { contentHash, countInputs, inputItems, sourceKey } from '../../src/kb/ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>24.kg</title>
<item>
  <title>Russia does not need second military base in Kyrgyzstan &amp; Tajikistan</title>
  <link>https://24.kg/english/62063/</link>
  <guid>https://24.kg/english/62063/</guid>
  <pubDate>Tue, 10 Oct 2017 08:15:00 +0600</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Russia does not consider it necessary to open the second military base in Kyrgyzstan.</p><p>“We do not seek after the quantity,” Karasin said.</p>]]></content:encoded>
</item>
<item>
  <title>Atambayev visits Kazan</title>
  <link>https://24.kg/english/55000/</link>
  <pubDate>Sat, 24 Jun 2017 18:00:00 +0600</pubDate>
  <description>&lt;p&gt;Kyrgyz President Almazbek Atambayev went to Kazan.&lt;/p&gt;</description>
</item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wikinews</title>
<entry>
  <title>Airbus delivers first A380</title>
  <link rel="alternate" href="https://en.wikinews.org/wiki/Airbus_delivers_first_A380"/>
  <id>tag:wikinews,2007:a380</id>
  <published>2007-10-15T10:00:00Z</published>
  <summary type="html">Airbus delivered its first A380 to Singapore Airlines on Monday.</summary>
</entry>
</feed>`;

describe('feeds', () => {
  it('makes an RSS item a document with its link, date, title and full text; a summary when that is all there is', () => {
    const items = [...parseFeed(RSS, 'news.rss')];
    assert.equal(items.length, 2);
    const [a, b] = items.map(i => { assert.ok(i.ok); return i.doc; });
    assert.equal(a.title, 'Russia does not need second military base in Kyrgyzstan & Tajikistan');
    assert.equal(a.url, 'https://24.kg/english/62063/');
    assert.equal(a.published, '2017-10-10');
    assert.equal(a.text, 'Russia does not consider it necessary to open the second military base in Kyrgyzstan.\n“We do not seek after the quantity,” Karasin said.');
    assert.equal(b.text, 'Kyrgyz President Almazbek Atambayev went to Kazan.');
    assert.equal(b.published, '2017-06-24');
    assert.equal(a.id, '62063');
    assert.equal(b.id, '55000', 'an item without a guid is known by its link');
    assert.equal(sourceKey(a), 'https://24.kg/english/62063/');
  });

  it('reads Atom entries', () => {
    const [item] = [...parseFeed(ATOM, 'wiki.atom')];
    assert.ok(item.ok);
    assert.equal(item.doc.url, 'https://en.wikinews.org/wiki/Airbus_delivers_first_A380');
    assert.equal(item.doc.published, '2007-10-15');
    assert.match(item.doc.text, /^Airbus delivered its first A380/);
  });

  it('says an XML file that is no feed is not one', () => {
    const [item] = [...parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')];
    assert.equal(item.ok, false);
    assert.match(!item.ok ? item.error.message : '', /not an RSS or Atom feed/);
  });
});

describe('folders', () => {
  it('walks folders recursively in name order, taking known types and leaving hidden files and gold annotations', async () => {
    mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'corpus', '.git'));
    writeFileSync(join(dir, 'corpus', 'b.txt'), 'date: 2017-10-10\n\nRussia does not consider it necessary to open a second base.');
    writeFileSync(join(dir, 'corpus', 'a.html'), '<html><head><title>Kazan</title></head><body><p>Atambayev went to Kazan on June 24.</p></body></html>');
    writeFileSync(join(dir, 'corpus', 'sub', 'feed.rss'), RSS);
    writeFileSync(join(dir, 'corpus', 'sub', 'batch.jsonl'), '{"id":"x1","text":"Putin met Atambayev."}\n{"id":"x2","text":"Karasin spoke."}\n');
    writeFileSync(join(dir, 'corpus', 'sub', 'example.gold.json'), '{}');
    writeFileSync(join(dir, 'corpus', 'photo.jpg'), 'not text');
    writeFileSync(join(dir, 'corpus', '.git', 'HEAD'), 'ref');
    const paths = [...walkInputs([join(dir, 'corpus')])].map(w => (w.ok ? w.path.slice(dir.length + 1) : 'error'));
    assert.deepEqual(paths, ['corpus/a.html', 'corpus/b.txt', 'corpus/sub/batch.jsonl', 'corpus/sub/feed.rss']);
    assert.equal(countInputs([join(dir, 'corpus')]), 6);
    const docs = [];
    for await (const item of inputItems([join(dir, 'corpus')], async () => '')) { assert.ok(item.ok); docs.push(item.doc); }
    assert.equal(docs.length, 6);
    assert.deepEqual(docs.map(d => d.published ?? null), [null, '2017-10-10', null, null, '2017-10-10', '2017-06-24']);
    // one record of a batch is known by its file and id, so editing one line replaces only that document
    assert.equal(sourceKey(docs[2]), `${join(dir, 'corpus', 'sub', 'batch.jsonl')}#x1`);
    assert.notEqual(contentHash(docs[2]), contentHash({ ...docs[2], title: 'another title' }));
  });

  it('reports a missing path as an error and goes on', () => {
    const items = [...walkInputs([join(dir, 'nope'), join(dir, 'corpus', 'b.txt')])];
    assert.equal(items[0].ok, false);
    assert.equal(items[1].ok, true);
  });
});
