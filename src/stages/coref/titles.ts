// Descriptions by office (data/coref/nominal-heads.tsv, kinds person-title and person-official):
//   coref.nominal.title-country  "the Kyrgyz premier" → the person whose role is Prime Minister of KGZ
//   coref.nominal.official       "Russian official"   → the latest person holding a Russian office
//   coref.nominal.title          "the president"      → the latest person with that title
// A title right before a name is that name's pre-modifier ("President Putin"), not a description.
import type { Token } from '../../document/doc.ts';
import { wordKinds } from '../../data/lexicon.ts';
import { countryByDemonym, countryByName } from '../mentions/world.ts';
import { normalizeTitle } from '../entities/titles.ts';
import type { CorefContext, CorefStep } from './context.ts';

let heads: { titles: Set<string>; official: Set<string>; starts: Set<string> } | undefined;
function titleHeads() {
  if (heads) return heads;
  const titles = new Set<string>(), official = new Set<string>();
  for (const [w, k] of wordKinds('coref/nominal-heads.tsv')) {
    if (k.includes('person-title')) titles.add(w);
    if (k.includes('person-official')) { titles.add(w); official.add(w); }
  }
  return (heads = { titles, official, starts: new Set([...titles].map(x => x.split(' ')[0])) });
}

const isPossessive = (t: Token | undefined) => !!t && (t.text === "'s" || t.text === '’s' || t.text === "'S");

export const officeDescription: CorefStep = (c, i) => {
  const n = describedOffice(c, i);
  if (!n) return undefined;
  return { first: n.first, last: n.last, kind: 'nominal', rule: '', ...holderOf(c, n) };
};

interface Office { first: number; last: number; title: string; country?: string; official: boolean }

/** "the Kyrgyz premier", "Russian official", "The president". */
function describedOffice(c: CorefContext, i: number): Office | undefined {
  const t = c.t, s = t[i].sentence;
  const h = titleHeads();
  let k = i, det = false, country: string | undefined;
  // cheap gate: a description starts with "the" or a demonym ("Russian official")
  const w0 = t[i].text;
  if (w0 === 'the' || w0 === 'The') { det = true; k++; }
  else if (c.ix.startingAt(i)?.type !== 'NORP' && !isPossessive(t[i + 1])) return undefined;
  const first = det ? k : i;
  if (!t[k] || t[k].sentence !== s) return undefined;
  const dem = countryByDemonym(t[k].text) ?? (isPossessive(t[k + 1]) ? countryByName(t[k].text) : undefined);
  if (dem) {
    country = dem.iso3;
    k += isPossessive(t[k + 1]) ? 2 : 1;
  }
  if (!det && !country) return undefined;
  if (!t[k] || !h.starts.has(t[k].lower)) return undefined;
  let best = 0;
  for (let n = 3; n >= 1; n--) {
    if (k + n - 1 >= t.length || t[k + n - 1].sentence !== s) continue;
    let phrase = t[k].lower;
    for (let j = k + 1; j < k + n; j++) phrase += ' ' + t[j].lower;
    if (h.titles.has(phrase)) { best = n; break; }
  }
  if (!best) return undefined;
  const last = k + best - 1;
  const next = t[last + 1];
  if (next && next.sentence === s && (c.ix.startingAt(last + 1) || (/^\p{Lu}/u.test(next.text) && next.kind === 'word'))) return undefined;
  if (next && (next.text === 'of' || next.text === 'for')) {
    const m = c.ix.startingAt(last + 2) ?? c.ix.startingAt(last + 3);
    if (m && m.entity && c.byId.get(m.entity)?.kind === 'country') country = m.entity;
  }
  let phrase = t[k].text;
  for (let j = k + 1; j <= last; j++) phrase += ' ' + t[j].text;
  const title = normalizeTitle(c.lex, phrase) ?? phrase;
  return { first, last, title, country, official: h.official.has(phrase.toLowerCase()) };
}

function holderOf(c: CorefContext, n: Office) {
  for (let k = c.people.length - 1; k >= 0; k--) {
    const r = c.people[k];
    if (r.token >= n.first) continue;
    const e = r.entity;
    const roles = e.roles ?? [];
    if (n.official) {
      if (n.country && (roles.some(x => x.country === n.country) || (e.country === n.country && roles.length))) {
        return { entity: e, antecedent: r, rule: 'coref.nominal.official' };
      }
      continue;
    }
    const titled = roles.filter(x => x.title === n.title || x.title.endsWith(' ' + n.title));
    if (!titled.length) continue;
    if (n.country) {
      if (titled.some(x => x.country === n.country) || e.country === n.country) return { entity: e, antecedent: r, rule: 'coref.nominal.title-country' };
      continue;
    }
    return { entity: e, antecedent: r, rule: 'coref.nominal.title' };
  }
  return undefined;
}
