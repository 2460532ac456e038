// Shortened names the entities stage left apart: an acronym written without its expansion in
// brackets ("General Motors … GM said") joins the one organization whose initials it spells,
// corporate suffixes left out (data/coref/name-suffixes.txt). Its mentions move to that entity
// (rule +coref.initials) and the acronym becomes an alias. (Surnames, "(USAF)" and first words
// are joined earlier, in entities/merge.ts.)
import type { Doc } from '../../document/doc.ts';
import type { Entity } from '../../document/types.ts';
import { wordSet } from '../../data/lexicon.ts';

const ACRONYM = /^[A-Z]{2,5}$/;

export function joinAcronyms(doc: Doc): void {
  const suffixes = wordSet('coref/name-suffixes.txt');
  const byInitials = new Map<string, Entity[]>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || ACRONYM.test(e.name)) continue;
    const words = e.name.split(/\s+/).filter(w => !suffixes.has(w.toLowerCase()));
    if (words.length < 2 || !words.every(w => /^\p{Lu}/u.test(w))) continue;
    const initials = words.map(w => w[0]).join('');
    const list = byInitials.get(initials);
    if (list) list.push(e); else byInitials.set(initials, [e]);
  }
  if (!byInitials.size) return;
  const into = new Map<string, Entity>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !ACRONYM.test(e.name)) continue;
    const full = byInitials.get(e.name);
    if (full?.length !== 1) continue; // none, or ambiguous
    into.set(e.id, full[0]);
    if (!full[0].aliases?.includes(e.name)) (full[0].aliases ??= []).push(e.name);
  }
  if (!into.size) return;
  for (const m of doc.mentions) {
    const target = m.entity ? into.get(m.entity) : undefined;
    if (!target) continue;
    m.entity = target.id;
    m.rule = `${m.rule}+coref.initials`;
  }
  doc.entities = doc.entities.filter(e => !into.has(e.id));
}
