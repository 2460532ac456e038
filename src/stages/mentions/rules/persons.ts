// Persons: a famous name, a title before the name or in apposition after it, a first name, a family name's
// ending or shape, a speech verb beside it, a last name the lists hold.
import { isCapWord } from '../chunks.ts';
import { endsWithAny, nameCues } from '../lexicon.ts';
import { foldWord, isAcronym, isCommonWord, placeStrong, speechAfter, speechBefore, titleInApposition } from '../cues.ts';
import { knownStart, listedName, wholeKnown } from '../known.ts';
import { lookupPlaces } from '../world.ts';
import { RULE } from './ids.ts';
import { found, orgHeadOf, placesOf, type NameStep, type RunStep } from './step.ts';

/** "Vladimir Putin": the famous-people list. */
export const famous: NameStep = {
  id: 'famous', rules: [RULE.famous],
  apply: (ctx, { a, b, key }) => ctx.lex.famous.has(key) ? found(a, b, 'PERSON', RULE.famous, 3) : undefined,
};

/** "President Sooronbay Jeenbekov", "Mr. Smith": a title or honorific before a name with no organization's head. */
export const afterTitle: NameStep = {
  id: 'after-title', rules: [RULE.afterTitle],
  apply: (ctx, name) => name.personCue && !orgHeadOf(ctx, name) ? found(name.a, name.b, 'PERSON', RULE.afterTitle, 3) : undefined,
};

/** "Jusman Syafii Djamal, minister of transport", "Jim Press, the Vice Chairman of Chrysler". */
export const appositionTitle: NameStep = {
  id: 'apposition-title', words: 'several', rules: [RULE.appositionTitle],
  apply(ctx, name) {
    const { a, b, n, words } = name;
    if (n < 2 || n > 4 || orgHeadOf(ctx, name) && !ctx.lex.firstNames.has(words[0]) || isAcronym(ctx.tokens[a].text)
      || !titleInApposition(ctx, b) || placeStrong(lookupPlaces(name.text))) return undefined;
    return found(a, b, 'PERSON', RULE.appositionTitle, 3);
  },
};

/** "Sadyr Japarov", "Emomali Rahmonov": a given name and a family name with a Slavic or Central Asian ending. */
export const familyEnding: NameStep = {
  id: 'family-ending', words: 'several', rules: [RULE.familyEnding],
  apply(ctx, { a, b, n, words, text }) {
    if (n !== 2 || isCommonWord(ctx.lex, words[0]) || isAcronym(ctx.tokens[a].text) || !endsWithAny(words[1], nameCues().familyEndings)
      || lookupPlaces(text).length) return undefined;
    return found(a, b, 'PERSON', RULE.familyEnding, 3);
  },
};

const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Chinese and Korean names: a family name and a hyphenated given name ("Lai Ching-te", "Tsai Ing-wen", "Moon Jae-in"). */
export const eastAsian: NameStep = {
  id: 'east-asian', words: 'several', rules: [RULE.eastAsian],
  apply: (ctx, { a, b, n }) => n === 2 && FAMILY_NAME.test(ctx.tokens[a].text) && HYPHENED_GIVEN_NAME.test(ctx.tokens[b].text)
    ? found(a, b, 'PERSON', RULE.eastAsian, 3) : undefined,
};

/** "Kurmanbek Bakiyev": a first name opens two to four words that no connector joins. */
export const firstName: NameStep = {
  id: 'first-name', words: 'several', rules: [RULE.firstName],
  apply(ctx, { a, b, n, words }) {
    if (n < 2 || n > 4 || !ctx.lex.firstNames.has(words[0]) || ctx.lex.companies.has(words[0])) return undefined;
    for (let k = 1; k < n; k++) if (nameCues().nameJoiners.has(words[k])) return undefined;
    return found(a, b, 'PERSON', RULE.firstName, 3);
  },
};

/** Speech verbs and their objects want people ("Karasin said", "told Smith"); companies speak too, so a lone
 * word must look like a surname, and a large place is no speaker. */
export const speaker: NameStep = {
  id: 'speaker', rules: [RULE.speaker],
  apply(ctx, name) {
    const { a, b, n, words, key } = name;
    const lex = ctx.lex;
    if (!(speechAfter(ctx, b) || speechBefore(ctx, a)) || n > 3 || isAcronym(name.text)) return undefined;
    const places = placesOf(ctx, name);
    if (places.length && n === 1 && placeStrong(places)) return undefined;
    const lastW = words[n - 1];
    const personLike = !lex.companies.has(words[0]) && !ctx.orgFirstWords.has(words[0])
      && (lex.firstNames.has(words[0]) || lex.lastNames.has(lastW) || !isCommonWord(lex, lastW));
    if (n >= 2 && personLike) return found(a, b, 'PERSON', RULE.speaker, 2);
    if (lex.lastNames.has(key) || endsWithAny(key, nameCues().surnameEndings) && !isCommonWord(lex, key)) return found(a, b, 'PERSON', RULE.speaker, 2);
    return undefined;
  },
};

/** Two words or more ending in a last name the lists hold. */
export const lastName: NameStep = {
  id: 'last-name', words: 'several', rules: [RULE.lastName],
  apply: (ctx, { a, b, n, words }) => n >= 2 && ctx.lex.lastNames.has(words[n - 1]) && !isAcronym(ctx.tokens[a].text)
    ? found(a, b, 'PERSON', RULE.lastName, 1) : undefined,
};

/** "Will", "Mark" alone: a first name that is also a common word is no name by its capital. */
export const commonGivenName: NameStep = {
  id: 'common-given-name', words: 'one', rules: [],
  apply: (ctx, { n, key }) => n === 1 && ctx.lex.firstNames.has(key) && ctx.lex.common.has(key) ? null : undefined,
};

/** "Air Force James Roche", "Air Force Communications Bill Bodie": an organization, then a person. */
export const orgThenPerson: RunStep = {
  id: 'org-then-person', words: 'several', rules: [RULE.firstName],
  apply(ctx, run, classifyName) {
    const { tokens, lex } = ctx, { a, z } = run;
    const given = foldWord(tokens[z - 1]), family = foldWord(tokens[z]);
    if (!(z - a >= 2 && !run.personCue && knownStart(ctx, a, z - 2) && !listedName(ctx, a, z) && isCapWord(tokens[z - 1])
      && (lex.firstNames.has(given) && !lex.common.has(given) || lex.famous.has(family) || lex.lastNames.has(family) && !lex.common.has(family))
      && !wholeKnown(ctx, a, z - 1) && !(lex.orgHeads.has(family) && !lex.firstNames.has(given)))) return false;
    const org = classifyName(ctx, a, z - 2, false);
    if (org) run.out.push(org);
    run.out.push(found(z - 1, z, 'PERSON', RULE.firstName, 3));
    return true;
  },
};
