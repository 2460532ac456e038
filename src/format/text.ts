// The document as a person reads it: who and what it names, when things happened,
// who said what, and who did what to whom. Every layer may be empty; each says so.
import { displayDate, isOpenValue } from '../document/open-range.ts';
import type { DossierDocument, Entity, Fact, Mention } from '../document/types.ts';
import { countryByIso3 } from '../stages/mentions/world.ts';
import { durationWords, quotedWords } from '../kb/present.ts';

const GROUPS: { title: string; types: string[] }[] = [
  { title: 'People', types: ['PERSON'] },
  { title: 'Places', types: ['GPE', 'LOC', 'FAC'] },
  { title: 'Organizations', types: ['ORG'] },
  { title: 'Nationalities and groups', types: ['NORP'] },
];

export function formatText(doc: DossierDocument): string {
  const out: string[] = [];
  const names = new Map(doc.entities.map(e => [e.id, e.name]));
  // a state named only through its cities ("Ontario") has no entity of its own: the code's country name
  const nameOf = (id: string | undefined) => (id ? names.get(id) ?? countryByIso3(id)?.name ?? id : '?');

  out.push(`${doc.id}${doc.title ? ` — ${doc.title}` : ''}`);
  out.push([doc.published ? `published ${doc.published}` : 'no publication date',
    `${doc.sentences.length} sentences`, `${doc.text.length.toLocaleString('en-US')} characters`, doc.url].filter(Boolean).join(' · '));

  section(out, 'Entities', entityLines(doc), doc.entities.length);
  section(out, 'Timeline', timelineLines(doc));
  section(out, 'Quotes', doc.quotes.map(q => {
    const who = q.speaker ? nameOf(q.speaker) : 'unattributed';
    const via = q.via ? ` via ${nameOf(q.via)}` : '';
    const to = q.addressee ? ` to ${nameOf(q.addressee)}` : '';
    const body = q.kind === 'direct' ? `“${clip(quotedWords(q.text), 160)}”` : `(that) ${clip(q.text, 160)}`;
    return `${who}${via}${to}: ${body}`;
  }));
  const timeWidth = Math.max(10, ...doc.events.map(e => (displayDate(e.time) ?? '').length));
  section(out, 'Events', [...doc.events].sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '')).map(e => {
    const when = (displayDate(e.time) ?? '').padEnd(timeWidth);
    const who = `${nameOf(e.source)} → ${nameOf(e.target)}`;
    const extra = [e.negated ? 'negated' : '', e.location ? `at ${nameOf(e.location)}` : ''].filter(Boolean).join(', ');
    return `${when}  ${e.code.padEnd(4)}  ${who}  “${e.trigger.text}”${extra ? ` (${extra})` : ''}`;
  }));
  if (doc.facts?.length) section(out, 'Facts', doc.facts.map(f => describeFact(f, nameOf)));
  if (doc.messages?.length) section(out, 'Messages', doc.messages.map(m => `${m.level}: ${m.text}${m.stage ? ` (${m.stage})` : ''}`));
  return out.join('\n') + '\n';
}

function describeFact(f: Fact, nameOf: (id: string | undefined) => string): string {
  const when = (label: string, v: string | undefined) => (v ? `${label} ${v}` : '');
  const parts = (...xs: string[]) => xs.filter(Boolean).join('; ');
  switch (f.kind) {
    case 'facility':
      return `facility: ${f.name} (${f.facilityType})` + ` — ${parts(f.status ?? '', f.host ? `in ${nameOf(f.host)}` : '',
        f.operator ? `run by ${nameOf(f.operator)}` : '', when('opened', f.opened))}`.replace(/ — $/, '');
    case 'agreement':
      return `agreement: ${f.agreementType} ${f.parties.length > 1 ? `between ${f.parties.map(nameOf).join(' and ')}` : f.parties.length ? `with ${nameOf(f.parties[0])} as a party` : '(parties not said)'}` + ` — ${parts(f.status ?? '',
        when('signed', f.signed), when('term', durationWords(f.term)), f.derived?.end ? `ends ${f.derived.end} (computed)` : '',
        f.derived?.endWithExtension ? `${f.derived.endWithExtension} with extension` : '',
        ...(f.consideration ?? []).map(c => `${c.nature ?? 'for'}: ${clip(c.text, 60)}`))}`.replace(/ — $/, '');
    case 'proposal':
      return `proposal by ${nameOf(f.proposer ?? f.proposerCountry)}${f.addressee ? ` to ${nameOf(f.addressee)}` : ''}: ` +
        `${clip(f.what.text, 100)}${f.fate ? ` — ${f.fate}` : ''}`;
  }
}

function section(out: string[], title: string, lines: string[], count = lines.length) {
  out.push('', `${title}${count ? ` (${count})` : ''}`);
  out.push(...(lines.length ? lines.map(l => `  ${l}`) : ['  (none found)']));
}

function entityLines(doc: DossierDocument): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (m.entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const lines: string[] = [];
  const used = new Set<Entity>();
  const names = new Map(doc.entities.map(e => [e.id, e.name]));
  const groups = [...GROUPS, { title: 'Other', types: [...new Set(doc.entities.map(e => e.type))].filter(t => !GROUPS.some(g => g.types.includes(t))) }];
  for (const g of groups) {
    const members = doc.entities.filter(e => g.types.includes(e.type) && !used.has(e))
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
    if (!members.length) continue;
    lines.push(`${g.title}:`);
    for (const e of members) { used.add(e); lines.push(`  ${describeEntity(e, counts.get(e.id) ?? 0, names)}`); }
  }
  // names the entity layer has not linked yet still tell the reader something
  const loose = doc.mentions.filter((m: Mention) => !m.entity && m.kind === 'name' && !NUMERIC.has(m.type));
  if (loose.length) {
    lines.push('Names not linked to an entity:');
    const byType = new Map<string, Set<string>>();
    for (const m of loose) (byType.get(m.type) ?? byType.set(m.type, new Set()).get(m.type)!).add(m.text);
    for (const [type, set] of byType) lines.push(`  ${type}: ${clip([...set].join(', '), 140)}`);
  }
  const amounts = [...new Set(doc.mentions.filter(m => AMOUNT.has(m.type)).map(m => m.text))];
  if (amounts.length) lines.push(`Amounts: ${clip(amounts.join(', '), 160)}`);
  return lines;
}

const AMOUNT = new Set(['MONEY', 'PERCENT', 'QUANTITY']);
const NUMERIC = new Set([...AMOUNT, 'CARDINAL', 'ORDINAL', 'DATE', 'TIME']);

function describeEntity(e: Entity, mentions: number, names: Map<string, string>): string {
  const bits: string[] = [];
  // the group already says "person"; a role's state says the person's
  if (e.kind && e.kind !== 'person') bits.push(e.kind);
  const roleCountries = new Set((e.roles ?? []).map(r => r.country));
  if (e.country && e.country !== e.id && !roleCountries.has(e.country)) bits.push(e.country);
  // a role's organization is an entity id: print its name
  for (const r of e.roles ?? []) {
    const org = r.organization && (names.get(r.organization) ?? r.organization);
    bits.push(`${[r.title, org].filter(Boolean).join(', ')}${r.country ? ` (${r.country})` : ''}`);
  }
  if (e.metonymFor) bits.push(`stands for ${e.metonymFor}`);
  if (e.geo) {
    const admin = e.geo.admin?.filter(a => a !== e.name) ?? [];
    bits.push(`${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}${admin.length ? ` (${admin.join(' › ')})` : ''}`);
  }
  const times = mentions ? ` ×${mentions}` : '';
  return `${e.name}${times}${bits.length ? ` — ${bits.join('; ')}` : ''}`;
}

function timelineLines(doc: DossierDocument): string[] {
  const sentenceOf = (at: number) => doc.sentences.find(s => s.start <= at && at < s.end);
  const dated = doc.times.filter(t => t.range).sort((a, b) => a.range!.start.localeCompare(b.range!.start) || a.start - b.start);
  const labels = dated.map(t => {
    const r = t.range!;
    // a year or month says itself better than the first and last day of its range
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value)) return t.value;
    // an open end ("in the past", "from now on") is said in words, never as a far-off day
    if (isOpenValue(`${r.start}/${r.end}`)) return displayDate(`${r.start}/${r.end}`) ?? t.value;
    return r.start === r.end ? r.start : `${r.start} – ${r.end}`;
  });
  const width = Math.max(10, ...labels.map(l => l.length));
  const lines = dated.map((t, i) => {
    const s = sentenceOf(t.start);
    const context = s ? doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
    const notes = [t.value === labels[i] ? '' : t.value, t.mod ? t.mod.toLowerCase() : ''].filter(Boolean);
    const value = notes.length ? ` (${notes.join(', ')})` : '';
    return `${labels[i].padEnd(width)}  “${t.text}”${value}  ${clip(context, 120)}`;
  });
  const rest = doc.times.filter(t => !t.range);
  if (rest.length) lines.push(`not on the calendar: ${clip(rest.map(t => `“${t.text}” ${t.type} ${t.value}`).join('; '), 240)}`);
  return lines;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
