// The one door from the name finder and the entity stage to the world data in src/data:
// countries, demonyms, places, seats of government, known organizations, world regions.
// Kept in one file so a change of that API touches one place.
import {
  lookupPlaces, resolvePlace, countryByName, countryByDemonym, countryByIso3,
  seatOfGovernment, knownOrganization, worldRegion,
} from '../../data/gazetteer.ts';

export type { Place, Country } from '../../data/gazetteer.ts';
export {
  lookupPlaces, resolvePlace, countryByName, countryByDemonym, countryByIso3,
  seatOfGovernment, knownOrganization, worldRegion,
};
