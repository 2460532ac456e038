// The entities layer: name mentions merged into document entities (countries by ISO3, the
// rest by slug), places located with the gazetteer, capitals used for their states marked,
// and offices read from titles and appositions (pronouns and descriptions: the coref stage).
import type { Doc } from '../../document/doc.ts';
import type { Entity } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { nameLexicon } from '../mentions/lexicon.ts';
import { countryByName, lookupPlaces } from '../mentions/world.ts';
import { facilityNamesake, placeGeo } from './geo.ts';
import { mergeNames, type Registry } from './merge.ts';
import { markMetonymy } from './metonymy.ts';
import { readRoles } from './roles.ts';
import { assumeHomeCountryOfBodies } from './home-country.ts';
import { readOrganizationCountries } from './org-country.ts';
import { indexTokens } from './tokens.ts';
import { entityAlternation } from './words.ts';

export function buildEntities(doc: Doc): Entity[] {
  const r: Registry = { doc, lex: nameLexicon(), byId: new Map(), byKey: new Map(), list: [], notes: new Map(), levels: new Map(),
    shortNames: new Map(), orgFirstWords: new Map() };
  mergeNames(r);
  linkFacilityNamesakes(r);
  placeGeo(r);
  const ix = indexTokens(doc, doc.mentions);
  markMetonymy(r, ix);
  readRoles(r, ix);
  readOrganizationCountries(r);
  assumeHomeCountryOfBodies(r);
  // a name mention keeps its extractor's rule and gains the decision the entity stage made on it
  for (const [m, rule] of r.notes) m.rule = `${m.rule}+${rule}`;
  return r.list;
}

// the words before a town's name (lower case) that make it the facility, or say the town (entity-words.tsv)
let namesakeBeforeRe: RegExp | undefined, settlementOfRe: RegExp | undefined;
const NAMESAKE_BEFORE = () => (namesakeBeforeRe ??= new RegExp(`\\b${entityAlternation('namesake-before')}\\s+$`));
const SETTLEMENT_OF = () => (settlementOfRe ??= new RegExp(`\\b${entityAlternation('settlement-noun')} of\\s+$`));

/**
 * "put more troops and military aircraft at Kant": where the document names a facility after
 * a town, the bare town name means the facility, unless the words say the town ("the city of Kant").
 */
function linkFacilityNamesakes(r: Registry): void {
  const facilities = new Map<string, Entity>();
  for (const e of r.list) if (e.type === 'FAC') facilities.set(facilityNamesake(e.name).toLowerCase(), e);
  if (!facilities.size) return;
  for (const m of r.doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'GPE' || countryByName(m.text)) continue;
    const fac = facilities.get(m.text.toLowerCase());
    if (!fac) continue;
    const before = r.doc.text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
    if (!NAMESAKE_BEFORE().test(before) || SETTLEMENT_OF().test(before)) continue;
    const old = m.entity;
    m.entity = fac.id;
    r.notes.set(m, 'entities.facility.namesake');
    // the town entity goes if nothing else names it
    if (old && !r.doc.mentions.some(x => x.entity === old)) {
      r.list.splice(r.list.findIndex(e => e.id === old), 1);
      r.byId.delete(old);
      for (const [k, v] of r.byKey) if (v === old) r.byKey.delete(k);
    }
  }
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'mentions'],
  // it rewrites the mentions: entity ids, rules, and the descriptions and pronouns it links
  provides: ['entities', 'mentions'],
  // load the lexicon and the gazetteer now, not inside the first document's timing
  init() { nameLexicon(); countryByName('Russia'); lookupPlaces('Moscow'); },
  run(doc) { doc.entities = buildEntities(doc); },
};
