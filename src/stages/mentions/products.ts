// What the words around an unknown name say it is: a product or a creative work rather than
// a company. Business and technology news names many features, programs and models the way
// it names firms ("FaceTime", "Mission Control", "Crown Victoria"); the cue is nearly always a
// common noun beside the name ("the GarageBand program", "a feature called FaceTime") or a
// list it stands in ("the iPhoto, iMovie, and GarageBand programs").
import type { Token } from '../../document/doc.ts';
import type { EntityType } from '../../document/types.ts';
import { isCapWord, lowerInSentence, sameSentence } from './chunks.ts';

/** a lowercase noun right after a name: "Falcon and Territory vehicles", "the BlackBerry mobile device" */
const PRODUCT_AFTER = new Set(['vehicle', 'vehicles', 'car', 'cars', 'sedan', 'sedans', 'suv', 'hatchback', 'pickup', 'truck', 'trucks',
  'jet', 'jets', 'airliner', 'airliners', 'aircraft', 'helicopter', 'helicopters', 'smartphone', 'phone', 'phones', 'handset', 'tablet',
  'laptop', 'console', 'engine', 'engines', 'widget', 'app', 'apps', 'application', 'applications', 'software', 'browser', 'model', 'models',
  'range', 'lineup', 'program', 'programs', 'feature', 'features', 'device', 'devices', 'mobile', 'player', 'players', 'platform',
  'processor', 'processors', 'chip', 'chips', 'fighter', 'fighters', 'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones',
  'tank', 'tanks', 'computer', 'computers', 'notebook', 'notebooks', 'operating', 'update', 'updates', 'version', 'versions',
  // benchmarks named after fields and places: "Brent crude", "WTI crude"
  'crude', 'futures', 'blend']);
// not "song", "album" or "film": "Beatles songs", "a Pixar film" name the maker
const WORK_AFTER = new Set(['show', 'series', 'novel', 'documentary', 'sitcom', 'soundtrack']);
/** a word right before a name: "Ford's next model Falcon" */
const PRODUCT_BEFORE = new Set(['model', 'models', 'brand']);
/** nouns that a naming verb or "such as" ties to the name after it: "a feature called FaceTime",
 * "a task manager named Mission Control", "programs such as Lost" */
const PRODUCT_NOUN = new Set(['feature', 'features', 'app', 'apps', 'application', 'applications', 'program', 'programs', 'software',
  'tool', 'tools', 'manager', 'device', 'devices', 'phone', 'phones', 'system', 'game', 'games', 'version', 'technology',
  'model', 'models', 'car', 'cars', 'vehicle', 'vehicles', 'aircraft', 'plane', 'planes', 'jet', 'drone', 'missile', 'browser',
  'products', 'product', 'gadget', 'gadgets', 'utility', 'interface']);
const WORK_NOUN = new Set(['show', 'shows', 'series', 'film', 'films', 'movie', 'movies', 'album', 'song', 'songs', 'book', 'books',
  'novel', 'programmes', 'sitcom', 'sitcoms', 'title', 'titles', 'track', 'tracks', 'single']);
/** a work's noun right before its title: "the film Avatar", "the album Thriller" */
const WORK_BEFORE = new Set(['film', 'movie', 'album', 'song', 'single', 'novel', 'documentary', 'sitcom', 'musical', 'opera', 'play', 'series']);
const NAMING = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);
/** "a beta version of FaceTime" */
const VERSION_OF = new Set(['version', 'versions', 'edition', 'editions', 'release']);

/** "the CARS act", "the Dream bill": a law named in capitals before a lowercase "act" */
const LAW_AFTER = new Set(['act', 'bill', 'law']);

export type ProductType = Extract<EntityType, 'PRODUCT' | 'WORK_OF_ART' | 'LAW'>;

/** The type the neighbouring words give the name tokens[a..b], if they say it is a product, a work or a law. */
export function productContext(tokens: Token[], a: number, b: number): ProductType | undefined {
  const prev = lowerInSentence(tokens, a, a - 1);
  if (PRODUCT_BEFORE.has(prev)) return 'PRODUCT';
  // the noun after the name, or after the list the name ends: "the iPhoto, iMovie, and GarageBand programs"
  const k = b + 1 + listTail(tokens, b + 1);
  if (sameSentence(tokens, a, k)) {
    const next = tokens[k].text;
    if (PRODUCT_AFTER.has(next)) return 'PRODUCT';
    if (WORK_AFTER.has(next)) return 'WORK_OF_ART';
    if (LAW_AFTER.has(next) && k === b + 1) return 'LAW';
  }
  let first = a - listHead(tokens, a);
  // "features including a revamped Mail and Auto Save": an article and an adjective may open the list
  for (let k = 0; k < 2 && sameSentence(tokens, a, first - 1) && /^(?:a|an|the|new|revamped|updated|improved|redesigned)$/.test(tokens[first - 1].text); k++) first--;
  const p1 = lowerInSentence(tokens, a, first - 1);
  const p2 = lowerInSentence(tokens, a, first - 2);
  const p3 = lowerInSentence(tokens, a, first - 3);
  // "This feature is called FaceTime", "a task manager named Mission Control"
  if (NAMING.has(p1)) {
    const noun = /^(is|was|are|were|be|been)$/.test(p2) ? p3 : p2;
    if (PRODUCT_NOUN.has(noun)) return 'PRODUCT';
    if (WORK_NOUN.has(noun)) return 'WORK_OF_ART';
  }
  // "television programs such as Lost and Desperate Housewives"
  if (p1 === 'as' && p2 === 'such' || p1 === 'including' || p1 === 'like') {
    const noun = p1 === 'as' ? p3 : p2;
    if (WORK_NOUN.has(noun) || noun === 'programs' && /^(television|tv)$/.test(lowerInSentence(tokens, a, first - 4))) return 'WORK_OF_ART';
    if (PRODUCT_NOUN.has(noun)) return 'PRODUCT';
  }
  // "a beta version of FaceTime"; "the update adds support for ActiveSync"
  if (p1 === 'of' && VERSION_OF.has(p2) || p1 === 'for' && p2 === 'support') return 'PRODUCT';
  // "the film Avatar", "A full-length TV movie, 'High School Musical'": a work's noun, then its title
  let w = first - 1;
  while (sameSentence(tokens, a, w) && /^[,'"‘“:]$/.test(tokens[w].text) && w > first - 3) w--;
  if (sameSentence(tokens, a, w) && WORK_BEFORE.has(tokens[w].lower) && (w < first - 1 || /^(the|a|an|new|hit|tv|television)$/i.test(sameSentence(tokens, a, w - 1) ? tokens[w - 1].text : ''))) return 'WORK_OF_ART';
  return undefined;
}

/** How many tokens after position k continue a list of names: ", iMovie, and GarageBand". */
export function listTail(tokens: Token[], k: number): number {
  let n = 0;
  while (n < 12 && tokens[k + n]) {
    const t = tokens[k + n];
    if (t.text === ',' || t.text === 'and' || t.text === 'or') { n++; continue; }
    if (n > 0 && listItem(t)) { n++; continue; }
    break;
  }
  // a list ends on a name, not on its joiner
  return n > 0 && listItem(tokens[k + n - 1]) ? n : 0;
}

/** How many tokens before position a open the list the name stands in: "Lost and" before "Desperate Housewives". */
export function listHead(tokens: Token[], a: number): number {
  let n = 0;
  while (n < 12 && tokens[a - n - 1]) {
    const t = tokens[a - n - 1];
    if (t.text === ',' || t.text === 'and' || t.text === 'or' || listItem(t)) { n++; continue; }
    break;
  }
  // the list opens on a name
  while (n > 0 && !listItem(tokens[a - n])) n--;
  return n;
}

function listItem(t: Token): boolean {
  return isCapWord(t) || t.kind === 'word' && /^[a-z]+[A-Z]/.test(t.text);
}
