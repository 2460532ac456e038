// A report whose text, title and entity names carry HTML and script: every place
// the page shows it must show it as text. Built by hand (sentences from the real
// segmenter) so the marks land exactly on the hostile strings.
import { createDoc } from '../../src/document/doc.ts';
import type { DossierDocument } from '../../src/document/types.ts';
import { segmentStage } from '../../src/stages/segment/index.ts';

export const HOSTILE_TITLE = `<img src=x onerror="window.__pwned='title'">Officials <b>deny</b> reports`;
const IMG = `<img src=x onerror="window.__pwned='mention'">`;
export const HOSTILE_TEXT = [
  `Officials in Bishkek said on Monday <script>window.__pwned = 'script'</script> that nothing had changed.`,
  `"We will not allow <svg onload="window.__pwned='quote'"> here," said ${IMG} at a briefing.`,
].join('\n');

export function hostileDocument(): DossierDocument {
  const text = HOSTILE_TEXT;
  const doc = createDoc(text, { id: 'hostile-report', title: HOSTILE_TITLE, published: '2017-10-11', url: 'javascript:window.__pwned="url"' });
  segmentStage.run(doc, {} as never);
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`hostile fixture: no ${needle}`);
    return { start, end: start + needle.length, text: needle };
  };
  const said = span(`said ${IMG}`);
  const quote = span(`We will not allow <svg onload="window.__pwned='quote'"> here,`);
  const rule = 'fixture.hostile';
  return {
    id: doc.id, title: doc.title, published: doc.published, url: doc.url, text, sentences: doc.sentences,
    mentions: [
      { ...span('Bishkek'), type: 'GPE', kind: 'name', entity: 'bishkek', rule },
      { ...span(IMG), type: 'PERSON', kind: 'name', entity: 'img-person', rule: `${rule}.<i>rule</i>` },
    ],
    entities: [
      { id: 'bishkek', type: 'GPE', name: 'Bishkek', kind: 'city', country: 'KGZ', geo: { lat: 42.8746, lon: 74.5698, kind: 'city' }, rule },
      { id: 'img-person', type: 'PERSON', name: IMG, kind: 'person', roles: [{ title: `<script>window.__pwned='role'</script>`, country: 'KGZ', rule }], rule },
    ],
    times: [{ ...span('Monday'), type: 'DATE', value: '2017-10-09', rule: `${rule}"><script>` }],
    quotes: [{ ...quote, kind: 'direct', speaker: 'img-person', time: '2017-10-11', rule }],
    events: [{ code: '010', source: 'img-person', target: 'bishkek', time: '2017-10-11', trigger: { ...said, end: said.start + 4, text: 'said' }, rule, sentence: 1, location: 'bishkek', quadClass: 1, goldstein: 0 }],
    facts: [],
  };
}
