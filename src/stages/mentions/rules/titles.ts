// Titles and honorifics around and inside a run: a title before it makes a person of what follows; titles,
// honorifics and the demonyms before them peel off its left ("U.S. President", "Mr."); a title inside cuts it
// ("Apple CEO Steve Jobs"); an office's portfolio stands between a body and a person.
import { nameCues } from '../lexicon.ts';
import { fold, foldWord, honorificAt, isCommonWord, textOf, titleAt, titleBefore } from '../cues.ts';
import { isStateBody, knownStart, wholeKnown } from '../known.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces, seatOfGovernment } from '../world.ts';
import type { Ctx } from '../names.ts';
import { RULE } from './ids.ts';
import { found, type RunStep } from './step.ts';

/** "analyst David Strauss", "a Greek government spokesman, Stelios Petsas": a title right before the run. */
export const titleBeforeRun: RunStep = {
  id: 'title-before', rules: [],
  apply(ctx, run) {
    run.personCue = titleBefore(ctx, run.a, run.z);
    return false;
  },
};

const OF_OR_FOR = /^(of|for)$/;
/** Demonyms, titles and honorifics peel off the left: "U.S. President", "European Commissioner", "Mr."; "President of
 * Russia": the connector goes with the title; a bare title is no name. */
export const peelLeft: RunStep = {
  id: 'peel-left', rules: [RULE.country, RULE.demonym],
  apply(ctx, run) {
    const { tokens } = ctx;
    const z = run.z;
    let a = run.a;
    while (a <= z) {
      // "European Commissioner", "Arab League envoy": a group's adjective peels like a demonym
      const dem = countryByDemonym(tokens[a].text) || nameCues().norpGroups.has(foldWord(tokens[a]));
      if (dem && a < z) {
        if (wholeKnown(ctx, a, z)) break;
        if (titleAt(ctx, a + 1, z) || knownStart(ctx, a + 1, z)) {
          // "U.S. President", "US Treasury": a country's own name as a modifier stays the country (GPE, as OntoNotes)
          const isCountry = !!countryByName(tokens[a].text);
          run.out.push(found(a, a, isCountry ? 'GPE' : 'NORP', isCountry ? RULE.country : RULE.demonym, 3));
          a++;
          continue;
        }
        break;
      }
      const nt = titleAt(ctx, a, z);
      // "Chief Executive Officer of General Motors": a title of a body peels even where the body's head makes the whole look known
      const ofBody = nt > 0 && OF_OR_FOR.test(tokens[a + nt]?.text ?? '') && !knownOrganization(textOf(ctx, a, z));
      if (nt && a + nt <= z && (ofBody || !wholeKnown(ctx, a, z))) {
        run.personCue = run.titled = true;
        a += nt;
        while (a <= z && nameCues().titleConnectors.has(tokens[a].text)) { run.portfolio ||= tokens[a].text === 'for'; a++; run.personCue = false; }
        continue;
      }
      if (nt && a + nt - 1 === z) return true;
      const nh = honorificAt(ctx, a, z);
      if (nh) { run.personCue = true; a += nh; continue; }
      break;
    }
    run.a = a;
    return false;
  },
};

/** "Commissioner for Competition Neelie Kroes": the portfolio, then the person. */
export const portfolioPerson: RunStep = {
  id: 'portfolio-person', words: 'several', rules: [RULE.afterTitle],
  apply(ctx, run) {
    const { a, z } = run;
    if (!run.portfolio || z - a < 2) return false;
    const q = personAtEnd(ctx, a + 1, z);
    if (q <= 0) return false;
    run.out.push(found(q, z, 'PERSON', RULE.afterTitle, 3));
    return true;
  },
};

/** "Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun": the body, the portfolio, the person. */
export const bodyPortfolioPerson: RunStep = {
  id: 'body-portfolio-person', words: 'several', rules: [RULE.orgHead, RULE.afterTitle],
  apply(ctx, run) {
    const { a, z } = run;
    if (!run.titled || z - a < 4) return false;
    let p = a + 2;
    while (p < z && ctx.tokens[p].text !== 'for') p++;
    const q = p < z ? personAtEnd(ctx, p + 2, z) : -1;
    if (q <= 0 || !isStateBody(ctx, a, p - 1)) return false;
    run.out.push(found(a, p - 1, 'ORG', RULE.orgHead, 3), found(q, z, 'PERSON', RULE.afterTitle, 3));
    return true;
  },
};

/** A title inside the run: "Apple CEO Steve Jobs", "Boeing Commercial Airplanes chief Scott Carson": the name before
 * it and the person after it ("the White House Press Secretary": the office ends the run, the body is the name). */
export const titleInside: RunStep = {
  id: 'title-inside', words: 'several', rules: [],
  apply(ctx, run, classifyName) {
    const { tokens } = ctx, { a, z } = run;
    if (run.personCue || wholeKnown(ctx, a, z)) return false;
    for (let p = a + 1; p < z; p++) {
      const nt = titleAt(ctx, p, z);
      if (!nt) continue;
      const leftKnown = wholeKnown(ctx, a, p - 1) || !!seatOfGovernment(textOf(ctx, a, p - 1)) || ctx.known.get(fold(textOf(ctx, a, p - 1))) === 'ORG';
      if (p + nt - 1 === z && leftKnown) {
        const body = classifyName(ctx, a, p - 1, false);
        if (body) run.out.push(body);
        return true;
      }
      if (p + nt > z || z - (p + nt) > 3) continue;
      // "General Motors" keeps its title word; "Alabama Governor Bob Riley" does not, nor does a title of
      // two words before a name ("Aer Lingus Chief Executive Dermot Mannion")
      if (nameCues().titleMidStops.has(foldWord(tokens[p])) && !leftKnown && !lookupPlaces(textOf(ctx, a, p - 1)).length
        && !(nt >= 2 && z - (p + nt) >= 1)) continue;
      const left = classifyName(ctx, a, p - 1, false);
      if (left) run.out.push(left);
      let q = p + nt, cue = true;
      while (q <= z && nameCues().rightEdgeConnectors.has(tokens[q].text)) { q++; cue = false; }
      const right = q <= z ? classifyName(ctx, q, z, cue) : undefined;
      if (right) run.out.push(right);
      return true;
    }
    return false;
  },
};

/** Where a person's name of two or three words ends the run from..z, after an office's portfolio: at a given
 * name, else the last two words if the last is not a common word (a given name the lists lack); -1 if none. */
function personAtEnd(ctx: Ctx, from: number, z: number): number {
  let q = Math.max(from, z - 2);
  while (q < z && !ctx.lex.firstNames.has(foldWord(ctx.tokens[q]))) q++;
  if (q < z) return q;
  return z - 1 >= from && !isCommonWord(ctx.lex, foldWord(ctx.tokens[z])) ? z - 1 : -1;
}
