// Products, works, laws and named events: the product list, a maker before a model, a product line, a law's
// or an event's head word, a model's shape (a digit, an inner capital, a Roman numeral), and the nouns beside
// an unknown name that say it is a product, a work or a law (../products.ts).
import { nameCues } from '../lexicon.ts';
import { productContext } from '../products.ts';
import { isAcronym } from '../cues.ts';
import { RULE } from './ids.ts';
import { found, orgHeadOf, type NameStep } from './step.ts';

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
export const law: NameStep = {
  id: 'law', words: 'several', rules: [RULE.law],
  apply: (_ctx, { a, b, n, words }) => n >= 2 && nameCues().lawHeads.has(words[n - 1]) ? found(a, b, 'LAW', RULE.law, 2) : undefined,
};

/** "Paris Air Show", "G20 Summit": named events by their head. */
export const event: NameStep = {
  id: 'event', words: 'several', rules: [RULE.event],
  apply: (_ctx, { a, b, n, words }) => n >= 2 && nameCues().eventHeads.has(words[n - 1]) ? found(a, b, 'EVENT', RULE.event, 2) : undefined,
};

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
