// A sentence's first word is capitalized whatever it is, and the tagger reads it with no word before
// it: a guess there ("Qantas plans to commence …" read as a person) says less than the same words
// named elsewhere in the document. Where a guess opening a sentence has another type than the
// document's other mentions of the same words give it (those not themselves guesses at an opening),
// their type stands ("Cerberus Capital Management" … "Cerberus has agreed" … "Cerberus also led";
// "Warhol's transformative meaning" among Warhol the person). A town's name the gazetteer alone
// matched says nothing of the type ("Byron", "Carter" are towns too) and does not count.
// repeats.ts makes a weak guess follow the majority; this decides the ties it leaves (one guess at an
// opening against one reading elsewhere).
import type { Doc } from '../../../document/doc.ts';
import type { EntityType, Mention } from '../../../document/types.ts';
import { baseRule, isWeak } from './evidence.ts';
import { RULE } from '../rules/ids.ts';
import { NAMED } from './repeats.ts';

/** The names (sorted by start), guesses opening a sentence retyped as the document's other mentions of the same words. */
export function openingTypes(doc: Doc, names: Mention[]): Mention[] {
  const toks = doc.tokens;
  const opening = new Uint8Array(names.length);
  // the types of each name's words, counted over the mentions that are no guess at an opening
  const types = new Map<string, Map<EntityType, number>>();
  let i = 0, any = false;
  for (let n = 0; n < names.length; n++) {
    const m = names[n];
    if (!NAMED.has(m.type)) continue;
    while (i < toks.length && toks[i].end <= m.start) i++;
    if (i < toks.length && toks[i].start === m.start && opens(doc, i) && isWeak(m.rule)) { opening[n] = 1; any = true; continue; }
    if (baseRule(m.rule) === RULE.gazetteer) continue;
    const key = m.text.toLowerCase();
    let v = types.get(key);
    if (!v) types.set(key, v = new Map());
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
  }
  if (!any) return names;
  return names.map((m, n) => {
    if (!opening[n]) return m;
    const v = types.get(m.text.toLowerCase());
    if (!v) return m;
    let best: EntityType | undefined, count = 0, tie = false;
    for (const [t, c] of v) { if (c > count) { best = t; count = c; tie = false; } else if (c === count) tie = true; }
    if (!best || tie || sameKind(best, m.type)) return m;
    return { ...m, type: best, rule: m.rule + '+opening-type' };
  });
}

/** First in its sentence, or after an opening quote or bracket: the capital says nothing. */
function opens(doc: Doc, i: number): boolean {
  const toks = doc.tokens, t = toks[i];
  const before = i > 0 && toks[i - 1].sentence === t.sentence ? toks[i - 1] : undefined;
  return !before || before.kind === 'punct' && before.text !== ',' && before.text !== ';' && before.text !== '&' && before.text !== ')';
}

function sameKind(a: EntityType, b: EntityType): boolean {
  const place = (t: EntityType) => t === 'GPE' || t === 'LOC' || t === 'FAC';
  return a === b || place(a) && place(b);
}
