// The facts layer under the document: facilities, agreements and proposals, each
// with the fields the text gave and the spans they rest on (hover for the rule).
import type { DossierDocument, Fact } from '../../document/types.ts';
import { h } from './dom.ts';
import { durationWords } from '../../kb/present.ts';

export function renderFacts(doc: DossierDocument): HTMLElement | null {
  if (!doc.facts?.length) return null;
  const names = new Map(doc.entities.map(e => [e.id, e.name]));
  const name = (id?: string) => (id ? names.get(id) ?? id : undefined);
  return h('section', { class: 'facts' }, h('h2', null, 'Facts'),
    h('div', { class: 'fact-grid' }, doc.facts.map(f => h('div', { class: `fact fact-${f.kind}`, 'data-kind': f.kind, 'data-tip': `${f.kind} · rule: ${f.rule}` },
      h('div', { class: 'fact-title' }, h('span', { class: 'code' }, f.kind), ' ', title(f, name)),
      h('dl', null, fields(f, name).map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
      f.evidence.length ? h('ul', { class: 'evidence' }, f.evidence.slice(0, 6).map(e => h('li', { 'data-tip': `${e.field} · rule: ${e.rule}` },
        h('span', { class: 'muted' }, `${e.field}: `), '“', e.text, '”'))) : null))));
}

function title(f: Fact, name: (id?: string) => string | undefined): string {
  if (f.kind === 'facility') return `${f.name} (${f.facilityType})`;
  if (f.kind === 'agreement') return `${f.agreementType}: ${f.parties.map(p => name(p)).join(' – ')}`;
  return `${name(f.proposer) ?? 'someone'} proposes: ${f.what.text}`;
}

function fields(f: Fact, name: (id?: string) => string | undefined): [string, string][] {
  const out: [string, string | undefined][] = [];
  if (f.kind === 'facility') {
    out.push(['host', name(f.host)], ['operator', name(f.operator)], ['status', f.status], ['opened', f.opened],
      ['in', f.locatedIn?.map(p => name(p)).join(', ')], ['near', f.near?.text], ['units', f.units?.join(', ')]);
  } else if (f.kind === 'agreement') {
    out.push(['status', f.status], ['signed', f.signed], ['start', f.start], ['term', durationWords(f.term)],
      ['ends', f.derived?.end ? `${f.derived.end} (derived)` : undefined], ['about', f.subject?.text],
      ['consideration', f.consideration?.map(c => c.text).join('; ')]);
  } else {
    out.push(['to', name(f.addressee)], ['when', f.time], ['where', name(f.location)], ['fate', f.fate], ['fate by', name(f.fateBy)]);
  }
  return out.filter((x): x is [string, string] => !!x[1]);
}
