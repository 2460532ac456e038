// An organization's home state from the words around it: "US car manufacturer General
// Motors", "Irish national airline Aer Lingus", "Chicago-based Boeing", "Magna, a
// Canadian automobile parts company", else a list of well-known companies' home countries. Events and facts need a company's country to say
// which states' actors are involved; the text usually says it once.
import type { Entity, Mention } from '../../document/types.ts';
import { countryByDemonym, countryByName, lookupPlaces } from '../mentions/world.ts';
import type { Registry } from './merge.ts';
import { entityAlternation } from './words.ts';

const DESCRIPTOR_GAP = /^(?:\s+(?:[\p{Ll}-]+|&)){0,4}\s+$/u;
// the words between must end in what the organization is: "US car manufacturer General Motors", not
// "Politicians in Germany expressed disappointment at GM's" nor "Chinese airlines agree purchase of Boeing"
let descriptorEndRe: RegExp | undefined, orgNounRe: RegExp | undefined;
const DESCRIPTOR_END = () => (descriptorEndRe ??= new RegExp(`\\b${entityAlternation('descriptor-end')}\\s+$`, 'i'));
const BASED = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-based\s+$/u;
const APPOSITION_HEAD = /^,\s+(?:a|an|the)\s+$/i;
const ORG_NOUN = () => (orgNounRe ??= new RegExp(`^(?:\\s+[\\p{Ll}-]+){0,4}?\\s+${entityAlternation('apposition-org-noun')}\\b`, 'u'));

export function readOrganizationCountries(r: Registry): void {
  const { doc } = r;
  const names = doc.mentions.filter(m => m.kind === 'name');
  for (let i = 0; i < names.length; i++) {
    const m = names[i];
    const e = m.entity ? r.byId.get(m.entity) : undefined;
    if (m.type !== 'ORG' || !e || e.country) continue;
    const found = fromModifier(r, names, i) ?? fromBased(doc.text, m) ?? fromApposition(r, names, i)
      ?? r.lex.companyCountry.get(e.name.toLowerCase()) ?? r.lex.companyCountry.get(m.text.toLowerCase()) ?? fromOwnName(m.text);
    if (found) { e.country = found; r.notes.set(m, 'entities.org-country'); }
  }
}

/** The state a nationality or country mention stands for. */
function stateOf(r: Registry, m: Mention | undefined): string | undefined {
  if (!m || (m.type !== 'NORP' && m.type !== 'GPE')) return undefined;
  const e: Entity | undefined = m.entity ? r.byId.get(m.entity) : undefined;
  if (e?.kind === 'country') return e.id;
  return m.type === 'NORP' ? e?.country ?? (/^[A-Z]{3}$/.test(m.entity ?? '') ? m.entity : undefined) : undefined;
}

function fromModifier(r: Registry, names: Mention[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const n = names[k];
    const gap = r.doc.text.slice(n.end, names[i].start);
    if (gap.length > 60) break;
    const state = stateOf(r, n);
    // "the UK's Competition and Markets Authority": a state's possessive owns what follows
    if (state && (/^['’]s\s+$/.test(gap) || DESCRIPTOR_GAP.test(gap) && (!gap.trim() || DESCRIPTOR_END().test(gap)))) return state;
  }
  return undefined;
}

function fromBased(text: string, m: Mention): string | undefined {
  const based = BASED.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return based ? lookupPlaces(based[1])[0]?.country : undefined;
}

function fromApposition(r: Registry, names: Mention[], i: number): string | undefined {
  const n = names[i + 1];
  if (!n) return undefined;
  if (!APPOSITION_HEAD.test(r.doc.text.slice(names[i].end, n.start))) return undefined;
  const state = stateOf(r, n);
  return state && ORG_NOUN().test(r.doc.text.slice(n.end, n.end + 80)) ? state : undefined;
}

/** A country named inside the organization's own name: "Air France", "Korean Air", "China Eastern Airlines". */
function fromOwnName(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? countryByName(words[k] + ' ' + words[k + 1]) : undefined;
    const c = two ?? countryByName(words[k]) ?? countryByDemonym(words[k]);
    if (c) return c.iso3;
  }
  return undefined;
}
