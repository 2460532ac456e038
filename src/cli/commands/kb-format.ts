// Plain-text renderings of knowledge-base answers for the terminal (--json gives the data).
import type { QuoteView, StoredEvent, TimelineEntry } from '../../store/store.ts';
import { oneLine } from './kb-common.ts';
import { displayDate } from '../../document/open-range.ts';
import { outermostQuotes, quotedWords } from '../../kb/present.ts';
import type { DossierView } from '../../kb/dossier-view.ts';

export function eventLine(e: StoredEvent): string {
  const who = `${e.sourceName ?? e.source ?? '?'} → ${e.targetName ?? e.target ?? '?'}`;
  const where = e.locationName ? ` at ${e.locationName}` : '';
  const counts = `${e.numMentions} mention${e.numMentions === 1 ? '' : 's'}, ${e.numArticles} article${e.numArticles === 1 ? '' : 's'}, ${e.numSources} source${e.numSources === 1 ? '' : 's'}`;
  const flags = [e.negated ? 'negated' : '', e.modality ?? ''].filter(Boolean).join(', ');
  return `${(displayDate(e.date) ?? 'undated').padEnd(10)}  ${e.code.padEnd(4)}  ${who}${where}${flags ? ` (${flags})` : ''}  [${counts}]  “${oneLine(e.mentions[0]?.text ?? '', 60)}” ${e.mentions.map(m => m.document).filter((d, i, a) => a.indexOf(d) === i).join(', ')}`;
}

export function quoteLine(q: QuoteView): string {
  const when = displayDate(q.time) ?? q.published ?? '';
  return `${(/^(since|until) /.test(when) ? when : when.slice(0, 10)).padEnd(10)}  ${q.speakerName ?? q.speaker ?? '(unknown speaker)'}${q.viaName ? ` via ${q.viaName}` : ''}${q.kind === 'direct' ? `: “${oneLine(quotedWords(q.text))}”` : ` (reported): ${oneLine(q.text)}`}  ${q.document} [${q.start},${q.end})`;
}

export function timelineLine(t: TimelineEntry): string {
  return t.kind === 'event' ? `event  ${eventLine(t.event)}` : `quote  ${quoteLine(t.quote)}`;
}

export function dossierText(d: DossierView): string {
  const e = d.entity;
  const out: string[] = [];
  out.push(`${e.name} (${[e.type, e.kind, e.country].filter(Boolean).join(', ')}) id ${e.id}, ${d.mentions} mention${d.mentions === 1 ? '' : 's'} in ${d.documentCount} document${d.documentCount === 1 ? '' : 's'}`);
  if (e.geo) out.push(`Located at ${e.geo.lat.toFixed(4)}, ${e.geo.lon.toFixed(4)}${e.geo.admin?.length ? ` (${e.geo.admin.join(' / ')})` : ''}`);
  if (d.aliases.length) out.push(`Also: ${d.aliases.join('; ')}`);
  if (d.roles.length) {
    out.push('Offices:');
    for (const r of d.roles) {
      const when = r.firstSeen ? (r.firstSeen === r.lastSeen ? ` as of ${r.firstSeen}` : ` ${r.firstSeen} … ${r.lastSeen}`) : '';
      out.push(`  ${r.title}${r.organization ? `, ${r.organizationName ?? r.organization}` : ''}${r.country ? ` (${r.country})` : ''}${when} — ${[...new Set(r.sources.map(s => s.document))].join(', ')}`);
    }
  }
  const quotes = outermostQuotes(d.quotes);
  if (quotes.length) { out.push(`Quotes (${quotes.length}):`); for (const q of quotes) out.push('  ' + quoteLine(q)); }
  if (d.events.length) { out.push(`Events (${d.events.length}), in time order:`); for (const ev of d.events) out.push('  ' + eventLine(ev)); }
  if (d.places.length) out.push(`Places: ${d.places.map(p => `${p.name}${p.country ? ` (${p.country})` : ''}${p.events ? `, ${p.events} event${p.events === 1 ? '' : 's'}` : ''}`).join('; ')}`);
  if (d.coActors.length) out.push(`Appears with: ${d.coActors.map(a => `${a.name} (${a.shared})`).join(', ')}`);
  if (d.documents.length) { out.push('Documents:'); for (const doc of d.documents) out.push(`  ${doc.published ?? '          '}  ${doc.id}  ${doc.title ?? ''}`); }
  return out.join('\n') + '\n';
}
