// What each rule id means in plain words (data/rules/descriptions.tsv), for the page's tooltips.
import { tsvRows } from './lexicon.ts';

let table: ReadonlyMap<string, string> | undefined;

/** Rule id or rule-id prefix → description. */
export function ruleDescriptions(): ReadonlyMap<string, string> {
  return (table ??= new Map(tsvRows('rules/descriptions.tsv').map(r => [r[0], r[1] ?? ''])));
}
