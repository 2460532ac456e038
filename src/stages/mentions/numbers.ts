// Numbers that say how much: MONEY ("$500 million" → 500000000 USD), PERCENT ("12%", "3.5 per cent"),
// QUANTITY ("20 kilometers"), ORDINAL ("second", "19th") and CARDINAL ("fifteen", "179").
// Years and dates belong to the times layer; spans it claimed are left alone by the caller.
import type { Doc, Token } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import { amountWords, nameCues } from './lexicon.ts';
import { wordsAsWritten } from '../../data/lexicon.ts';

// "In 2009", "At 5": capitalized words before a number that make it no part of a name (amount-words.tsv, case kept)
const notNameBefore = (): ReadonlySet<string> => wordsAsWritten('lexicon/amount-words.tsv', 'not-name-before');

// number words, scales, ordinals, currencies and units: data/lexicon/amount-words.tsv (amountWords)

function numberValue(t: Token): number | undefined {
  if (t.kind === 'number') {
    if (/[:]/.test(t.text) || /(st|nd|rd|th|s)$/.test(t.text)) return undefined;
    const v = Number(t.text.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  if (amountWords().numberWords.has(w)) return amountWords().numberWords.get(w);
  if (!w.includes('-')) return undefined;
  // "twenty-five": a tens word and a ones word of the list (number-words.tsv), read by their values
  const dash = w.indexOf('-');
  const tens = amountWords().numberWords.get(w.slice(0, dash));
  const ones = amountWords().numberWords.get(w.slice(dash + 1));
  if (tens === undefined || ones === undefined || tens < 20 || tens > 90 || tens % 10 || ones < 1 || ones > 9) return undefined;
  return tens + ones;
}

interface NumberRun { first: number; last: number; value: number; spelled: boolean }

/** A number with its scale words: "2.5 billion", "five hundred", "1,000". */
function readNumber(tokens: Token[], i: number): NumberRun | undefined {
  const v = numberValue(tokens[i]);
  if (v === undefined) return undefined;
  let value = v, last = i;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[i].sentence) {
    const s = amountWords().scales.get(tokens[last + 1].lower);
    if (s === undefined) break;
    // "m"/"k" only glued to a digit run ("$5m") are scales
    if ((tokens[last + 1].text === 'm' || tokens[last + 1].text === 'k') && tokens[last + 1].start !== tokens[last].end) break;
    value *= s;
    last++;
  }
  return { first: i, last, value, spelled: tokens[i].kind === 'word' };
}

export function findNumbers(doc: Doc): Mention[] {
  const t = doc.tokens;
  const out: Mention[] = [];
  const mk = (a: number, b: number, type: Mention['type'], rule: string, extra: Partial<Mention>): Mention => {
    const start = t[a].start, end = t[b].end;
    return { start, end, text: doc.text.slice(start, end), type, kind: 'name', rule, ...extra };
  };
  const starts = amountStarts();
  let i = 0;
  while (i < t.length) {
    const tok = t[i];
    // most words start no amount: one look-up says so (what the tests below would each find)
    if (tok.kind === 'word' && !starts.has(tok.text) && !starts.has(tok.lower) && !tok.lower.includes('-')) { i++; continue; }
    // $500 million, US$40 billion, €3bn
    const sym = amountWords().currencySymbols.get(tok.text);
    if (sym && i + 1 < t.length && t[i + 1].start === tok.end) {
      const n = readNumber(t, i + 1);
      if (n && !n.spelled) {
        let a = i, currency = sym;
        const p = t[i - 1];
        if (sym === 'USD' && p && p.end === tok.start && amountWords().dollarPrefixes.has(p.text)) { a = i - 1; currency = amountWords().dollarPrefixes.get(p.text)!; }
        else if (sym === 'USD' && p && p.sentence === tok.sentence && amountWords().spacedDollarPrefixes.has(p.text)) { a = i - 1; currency = amountWords().spacedDollarPrefixes.get(p.text)!; }
        // "$9.99 US dollars": the currency said twice is one amount
        let b = n.last;
        const w1 = t[b + 1]?.sentence === tok.sentence ? t[b + 1].lower : '';
        if (w1 === 'dollars') b += 1;
        else if ((w1 === 'us' || w1 === 'u.s.') && t[b + 2]?.lower === 'dollars') b += 2;
        out.push(mk(a, b, 'MONEY', 'mentions.number.money-symbol', { amount: round(n.value), currency }));
        i = b + 1;
        continue;
      }
    }
    // "Rs 500 crore", "Rs. 500", "USD 5 million" (currency-code-before in data/lexicon/amount-words.tsv)
    const code = amountWords().currencyCodesBefore.get(tok.text);
    if (code) {
      const at = t[i + 1]?.text === '.' && t[i + 1].start === tok.end ? i + 2 : i + 1;
      const num = t[at] && t[at].sentence === tok.sentence && t[at].kind === 'number' ? readNumber(t, at) : undefined;
      if (num && !num.spelled) {
        out.push(mk(i, num.last, 'MONEY', 'mentions.number.money-code', { amount: round(num.value), currency: code }));
        i = num.last + 1;
        continue;
      }
    }
    const n = readNumber(t, i);
    if (n) {
      const next = t[n.last + 1];
      const nw = next && next.sentence === tok.sentence ? next.lower : '';
      // "a few hundred million US dollars"
      if ((nw === 'us' || nw === 'u.s.') && t[n.last + 2]?.lower === 'dollars' && t[n.last + 2].sentence === tok.sentence) {
        out.push(mk(i, n.last + 2, 'MONEY', 'mentions.number.money-word', { amount: round(n.value), currency: 'USD' }));
        i = n.last + 3;
        continue;
      }
      // 20 million dollars, 300 rubles
      if (amountWords().currencyWords.has(nw)) {
        const cents = nw === 'cents';
        out.push(mk(i, n.last + 1, 'MONEY', 'mentions.number.money-word', { amount: round(cents ? n.value / 100 : n.value), currency: amountWords().currencyWords.get(nw) }));
        i = n.last + 2;
        continue;
      }
      // 12%, 3.5 percent, 2 per cent
      if (nw === '%' || nw === 'percent' || nw === 'pct') {
        out.push(mk(i, n.last + 1, 'PERCENT', 'mentions.number.percent', { amount: n.value }));
        i = n.last + 2;
        continue;
      }
      if (nw === 'per' && t[n.last + 2]?.lower === 'cent') {
        out.push(mk(i, n.last + 2, 'PERCENT', 'mentions.number.percent', { amount: n.value }));
        i = n.last + 3;
        continue;
      }
      if (nw === 'basis' && /^points?$/.test(t[n.last + 2]?.lower ?? '')) {
        out.push(mk(i, n.last + 2, 'PERCENT', 'mentions.number.percent', { amount: n.value, unit: 'basis points' }));
        i = n.last + 3;
        continue;
      }
      if (nw === 'percentage' && t[n.last + 2]?.lower === 'points') {
        out.push(mk(i, n.last + 2, 'PERCENT', 'mentions.number.percent', { amount: n.value, unit: 'percentage points' }));
        i = n.last + 3;
        continue;
      }
      // 20 kilometers, 5,000 square kilometres, 1.2 million barrels
      if (amountWords().units.has(nw) && !(nw === 'm' && next.start === t[n.last].end && n.value < 1e6)) {
        let b = n.last + 1;
        let unit = amountWords().units.get(nw)!;
        if ((nw === 'square' || nw === 'cubic' || nw === 'nautical') && amountWords().units.has(t[b + 1]?.lower ?? '')) {
          b++; unit = nw + ' ' + amountWords().units.get(t[b].lower);
        }
        if (nw !== 'square' && nw !== 'cubic' && nw !== 'nautical' || b > n.last + 1) {
          out.push(mk(i, b, 'QUANTITY', 'mentions.number.quantity', { amount: n.value, unit }));
          i = b + 1;
          continue;
        }
      }
      if (!isYear(t, i, n) && !partOfName(t, i, n)) {
        const prev = t[i - 1]?.sentence === tok.sentence ? t[i - 1].lower : '';
        const pronounOne = tok.lower === 'one' && (nameCues().notCardinalBefore.has(prev) || nw === 'of' || nw === 'another');
        if (!pronounOne) out.push(mk(i, n.last, 'CARDINAL', 'mentions.number.cardinal', { amount: n.value }));
      }
      i = n.last + 1;
      continue;
    }
    const ow = tok.kind === 'word' ? amountWords().ordinalWords.get(tok.lower) : undefined;
    const on = tok.kind === 'number' && /^\d+(st|nd|rd|th)$/.test(tok.text) ? parseInt(tok.text, 10) : undefined;
    if (ow !== undefined || on !== undefined) {
      // "5th Air Army" is a name; the name finder keeps it
      const capNext = t[i + 1] && /^\p{Lu}/u.test(t[i + 1].text) && t[i + 1].sentence === tok.sentence && on !== undefined;
      const secondVerb = tok.lower === 'second' && t[i - 1]?.lower === 'to';
      if (!capNext && !secondVerb) out.push(mk(i, i, 'ORDINAL', 'mentions.number.ordinal', { amount: ow ?? on }));
    }
    i++;
  }
  return out;
}

// the words an amount may start with: currency symbols and codes (as written), number and ordinal words (lower case)
let starters: ReadonlySet<string> | undefined;
function amountStarts(): ReadonlySet<string> {
  if (starters) return starters;
  const a = amountWords();
  const out = new Set<string>();
  for (const m of [a.currencySymbols, a.currencyCodesBefore, a.numberWords, a.ordinalWords]) for (const w of m.keys()) out.add(w);
  return starters = out;
}

function round(v: number): number { return Math.round(v * 100) / 100; }

/** A bare four-digit number that reads as a year: the times layer's business. */
function isYear(t: Token[], i: number, n: NumberRun): boolean {
  return n.first === n.last && !n.spelled && /^\d{4}$/.test(t[i].text) && n.value >= 1800 && n.value <= 2100;
}

/** "Boeing 787", "Flight 17", "F-16": a number glued to a name is part of the name. */
function partOfName(t: Token[], i: number, n: NumberRun): boolean {
  if (n.spelled) return false;
  const p = t[i - 1];
  return !!p && p.sentence === t[i].sentence && (/^\p{Lu}/u.test(p.text) && p.kind === 'word' && !notNameBefore().has(p.text) || p.text === '-' && p.end === t[i].start);
}
