// Products, works, laws and named events: the product list, a maker before a model, a product line, a law's
// or an event's head word, a model's shape (a digit, an inner capital, a Roman numeral), and the nouns beside
// an unknown name that say it is a product, a work or a law (../products.ts).
import { nameCues } from '../lexicon.ts';
import { productContext } from '../products.ts';
import { fold, foldWord, isAcronym, textOf, words as wordsOf } from '../cues.ts';
import { orgHead, wholeKnown } from '../known.ts';
import { countryByDemonym, countryByName, knownOrganization, worldRegion } from '../world.ts';
import type { Ctx, Found } from '../names.ts';
import { RULE } from './ids.ts';
import { found, lastWordStep, orgHeadOf, type NameStep, type RunStep } from './step.ts';

/** "iPhone", "Boeing 787": the product list, or a listed company and a product it makes. */
export const listedProduct: NameStep = {
  id: 'product', rules: [RULE.product],
  apply(ctx, { a, b, n, key, words }) {
    const lex = ctx.lex;
    if (!(lex.products.has(key) || n >= 2 && lex.products.has(words[n - 1]) && lex.companies.has(words.slice(0, n - 1).join(' ')))) return undefined;
    return found(a, b, 'PRODUCT', RULE.product, 3);
  },
};

/** "Christmas", "Thanksgiving": named days the times layer leaves are no names of anything that acts. */
export const holiday: NameStep = {
  id: 'holiday', rules: [],
  apply: (_ctx, { key }) => nameCues().holidays.has(key) ? null : undefined,
};

/** "Rome Statute", "Paris Agreement", "Geneva Conventions", "Patriot Act": laws and treaties by their head. */
export const law = lastWordStep('law', RULE.law, () => nameCues().lawHeads, 'LAW', 2);

/** "Paris Air Show", "G20 Summit": named events by their head. */
export const event = lastWordStep('event', RULE.event, () => nameCues().eventHeads, 'EVENT', 2);

/** "the Media Center device": a product named like a body (an organization's head, a product's noun after it). */
export const productNamedLikeBody: NameStep = {
  id: 'product-named-like-body', rules: [RULE.productContext],
  apply(ctx, name) {
    if (name.n > 3 || orgHeadOf(ctx, name) !== 'org') return undefined;
    const made = productContext(ctx.tokens, name.a, name.b);
    return made ? found(name.a, name.b, made, RULE.productContext, 2) : undefined;
  },
};

const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
/** "Delta IV", "Atlas V": a model; "Elizabeth II" keeps its first name and is a person. */
export const romanModel: NameStep = {
  id: 'roman-model', words: 'several', rules: [RULE.model],
  apply: (ctx, { a, b, n, words }) => n === 2 && ROMAN.test(ctx.tokens[b].text) && !ctx.lex.firstNames.has(words[0])
    ? found(a, b, 'PRODUCT', RULE.model, 2) : undefined,
};

/** "Dreamliners": a listed product's plural. */
export const productPlural: NameStep = {
  id: 'product-plural', words: 'one', rules: [RULE.product],
  apply: (ctx, { a, b, n, key }) => n === 1 && key.endsWith('s') && ctx.lex.products.has(key.slice(0, -1))
    ? found(a, b, 'PRODUCT', RULE.product, 2) : undefined,
};

/** "the GarageBand program", "a feature called FaceTime", "the CARS act": the words beside the name (an acronym is
 * a law's name before "act", else more often a body's). */
export const inProductContext: NameStep = {
  id: 'product-context', rules: [RULE.productContext],
  apply(ctx, { a, b, n, text }) {
    const made = n <= 4 ? productContext(ctx.tokens, a, b) : undefined;
    return made && (made === 'LAW' || !isAcronym(text)) ? found(a, b, made, RULE.productContext, 2) : undefined;
  },
};

const DIGIT = /\d/;
const DIGIT_FIRST = /^\d/;
const LOWER_THEN_CAPITAL = /^[a-z]+[A-Z]/;
/** Model names: a digit or an inner capital ("A320", "KC-30s", "iPod", "MacBook"). */
export const modelShape: NameStep = {
  id: 'model-shape', rules: [RULE.model],
  apply: (_ctx, { a, b, text }) => DIGIT.test(text) && !DIGIT_FIRST.test(text) || LOWER_THEN_CAPITAL.test(text)
    ? found(a, b, 'PRODUCT', RULE.model, 1) : undefined,
};

/** "Mac OS X Lion", "Windows Mobile", "iPod Touch": a product line and the model after it. */
export const productLine: RunStep = {
  id: 'product-line', rules: [RULE.productLine],
  apply(ctx, run) {
    const line = productLineAt(ctx, run.a, run.z);
    if (!line) return false;
    run.out.push(line);
    return true;
  },
};

const LOWER_FIRST_PRODUCT = /^[a-z]+[A-Z]\w*$/;
/** A known product line at the run's start, with up to two capitalized words after it ("OS X Lion"), or up to
 * three capitalized words right after a product written in lowercase-first style ("iPod Touch", "iTunes Music Store"). */
function productLineAt(ctx: Ctx, a: number, z: number): Found | undefined {
  const { lex, tokens } = ctx;
  for (let k = Math.min(z, a + 2); k >= a; k--) {
    if (!lex.products.has(fold(textOf(ctx, a, k))) || z - k > 2) continue;
    if (k < z && (orgHead(ctx, a, z) || lex.companies.has(fold(textOf(ctx, k + 1, z))))) return undefined;
    return found(a, z, 'PRODUCT', RULE.productLine, 2);
  }
  const prev = tokens[a - 1];
  if (z - a <= 2 && prev && prev.end < tokens[a].start && prev.sentence === tokens[a].sentence && LOWER_FIRST_PRODUCT.test(prev.text)
    && lex.products.has(fold(prev.text)) && !countryByName(textOf(ctx, a, z)) && !lex.companies.has(fold(textOf(ctx, a, z)))) {
    return found(a - 1, z, 'PRODUCT', RULE.productLine, 2);
  }
  return undefined;
}

/** "Airbus A380", "Boeing 787 Dreamliner": the maker, then its product; "Apple Worldwide Developers Conference":
 * the company, then its event. */
export const maker: RunStep = {
  id: 'maker', words: 'several', rules: [RULE.maker, RULE.event, RULE.model],
  apply(ctx, run) {
    const { tokens, lex } = ctx, { a, z } = run;
    if (run.personCue || z <= a || wholeKnown(ctx, a, z)) return false;
    for (let k = Math.min(z - 1, a + 2); k >= a; k--) {
      const makerName = fold(textOf(ctx, a, k));
      if (!(lex.companies.has(makerName) || ctx.known.get(makerName) === 'ORG')) continue;
      const rest = textOf(ctx, k + 1, z);
      if (k < z && nameCues().eventHeads.has(foldWord(tokens[z]))) {
        run.out.push(found(a, k, 'ORG', RULE.maker, 3), found(k + 1, z, 'EVENT', RULE.event, 2));
        return true;
      }
      if (DIGIT.test(rest) || lex.products.has(fold(rest)) || lex.companies.has(makerName) && modelName(ctx, k + 1, z)) {
        // learned, so "the Falcon's bodyshell" later is the model again, not Falcón, Venezuela
        run.out.push(found(a, k, 'ORG', RULE.maker, 3), found(k + 1, z, 'PRODUCT', RULE.model, 2));
        return true;
      }
    }
    return false;
  },
};

/** One or two capitalized words after a company that name a model, not a part of the company:
 * "Ford Falcon", "Rolls-Royce Trent"; not "Ford Motor", "GM Europe", "Boeing Capital". */
function modelName(ctx: Ctx, a: number, z: number): boolean {
  if (z - a > 1) return false;
  const w = wordsOf(ctx, a, z);
  const s = textOf(ctx, a, z);
  if (orgHead(ctx, a - 1, z) || ctx.lex.orgHeads.has(w[w.length - 1]) || knownOrganization(s) || ctx.lex.companies.has(fold(s))) return false;
  // a division by country or region ("GM Europe", "Ford Australia"); a town a model is named after does not count
  if (countryByName(s) || countryByDemonym(w[0]) || worldRegion(s)) return false;
  if (w.some(x => ctx.lex.titles.has(x) || nameCues().nameJoiners.has(x))) return false;
  if (w.length === 2 && ctx.lex.firstNames.has(w[0])) return false; // "Apple Tim Cook" is a person after the company
  return !nameCues().divisionWords.has(w[0]);
}
