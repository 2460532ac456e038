// A wire-service dateline opening a story: "ANKARA, Jan 11 (Reuters) - ", "WASHINGTON (AP) — ",
// "HERAT, Afghanistan (AP) — ", "SPRINGFIELD, Ill. (AP) — ", "VIENNA/LONDON, June 4 (Reuters) - ",
// "MOSCOW, October 10. /TASS/. ", "LONDON: ". It names where the report was filed, not what
// anyone said or did, so the reported clause of the first sentence starts after it.
// One anchored regex with bounded repeats: linear on any input.
const DATELINE = /^[A-Z]{3}[A-Z.'’ /-]{0,40}(?:,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?=\s*[(,\/—–-]))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?)?\s*(?:\/[A-Z][A-Za-z.&-]{1,30}\/\.?|(?:\(\s*[A-Z][A-Za-z.&-]{1,30}\s*\)\s*)?(?:[-—–]{1,2}|:))\s+/;

/** How many characters of `text` from `at` are a dateline (0 when there is none). */
export function datelineLength(text: string, at: number): number {
  const head = text.slice(at, at + 120);
  const m = DATELINE.exec(head);
  // a capitalized first word alone ("WASHINGTON - ") must still be all capitals
  return m && /^[A-Z][A-Z.'’ -]*[A-Z.]/.test(m[0]) ? m[0].length : 0;
}
