// Word lists the name finder reads (data/lexicon/), loaded once into sets and maps.
import { readFileSync } from 'node:fs';
import { numberWords, numbersOfKind, valuesOfKind, wordKinds, wordsOfKind, wordsOfKindInflected } from '../../data/lexicon.ts';

const DATA = new URL('../../../data/lexicon/', import.meta.url);
// one kinded list of organization nouns for every stage; the name finder reads the "name-cue" kind
const ORG_NOUNS = 'lexicon/org-nouns.tsv';
// the cue words of the rules (cues.ts, rules/), one kinded list
const NAME_CUES = 'lexicon/name-cues.tsv';

export type Gender = 'm' | 'f' | '-';

export interface TitleInfo { title: string; sector: string }

export interface NameLexicon {
  /** lowercase first name → gender */
  firstNames: Map<string, Gender>;
  lastNames: Set<string>;
  /** lowercase English words: a capitalized one at a sentence start is probably not a name */
  common: Set<string>;
  /** lowercase title phrase → normalized title; longest phrase has at most `titleMaxWords` words */
  titles: Map<string, TitleInfo>;
  titleMaxWords: number;
  /** the first words of title phrases, so most words are ruled out with one look-up */
  titleFirstWords: Set<string>;
  /** the last words of title and honorific phrases: what may stand right before a titled name */
  titleLastWords: Set<string>;
  honorifics: Map<string, Gender>;
  /** organization head words: lowercase → kind and where they sit */
  orgHeads: Map<string, { position: 'suffix' | 'prefix' | 'both'; kind: string }>;
  /** lowercase company name → name as written */
  companies: Map<string, string>;
  speechVerbs: Set<string>;
  famous: Map<string, Gender>;
  /** lowercase famous name → ISO3 of the state they serve, where the list says */
  famousCountry: Map<string, string>;
  /** lowercase company or agency name → its home country (ISO3) */
  companyCountry: Map<string, string>;
  /** lowercase product names */
  products: Set<string>;
  /** common nouns saying what an organization is (singular): "retailer", "airline", "union" */
  orgNouns: ReadonlySet<string>;
  /** the same with their plurals ("retailers", "companies") */
  orgNounForms: ReadonlySet<string>;
}

/** Whether a lowercase word is an organization noun or its plural ("retailers", "companies"). */
export function isOrgNoun(lex: NameLexicon, w: string): boolean {
  return lex.orgNounForms.has(w);
}

function lines(file: string): string[] {
  return readFileSync(new URL(file, DATA), 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
}

let loaded: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (loaded) return loaded;
  const firstNames = new Map<string, Gender>();
  for (const w of lines('first-names-either.txt')) firstNames.set(w, '-');
  for (const w of lines('first-names-male.txt')) firstNames.set(w, firstNames.has(w) ? '-' : 'm');
  for (const w of lines('first-names-female.txt')) firstNames.set(w, firstNames.get(w) === 'm' ? '-' : firstNames.has(w) ? firstNames.get(w)! : 'f');
  for (const l of lines('first-names-extra.txt')) { const [w, g] = l.split('\t'); firstNames.set(w, (g as Gender) ?? '-'); }
  const titles = new Map<string, TitleInfo>();
  let titleMaxWords = 1;
  const titleFirstWords = new Set<string>();
  const titleLastWords = new Set<string>();
  for (const l of lines('titles.tsv')) {
    const [w, title, sector] = l.split('\t');
    titles.set(w, { title, sector });
    const parts = w.split(' ');
    titleMaxWords = Math.max(titleMaxWords, parts.length);
    titleFirstWords.add(parts[0]);
    titleLastWords.add(parts[parts.length - 1]);
  }
  const honorifics = new Map<string, Gender>();
  for (const l of lines('honorifics.txt')) { const [w, g] = l.split('\t'); honorifics.set(w, g as Gender); }
  for (const w of honorifics.keys()) titleLastWords.add(w.split(' ').at(-1)!);
  const orgHeads = new Map<string, { position: 'suffix' | 'prefix' | 'both'; kind: string }>();
  for (const l of lines('org-heads.txt')) {
    const [w, position, kind] = l.split('\t');
    orgHeads.set(w, { position: position as 'suffix' | 'prefix' | 'both', kind });
  }
  const companies = new Map<string, string>();
  for (const w of lines('companies.txt')) companies.set(w.toLowerCase(), w);
  for (const w of lines('organizations-compromise.txt')) if (!companies.has(w)) companies.set(w, w);
  const famous = new Map<string, Gender>();
  const famousCountry = new Map<string, string>();
  for (const l of lines('famous-people.txt')) {
    const [w, g, c] = l.split('\t');
    famous.set(w.toLowerCase(), (g as Gender) ?? '-');
    if (c) famousCountry.set(w.toLowerCase(), c);
  }
  loaded = {
    firstNames, lastNames: new Set(lines('last-names.txt')), common: new Set([...lines('common-words.txt'), ...lines('common-words-scowl.txt'), ...lines('common-words-scowl-35.txt')]),
    titles, titleMaxWords, titleFirstWords, titleLastWords, honorifics, orgHeads, companies, speechVerbs: new Set(lines('speech-verbs.txt')), famous, famousCountry,
    companyCountry: new Map(lines('company-countries.tsv').map(l => l.split('\t')).map(([n, c]) => [n.toLowerCase(), c])),
    products: new Set(lines('products.txt').map(w => w.toLowerCase())),
    orgNouns: wordsOfKind(ORG_NOUNS, 'name-cue'),
    orgNounForms: wordsOfKindInflected(ORG_NOUNS, 'name-cue', 'noun'),
  };
  return loaded;
}

/** The rules' cue words (data/lexicon/name-cues.tsv), by use; all lower case. */
export interface NameCues {
  nameJoiners: ReadonlySet<string>;
  leftEdgeConnectors: ReadonlySet<string>;
  rightEdgeConnectors: ReadonlySet<string>;
  titleConnectors: ReadonlySet<string>;
  longFormJoiners: ReadonlySet<string>;
  vesselNouns: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  strongLocatives: ReadonlySet<string>;
  personObjectVerbs: ReadonlySet<string>;
  /** verbs of legal or hiring action: their object is a person or an organization (the name tagger's refiners) */
  actorObjectVerbs: ReadonlySet<string>;
  personRelations: ReadonlySet<string>;
  titleRanks: ReadonlySet<string>;
  titlesNotBeforeName: ReadonlySet<string>;
  titlesBeforeLongName: ReadonlySet<string>;
  quotedAux: ReadonlySet<string>;
  speechAux: ReadonlySet<string>;
  appositionDets: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  placeDets: ReadonlySet<string>;
  orgVerbsAfter: ReadonlySet<string>;
  personAfterOrgNoun: ReadonlySet<string>;
  webDomains: ReadonlySet<string>;
  shipPrefixes: ReadonlySet<string>;
  adminSuffixes: ReadonlySet<string>;
  geoPrefixes: ReadonlySet<string>;
  geoSuffixes: ReadonlySet<string>;
  countryCodesInProse: ReadonlySet<string>;
  notCountryAfter: ReadonlySet<string>;
  lawHeads: ReadonlySet<string>;
  holidays: ReadonlySet<string>;
  familyEndings: readonly string[];
  surnameEndings: readonly string[];
  surnameParticles: readonly string[];
  standaloneOrgs: ReadonlySet<string>;
  worksNouns: ReadonlySet<string>;
  centerNouns: ReadonlySet<string>;
  venueWords: ReadonlySet<string>;
  neverNames: ReadonlySet<string>;
  /** a place's head after a person's name: "Cal Anderson Park" (the name tagger's refiners) */
  placeAfterPerson: ReadonlySet<string>;
  /** a company's site right before its name: "the assembly plant Automobile Craiova" (the name tagger's refiners) */
  companySites: ReadonlySet<string>;
  /** a holding in a company: "a 25 percent share in Aer Lingus" (the name tagger's refiners) */
  holdingNouns: ReadonlySet<string>;
  innerConnectors: ReadonlySet<string>;
  onHeads: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  ofHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  productAfter: ReadonlySet<string>;
  workAfter: ReadonlySet<string>;
  productBefore: ReadonlySet<string>;
  productNouns: ReadonlySet<string>;
  workNouns: ReadonlySet<string>;
  workBefore: ReadonlySet<string>;
  namingVerbs: ReadonlySet<string>;
  versionNouns: ReadonlySet<string>;
  lawAfter: ReadonlySet<string>;
  unitHeads: ReadonlySet<string>;
  facilityHeads: ReadonlySet<string>;
  /** phrases as word lists */
  facilityTails: readonly (readonly string[])[];
  lowercaseFacilities: readonly (readonly string[])[];
  notCardinalBefore: ReadonlySet<string>;
  hyphenParticiples: ReadonlySet<string>;
  /** "al" of "al-Burhan": particles a hyphen joins to a family name, lower case as written in the text */
  hyphenNameParticles: ReadonlySet<string>;
  /** "the" of "Reading the statement": after a sentence's first word, it makes that word a verb */
  gerundObjects: ReadonlySet<string>;
  /** "Europe" of "GM Europe": a part of a company, not a model it makes */
  divisionWords: ReadonlySet<string>;
  listOpeners: ReadonlySet<string>;
  titleOpeners: ReadonlySet<string>;
  television: ReadonlySet<string>;
  titleMidStops: ReadonlySet<string>;
  /** group adjective or plural → what kind of group (region, ethnic, state, religion, political) */
  norpGroups: ReadonlyMap<string, string>;
  /** "&", "et al", "(" : what may stand between a cited author and the year ("Dye & Bavelier, 2010") */
  citeJoiners: ReadonlySet<string>;
  /** colour words: one alone, listed with another colour, is no name ("in Black and White"; the name tagger's refiners) */
  colours: ReadonlySet<string>;
}

let cues: NameCues | undefined;

export function nameCues(): NameCues {
  if (cues) return cues;
  const k = (kind: string) => wordsOfKind(NAME_CUES, kind);
  // longest first, so a test stops at the first ending that fits
  const affixes = (kind: string) => [...k(kind)].sort((a, b) => b.length - a.length);
  const phrases = (kind: string) => [...k(kind)].map(p => p.split(' '));
  const norpGroups = new Map<string, string>();
  for (const [w, ks] of wordKinds(NAME_CUES)) for (const kind of ks) if (kind.startsWith('norp-')) norpGroups.set(w, kind.slice(5));
  cues = {
    vesselNouns: k('vessel-noun'), locatives: k('locative'), strongLocatives: k('locative-strong'),
    personObjectVerbs: k('person-object-verb'), actorObjectVerbs: k('actor-object-verb'), personRelations: k('person-relation'), titleRanks: k('title-rank'),
    titlesNotBeforeName: k('title-not-before-name'), titlesBeforeLongName: k('title-before-long-name'),
    quotedAux: k('quoted-aux'), speechAux: k('speech-aux'), appositionDets: k('apposition-det'), articles: k('article'),
    placeDets: k('place-det'), orgVerbsAfter: k('org-verb-after'), personAfterOrgNoun: k('person-after-org-noun'),
    webDomains: k('web-domain'), shipPrefixes: k('ship-prefix'), adminSuffixes: k('admin-suffix'), geoPrefixes: k('geo-prefix'),
    geoSuffixes: k('geo-suffix'), countryCodesInProse: k('country-code-prose'), notCountryAfter: k('not-country-after'),
    lawHeads: k('law-head'), holidays: k('holiday'), familyEndings: affixes('family-ending'), surnameEndings: affixes('surname-ending'),
    surnameParticles: affixes('surname-particle'), standaloneOrgs: k('standalone-org'), worksNouns: k('works-noun'),
    centerNouns: k('center-noun'), venueWords: k('venue-word'), neverNames: k('never-name'), placeAfterPerson: k('place-after-person'), companySites: k('company-site'), holdingNouns: k('holding-noun'),
    innerConnectors: k('inner-connector'), onHeads: k('on-head'), calendarWords: k('calendar-word'), nameParticles: k('name-particle'),
    ofHeads: k('of-head'), eventHeads: k('event-head'), productAfter: k('product-after'), workAfter: k('work-after'),
    productBefore: k('product-before'), productNouns: k('product-noun'), workNouns: k('work-noun'), workBefore: k('work-before'),
    namingVerbs: k('naming-verb'), versionNouns: k('version-noun'), lawAfter: k('law-after'), unitHeads: k('unit-head'),
    facilityHeads: k('facility-head'), facilityTails: phrases('facility-tail'), lowercaseFacilities: phrases('lowercase-facility'),
    notCardinalBefore: k('not-cardinal-before'), hyphenParticiples: k('hyphen-participle'),
    hyphenNameParticles: k('hyphen-name-particle'), gerundObjects: k('gerund-object'), divisionWords: k('division-word'), listOpeners: k('list-opener'),
    titleOpeners: k('title-opener'), television: k('television'), titleMidStops: k('title-mid-stop'), norpGroups,
    nameJoiners: k('name-joiner'), leftEdgeConnectors: k('edge-connector-left'), rightEdgeConnectors: k('edge-connector-right'),
    titleConnectors: k('title-connector'), longFormJoiners: k('long-form-joiner'), citeJoiners: k('cite-joiner'), colours: k('colour'),
  };
  return cues;
}

/** Whether a word ends with one of the endings (a list of suffixes from nameCues). */
export function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true;
  return false;
}

/** The words of amounts (data/lexicon/amount-words.tsv), by kind; keys as written (case kept). */
export interface AmountWords {
  numberWords: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  ordinalWords: ReadonlyMap<string, number>;
  currencySymbols: ReadonlyMap<string, string>;
  dollarPrefixes: ReadonlyMap<string, string>;
  spacedDollarPrefixes: ReadonlyMap<string, string>;
  currencyCodesBefore: ReadonlyMap<string, string>;
  currencyWords: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
}

const AMOUNT_WORDS = 'lexicon/amount-words.tsv';
let amounts: AmountWords | undefined;

export function amountWords(): AmountWords {
  if (amounts) return amounts;
  const strings = (kind: string): ReadonlyMap<string, string> => valuesOfKind(AMOUNT_WORDS, kind);
  const numbers = (kind: string): ReadonlyMap<string, number> => numbersOfKind(AMOUNT_WORDS, kind);
  amounts = {
    numberWords: numberWords('cardinal', numbers('number-word')), scales: numbers('scale'), ordinalWords: numberWords('ordinal', numbers('ordinal-word')),
    currencySymbols: strings('currency-symbol'), dollarPrefixes: strings('dollar-prefix'), spacedDollarPrefixes: strings('spaced-dollar-prefix'),
    currencyCodesBefore: strings('currency-code-before'), currencyWords: strings('currency-word'), units: strings('unit'),
  };
  return amounts;
}
