// Offices people hold, read from the words around their names:
//   pre-modifier   "Kyrgyz President Almazbek Atambayev", "Russia's Foreign Minister Sergei Lavrov",
//                  "Russian Deputy Foreign Minister, Grigory Karasin", "Apple CEO Steve Jobs"
//   apposition     "Sergei Shoigu, the defense minister of Russia,", "Jusman Syafii Djamal, minister of transport for Indonesia"
// A person's country comes from the first role that names one.
import type { Token } from '../../document/doc.ts';
import type { Entity, Mention, Role } from '../../document/types.ts';
import { spanOf } from '../../document/doc.ts';
import type { Registry } from './merge.ts';
import { assumeHomeCountry } from './home-country.ts';
import { isTitleWord, normalizeTitle } from './titles.ts';
import type { TokenIndex } from './tokens.ts';
import { entityWords } from './words.ts';
// words that end the gap between a name and its role: function words and "said"
const ROLE_GAP_STOPS = entityWords('role-gap-stop');

// "the chief spokesman for the Taliban government": the body's own noun after its name
const BODY_AFTER_NAME = entityWords('body-after-name');

export function readRoles(r: Registry, ix: TokenIndex): void {
  const t = r.doc.tokens;
  let previous: { entity: Entity; sentence: number } | undefined;
  for (const m of r.doc.mentions) {
    if (m.type !== 'PERSON' || m.kind !== 'name' || !m.entity) continue;
    const e = r.byId.get(m.entity);
    if (!e) continue;
    const first = ix.tokenAt(m.start), last = ix.tokenAt(m.end - 1);
    const pre = preModifier(r, ix, t, first) ?? counterpart(r, ix, t, first, previous);
    if (pre) addRole(e, pre);
    const app = apposition(r, ix, t, last);
    if (app) addRole(e, app);
    previous = { entity: e, sentence: t[first].sentence };
  }
  assumeHomeCountry(r);
  for (const e of r.list) {
    if (e.type !== 'PERSON' || e.country) continue;
    const c = e.roles?.find(x => x.country)?.country;
    if (c) e.country = c;
  }
}

function addRole(e: Entity, role: Role): void {
  const roles = (e.roles ??= []);
  const same = roles.find(x => x.title === role.title && (x.country === role.country || !x.country || !role.country)
    && (x.organization === role.organization || !x.organization || !role.organization));
  if (same) {
    same.country ??= role.country;
    same.organization ??= role.organization;
    return;
  }
  roles.push(role);
}

/** Whose office: a country (demonym, name, "Russia's") or an organization mention. */
function owner(r: Registry, m: Mention | undefined): { country?: string; organization?: string } {
  if (!m || !m.entity) return {};
  const e = r.byId.get(m.entity);
  if (!e) return {};
  if (e.kind === 'country') return { country: e.id };
  if (m.type === 'ORG') return { organization: e.id, ...(e.country ? { country: e.country } : {}) };
  if (m.type === 'GPE' && e.metonymFor) return { country: e.metonymFor };
  if (m.type === 'GPE' || m.type === 'LOC') return e.country ? { country: e.country } : {};
  return {};
}

function preModifier(r: Registry, ix: TokenIndex, t: Token[], first: number): Role | undefined {
  let k = first - 1;
  const sentence = t[first].sentence;
  if (k >= 0 && t[k].text === ',') k--;
  const end = k;
  while (k >= 0 && t[k].sentence === sentence && (isTitleWord(r.lex, t[k]) || (/^(of|for)$/.test(t[k].text) && isTitleWord(r.lex, t[k - 1]) && isTitleWord(r.lex, t[k + 1])))) {
    if (ix.endingAt(k)) break; // a name, not a title word ("General Motors")
    k--;
  }
  const start = k + 1;
  if (start > end) return undefined;
  const phrase = r.doc.text.slice(t[start].start, t[end].end);
  const title = normalizeTitle(r.lex, phrase);
  if (!title) return undefined;
  // the owner right before the title: "Kyrgyz", "Russia's", "Apple"; past up to two adjectives after a
  // possessive: "Colombia's new leftist president Gustavo Petro"
  let o = k;
  let skip = o;
  while (skip >= 0 && k - skip < 2 && /^[a-z][a-z-]*$/.test(t[skip].text) && !ROLE_GAP_STOPS.has(t[skip].text)) skip--;
  if (skip < k && skip >= 0 && /^['’]s$/i.test(t[skip].text) && owner(r, ix.endingAt(skip - 1)).country) o = skip;
  if (o >= 0 && t[o].kind === 'word' && /^['’]s$/i.test(t[o].text)) o--;
  const own = o >= 0 && t[o].sentence === sentence ? owner(r, ix.endingAt(o)) : {};
  const from = own.country || own.organization ? t[o].start : t[start].start;
  const ownerMention = ix.endingAt(o);
  const evidenceStart = ownerMention && (own.country || own.organization) ? ownerMention.start : from;
  return { title, ...own, evidence: spanOf(r.doc.text, evidenceStart, t[end].end), rule: 'entities.role.pre-modifier' };
}

/** "Indian Prime Minister Narendra Modi and his Japanese counterpart Shinzo Abe": the same office, the demonym's state. */
function counterpart(r: Registry, ix: TokenIndex, t: Token[], first: number, previous: { entity: Entity; sentence: number } | undefined): Role | undefined {
  const k = first - 1;
  if (!/^counterparts?$/i.test(t[k]?.text ?? '') || !previous || t[first].sentence - previous.sentence > 1) return undefined;
  const office = previous.entity.roles?.[0];
  if (!office) return undefined;
  const lead = ix.endingAt(k - 1);
  const own = lead && (lead.type === 'NORP' || lead.type === 'GPE') ? owner(r, lead) : {};
  const from = own.country ? lead!.start : t[k].start;
  return { title: office.title, ...own, evidence: spanOf(r.doc.text, from, t[k].end), rule: 'entities.role.counterpart' };
}

function apposition(r: Registry, ix: TokenIndex, t: Token[], last: number): Role | undefined {
  let k = last + 1;
  const sentence = t[last].sentence;
  if (t[k]?.text !== ',' ) return undefined;
  k++;
  if (t[k] && /^(the|a|an)$/i.test(t[k].text)) k++;
  let own = {} as { country?: string; organization?: string };
  const lead = ix.startingAt(k);
  if (lead && (lead.type === 'NORP' || lead.type === 'GPE' || lead.type === 'ORG')) {
    own = owner(r, lead);
    k = ix.tokenAt(lead.end - 1) + 1;
    if (t[k] && /^['’]s$/i.test(t[k].text)) k++;
  }
  const start = k;
  while (k < t.length && t[k].sentence === sentence && (isTitleWord(r.lex, t[k]) || (entityWords('title-joiner').has(t[k].text) && !ix.startingAt(k + 1) && isTitleWord(r.lex, t[k + 1])))) {
    if (ix.startingAt(k)) break;
    k++;
  }
  const end = k - 1;
  if (end < start) return undefined;
  const phrase = r.doc.text.slice(t[start].start, t[end].end);
  const title = normalizeTitle(r.lex, phrase);
  if (!title) return undefined;
  let stop = end;
  // "… of Russia", "… at Boeing", "… for Indonesia"; "ambassador to the United Nations" names a body, not the owner
  if (t[k] && entityWords('owner-preposition').has(t[k].text)) {
    let j = k + 1;
    if (t[j]?.text === 'the') j++;
    const m = ix.startingAt(j);
    if (m) {
      const o = owner(r, m);
      if (t[k].text === 'to') { if (o.organization && !own.organization) own = { ...own, organization: o.organization }; }
      else own = { ...own, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v)) };
      stop = ix.tokenAt(m.end - 1);
      // "the chief spokesman for the Taliban government": the body's own noun after its name
      if (BODY_AFTER_NAME.has(t[stop + 1]?.text ?? '')) stop++;
    }
  }
  // "Commissioner for Children's Rights": the rest of the office's name, up to the apposition's end
  if (stop === end && /^(?:for|of)$/.test(t[stop + 1]?.text ?? '') && isCapWordToken(t[stop + 2])) {
    let k2 = stop + 2;
    while (k2 + 1 < t.length && t[k2 + 1].sentence === sentence && k2 - stop < 7 && !/^[,.;:)]$/.test(t[k2 + 1].text)) k2++;
    if (/^[,.;:)]$/.test(t[k2 + 1]?.text ?? '.')) stop = k2;
  }
  const after = t[stop + 1];
  if (after && after.sentence === sentence && !/^[,.;:)—–-]$/.test(after.text) && !entityWords('after-apposition').has(after.text)) return undefined;
  return { title, ...own, evidence: spanOf(r.doc.text, t[start].start, t[stop].end), rule: 'entities.role.apposition' };
}

function isCapWordToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}
