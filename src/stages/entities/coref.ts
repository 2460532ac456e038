// In-document coreference for people, one refiner, each decision under a rule id:
//   coref.nominal.title-country  "the Kyrgyz premier" → the person whose role is Prime Minister of KGZ
//   coref.nominal.official       "Russian official"   → the latest person holding a Russian office
//   coref.nominal.title          "the president"      → the latest person with that title
//   coref.pronoun.subject        "Atambayev told journalists he had asked Putin" → he = Atambayev
//   coref.pronoun.object         "Atambayev met Putin and thanked him" → him = Putin
//   coref.pronoun.previous       "According to him, …" → the subject of the sentence before
//   coref.pronoun.cataphora      "During his visit to Moscow, Kyrgyz Prime Minister Sapar Isakov …"
// Surnames and short forms are joined while entities are made (merge.ts: coref.surname, coref.acronym).
import type { Token } from '../../document/doc.ts';
import type { Entity, Mention } from '../../document/types.ts';
import type { Gender } from '../mentions/lexicon.ts';
import { countryByDemonym, countryByName } from '../mentions/world.ts';
import type { Registry } from './merge.ts';
import { normalizeTitle } from './titles.ts';
import type { TokenIndex } from './tokens.ts';

const PRONOUNS = new Map<string, { gender: Gender; role: 'subject' | 'object' | 'possessive' }>([
  ['he', { gender: 'm', role: 'subject' }], ['him', { gender: 'm', role: 'object' }], ['his', { gender: 'm', role: 'possessive' }],
  ['himself', { gender: 'm', role: 'object' }], ['she', { gender: 'f', role: 'subject' }], ['her', { gender: 'f', role: 'object' }],
  ['hers', { gender: 'f', role: 'possessive' }], ['herself', { gender: 'f', role: 'object' }],
]);
// person titles a description may use; "official" matches anyone holding an office of the country
const NOMINAL_TITLES = new Set(['president', 'premier', 'prime minister', 'minister', 'foreign minister', 'defense minister',
  'defence minister', 'deputy foreign minister', 'chancellor', 'official', 'diplomat', 'spokesman', 'spokeswoman',
  'ambassador', 'envoy', 'leader', 'king', 'queen', 'governor', 'mayor', 'general', 'commander', 'chairman', 'ceo',
  'chief executive', 'secretary', 'senator', 'prosecutor', 'judge', 'emir', 'sultan', 'head of state', 'pm']);
const TITLE_STARTS = new Set([...NOMINAL_TITLES].map(x => x.split(' ')[0]));
const FRONTED = new Set(['during', 'after', 'before', 'on', 'in', 'at', 'upon', 'since', 'following', 'despite', 'throughout', 'for', 'with', 'by']);

interface PersonRef { entity: Entity; sentence: number; token: number; subject: boolean }

export function resolvePeople(r: Registry, ix: TokenIndex): Mention[] {
  const t = r.doc.tokens;
  const added: Mention[] = [];
  const genders = personGenders(r);
  // person mentions in text order, names first; nominals and pronouns are added as they resolve
  const names = r.doc.mentions.filter(m => m.kind === 'name' && m.type === 'PERSON' && m.entity);
  let ni = 0;
  const seen: PersonRef[] = [];
  const firstPersonOf = new Map<number, number>(); // sentence → token of its first person mention
  for (const m of names) {
    const s = t[ix.tokenAt(m.start)].sentence;
    if (!firstPersonOf.has(s)) firstPersonOf.set(s, ix.tokenAt(m.start));
  }
  const push = (e: Entity, token: number) => {
    const s = t[token].sentence;
    seen.push({ entity: e, sentence: s, token, subject: firstPersonOf.get(s) === token || !firstPersonOf.has(s) });
    if (!firstPersonOf.has(s)) firstPersonOf.set(s, token);
  };
  for (let i = 0; i < t.length; i++) {
    while (ni < names.length && names[ni].start <= t[i].start) {
      const e = r.byId.get(names[ni].entity!);
      if (e) push(e, ix.tokenAt(names[ni].start));
      ni++;
    }
    const tok = t[i];
    if (tok.kind !== 'word') continue;
    const c0 = tok.text.charCodeAt(0) | 32; // h or s opens every pronoun here
    const pr = c0 === 104 || c0 === 115 ? PRONOUNS.get(tok.lower) : undefined;
    if (pr) {
      const found = resolvePronoun(r, ix, t, i, pr, seen, names, genders);
      if (found) {
        added.push({ start: tok.start, end: tok.end, text: tok.text, type: 'PERSON', kind: 'pronoun', entity: found.entity.id, rule: found.rule });
        // a pronoun subject keeps its person salient for the next sentence
        if (pr.role === 'subject') push(found.entity, i);
      }
      continue;
    }
    const nom = nominalAt(r, ix, t, i);
    if (nom) {
      const found = resolveNominal(r, nom, seen);
      if (found) {
        const start = t[nom.first].start, end = t[nom.last].end;
        added.push({ start, end, text: r.doc.text.slice(start, end), type: 'PERSON', kind: 'nominal', entity: found.entity.id, rule: found.rule });
        push(found.entity, nom.first);
      }
      i = nom.last;
    }
  }
  return added;
}

/** Gender of each person from first names, honorifics and the famous list. */
function personGenders(r: Registry): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const e of r.list) {
    if (e.type !== 'PERSON') continue;
    const w = e.name.toLowerCase().split(/\s+/);
    out.set(e.id, r.lex.firstNames.get(w[0]) ?? r.lex.famous.get(e.name.toLowerCase()) ?? '-');
  }
  for (const m of r.doc.mentions) {
    if (m.type !== 'PERSON' || !m.entity) continue;
    const before = r.doc.text.slice(Math.max(0, m.start - 6), m.start).toLowerCase();
    const h = /\b(mr|mrs|ms|miss|sir|dame|lady|lord)\.?\s+$/.exec(before);
    if (h) out.set(m.entity, r.lex.honorifics.get(h[1]) ?? '-');
  }
  return out;
}

function compatible(genders: Map<string, Gender>, e: Entity, g: Gender): boolean {
  const eg = genders.get(e.id) ?? '-';
  return eg === '-' || eg === g;
}

function resolvePronoun(
  r: Registry, ix: TokenIndex, t: Token[], i: number, pr: { gender: Gender; role: string },
  seen: PersonRef[], names: Mention[], genders: Map<string, Gender>,
): { entity: Entity; rule: string } | undefined {
  const s = t[i].sentence;
  const ok = (p: PersonRef) => compatible(genders, p.entity, pr.gender);
  const here: PersonRef[] = [];
  for (let k = seen.length - 1; k >= 0 && seen[k].sentence === s; k--) if (seen[k].token < i && ok(seen[k])) here.unshift(seen[k]);
  // "During his visit …, Kyrgyz Prime Minister Sapar Isakov suggested": the name comes after
  if (!here.length && pr.role === 'possessive') {
    const sentStart = r.doc.sentences[s]?.start ?? 0;
    const lead = t.slice(ix.tokenAt(sentStart), i).filter(x => x.kind === 'word').map(x => x.lower);
    if (lead.length <= 3 && lead.some(x => FRONTED.has(x))) {
      const after = names.find(m => m.start > t[i].end && t[ix.tokenAt(m.start)].sentence === s);
      const e = after && r.byId.get(after.entity!);
      if (e && compatible(genders, e, pr.gender)) return { entity: e, rule: 'coref.pronoun.cataphora' };
    }
  }
  if (here.length) {
    if (pr.role === 'object') {
      // "X met Y and thanked him": the object is not the subject when someone else is at hand
      const others = here.filter(p => !p.subject && p.entity !== here[0].entity);
      if (others.length) return { entity: others[others.length - 1].entity, rule: 'coref.pronoun.object' };
    }
    const subj = here.find(p => p.subject) ?? here[0];
    return { entity: subj.entity, rule: 'coref.pronoun.subject' };
  }
  // the sentences before, nearest first: their subject
  let k = seen.length - 1;
  while (k >= 0 && seen[k].sentence >= s) k--;
  while (k >= 0 && s - seen[k].sentence <= 3) {
    const sentence = seen[k].sentence;
    let subj: PersonRef | undefined, firstOk: PersonRef | undefined;
    for (; k >= 0 && seen[k].sentence === sentence; k--) {
      const q = seen[k];
      if (!ok(q)) continue;
      firstOk = q; // walking backwards: ends on the earliest
      if (q.subject) subj = q;
    }
    const pick = subj ?? firstOk;
    if (pick) return { entity: pick.entity, rule: 'coref.pronoun.previous' };
  }
  return undefined;
}

interface Nominal { first: number; last: number; title: string; country?: string; official: boolean }

/** "the Kyrgyz premier", "Russian official", "The president" — not a title before a name. */
function nominalAt(r: Registry, ix: TokenIndex, t: Token[], i: number): Nominal | undefined {
  const s = t[i].sentence;
  let k = i, det = false, country: string | undefined;
  // cheap gate: a description starts with "the" or a demonym ("Russian official")
  const w0 = t[i].text;
  if (w0 === 'the' || w0 === 'The') { det = true; k++; }
  else if (ix.startingAt(i)?.type !== 'NORP' && !(t[i + 1] && (t[i + 1].text === "'s" || t[i + 1].text === '’s'))) return undefined;
  const first = det ? k : i;
  if (!t[k] || t[k].sentence !== s) return undefined;
  const dem = countryByDemonym(t[k].text) ?? (t[k + 1] && /^['’]s$/i.test(t[k + 1].text) ? countryByName(t[k].text) : undefined);
  if (dem) {
    country = dem.iso3;
    k += /^['’]s$/i.test(t[k + 1]?.text ?? '') ? 2 : 1;
  }
  if (!det && !country) return undefined;
  // the longest nominal title here
  if (!t[k] || !TITLE_STARTS.has(t[k].lower)) return undefined;
  let best = 0;
  for (let n = 3; n >= 1; n--) {
    if (k + n - 1 >= t.length || t[k + n - 1].sentence !== s) continue;
    const phrase = t.slice(k, k + n).map(x => x.lower).join(' ');
    if (NOMINAL_TITLES.has(phrase)) { best = n; break; }
  }
  if (!best) return undefined;
  const last = k + best - 1;
  const next = t[last + 1];
  // a title before a name is a pre-modifier, not a description
  if (next && next.sentence === s && (ix.startingAt(last + 1) || /^\p{Lu}/u.test(next.text) && next.kind === 'word')) return undefined;
  if (next && /^(of|for)$/.test(next.text)) {
    const m = ix.startingAt(last + 2) ?? ix.startingAt(last + 3);
    if (m && m.entity && r.byId.get(m.entity)?.kind === 'country') country = m.entity;
  }
  const phrase = t.slice(k, last + 1).map(x => x.text).join(' ');
  const title = normalizeTitle(r.lex, phrase) ?? phrase;
  return { first, last, title, country, official: /^(official|diplomat|leader)$/i.test(phrase) };
}

function resolveNominal(r: Registry, n: Nominal, seen: PersonRef[]): { entity: Entity; rule: string } | undefined {
  for (let k = seen.length - 1; k >= 0; k--) {
    const e = seen[k].entity;
    const roles = e.roles ?? [];
    if (n.official) {
      if (n.country && (roles.some(x => x.country === n.country) || e.country === n.country && roles.length)) {
        return { entity: e, rule: 'coref.nominal.official' };
      }
      continue;
    }
    const titled = roles.filter(x => x.title === n.title || x.title.endsWith(' ' + n.title));
    if (!titled.length) continue;
    if (n.country) {
      if (titled.some(x => x.country === n.country) || e.country === n.country) return { entity: e, rule: 'coref.nominal.title-country' };
      continue;
    }
    return { entity: e, rule: 'coref.nominal.title' };
  }
  return undefined;
}
