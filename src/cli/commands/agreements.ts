// dossier agreements: leases, treaties, deals and contracts, merged across reports.
import { mergeAgreements, type AgreementView } from '../../kb/facts.ts';
import { durationWords } from '../../kb/present.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { agreementsCsv } from '../../kb/facts-export.ts';
import { iso3 } from './facilities.ts';
import { dbOption, jsonOption, requireActor, terminalText, withStore } from './kb-common.ts';

const usage = `usage: dossier agreements [--party ISO3|NAME] [--type lease|treaty|deal|contract|…] [--db FILE] [--json | --csv]
  Agreements with parties, signing date, term, extension, consideration and derived end dates.`;

export const agreementsCommand: Command = {
  name: 'agreements',
  summary: 'agreements with parties, dates, terms and derived ends',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...dbOption, ...jsonOption, csv: { type: 'boolean', default: false }, party: { type: 'string' }, type: { type: 'string' } }, usage);
    const party = values.party && /^[A-Za-z]{3}$/.test(values.party) ? iso3(values.party, 'party') : values.party;
    return withStore(values.db, async store => {
      const list = mergeAgreements(await store.factRows(), { party, type: values.type });
      // a party no agreement and no entity knows is one line and exit 1, as every actor option answers
      if (!list.length) await requireActor(store, 'party', party);
      if (values.json) { io.out(JSON.stringify(list, null, 2) + '\n'); return 0; }
      // the page's download in the same schema (src/kb/facts-export.ts)
      if (values.csv) { io.out(agreementsCsv(list)); return 0; }
      io.out(terminalText(list.length ? list.map(formatAgreement).join('\n') + '\n' : 'no agreements\n'));
      return 0;
    });
  },
};

function formatAgreement(a: AgreementView): string {
  const parts = [
    // durations in words ("term 15 years"), as the page says them; --json keeps the ISO 8601 value
    a.signed && `signed ${a.signed}`, a.status && a.status !== 'signed' && a.status, a.term && `term ${durationWords(a.term)}`,
    a.extension && `extension ${durationWords(a.extension.duration)}${a.extension.automatic ? ' (automatic)' : ''}`,
    a.ends && `ends ${a.ends}${a.endsWithExtension ? ` (${a.endsWithExtension} with extension, derived)` : ' (derived)'}`,
  ].filter(Boolean);
  const lines = [`${a.agreementType}: ${a.partyNames.join(' – ')}${parts.length ? ` — ${parts.join(', ')}` : ''}`];
  if (a.subject) lines.push(`  about: ${a.subject}`);
  for (const c of a.consideration ?? []) lines.push(`  ${c.per ? 'rent' : 'in exchange'}: ${c.text}${c.per ? ` a ${c.per}` : ''}`);
  lines.push(`  sources ${[...new Set(a.sources.map(s => s.document))].join(', ')}`);
  return lines.join('\n');
}
