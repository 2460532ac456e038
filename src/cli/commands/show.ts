// dossier show <entity>: an actor's dossier across the knowledge base.
import { DossierError } from '../../errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { dbOption, jsonOption, terminalText, withStore } from './kb-common.ts';
import { dossierText } from './kb-format.ts';
import { dossierView } from '../../kb/dossier-view.ts';

const usage = `usage: dossier show <entity id or name> [--db FILE] [--json]
  An actor's dossier: type, aliases, offices with dates and sources, their quotes, events with
  them as source or target in time order, places, and the actors they appear with.`;

export const showCommand: Command = {
  name: 'show',
  summary: "an actor's dossier from the knowledge base",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...dbOption, ...jsonOption }, usage);
    const ref = positionals.join(' ').trim();
    if (!ref) throw new DossierError('USAGE', 'no entity given\n' + usage.split('\n')[0]);
    return withStore(values.db, async store => {
      const found = await store.entityDossier(ref);
      if (!found) throw new DossierError('NOT_FOUND', `no entity matches "${ref}"`);
      const d = await dossierView(store, found);
      io.out(values.json ? JSON.stringify(d, null, 2) + '\n' : terminalText(dossierText(d)));
      if (ref !== d.entity.id) {
        // a name can fit several actors (two Karasins): say which others there are
        const others = (await store.findEntities({ q: ref, limit: 6 })).filter(e => e.id !== d.entity.id);
        if (others.length) io.err(terminalText(`dossier show: "${ref}" also matches ${others.map(e => `${e.id} (${[e.name, e.country].filter(Boolean).join(', ')})`).join(', ')}`) + '\n');
      }
      return 0;
    });
  },
};
