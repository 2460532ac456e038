// Numbers that say how much: MONEY ("$500 million" → 500000000 USD), PERCENT ("12%", "3.5 per cent"),
// QUANTITY ("20 kilometers"), ORDINAL ("second", "19th") and CARDINAL ("fifteen", "179").
// Years and dates belong to the times layer; spans it claimed are left alone by the caller.
import type { Doc, Token } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import { nameCues } from './lexicon.ts';

const UNITS_WORD = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['dozens', 24],
]);
const SCALE = new Map<string, number>([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['bn', 1e9], ['m', 1e6], ['k', 1e3], ['tn', 1e12], ['crore', 1e7], ['crores', 1e7], ['lakh', 1e5], ['lakhs', 1e5],
]);
const ORDINAL_WORD = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['twentieth', 20], ['thirtieth', 30], ['fiftieth', 50], ['hundredth', 100],
]);
const SYMBOL_CURRENCY = new Map<string, string>([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR']]);
// "A$", "US$", "HK$": a country code before the dollar sign
const DOLLAR_PREFIX = new Map<string, string>([['US', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['HK', 'HKD'],
  ['NZ', 'NZD'], ['S', 'SGD'], ['NT', 'TWD'], ['R', 'BRL']]);
// currency codes and abbreviations written before the number: "Rs 500 crore", "USD 5 million", "RMB 3bn"
const CODE_BEFORE = new Map<string, string>([['Rs', 'INR'], ['Rs.', 'INR'], ['INR', 'INR'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'],
  ['RMB', 'CNY'], ['CNY', 'CNY'], ['JPY', 'JPY'], ['CHF', 'CHF'], ['RUB', 'RUB'], ['SGD', 'SGD'], ['AUD', 'AUD'], ['CAD', 'CAD'], ['Tk', 'BDT']]);
// written apart from the sign: "US $199", "HK $5"
const SPACED_PREFIX = new Map<string, string>([['US', 'USD'], ['U.S.', 'USD'], ['HK', 'HKD'], ['NZ', 'NZD']]);
const WORD_CURRENCY = new Map<string, string>([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['som', 'KGS'], ['soms', 'KGS'], ['somoni', 'TJS'], ['tenge', 'KZT'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['won', 'KRW'], ['francs', 'CHF'], ['franc', 'CHF'], ['lira', 'TRY'],
  ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['manat', 'AZN'], ['rial', 'IRR'], ['rials', 'IRR'], ['dinar', 'IQD'],
  ['dinars', 'IQD'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['rub', 'RUB'],
  ['cents', 'USD'],
]);
const UNIT = new Map<string, string>([
  ['km', 'km'], ['kilometers', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometre', 'km'],
  ['m', 'm'], ['meters', 'm'], ['metres', 'm'], ['meter', 'm'], ['metre', 'm'], ['cm', 'cm'], ['mm', 'mm'],
  ['miles', 'mi'], ['mile', 'mi'], ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['inches', 'in'], ['yards', 'yd'],
  ['kg', 'kg'], ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['grams', 'g'], ['tons', 't'], ['tonnes', 't'], ['ton', 't'],
  ['tonne', 'tonne'], ['pounds-weight', 'lb'], ['lbs', 'lb'], ['barrels', 'bbl'], ['barrel', 'bbl'], ['bpd', 'bbl/d'],
  ['liters', 'l'], ['litres', 'l'], ['gallons', 'gal'], ['hectares', 'ha'], ['acres', 'acre'], ['square', 'sq'],
  ['megawatts', 'MW'], ['mw', 'MW'], ['gigawatts', 'GW'], ['kilowatts', 'kW'], ['knots', 'kn'], ['mph', 'mph'],
  ['degrees', 'deg'], ['cubic', 'cu'], ['nautical', 'nmi'], ['mb', 'MB'], ['gb', 'GB'], ['tb', 'TB'], ['ghz', 'GHz'],
]);

function numberValue(t: Token): number | undefined {
  if (t.kind === 'number') {
    if (/[:]/.test(t.text) || /(st|nd|rd|th|s)$/.test(t.text)) return undefined;
    const v = Number(t.text.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  if (UNITS_WORD.has(w)) return UNITS_WORD.get(w);
  if (!w.includes('-')) return undefined;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return UNITS_WORD.get(m[1])! + UNITS_WORD.get(m[2])!;
  return undefined;
}

interface NumberRun { first: number; last: number; value: number; spelled: boolean }

/** A number with its scale words: "2.5 billion", "five hundred", "1,000". */
function readNumber(tokens: Token[], i: number): NumberRun | undefined {
  const v = numberValue(tokens[i]);
  if (v === undefined) return undefined;
  let value = v, last = i;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[i].sentence) {
    const s = SCALE.get(tokens[last + 1].lower);
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
  let i = 0;
  while (i < t.length) {
    const tok = t[i];
    // $500 million, US$40 billion, €3bn
    const sym = SYMBOL_CURRENCY.get(tok.text);
    if (sym && i + 1 < t.length && t[i + 1].start === tok.end) {
      const n = readNumber(t, i + 1);
      if (n && !n.spelled) {
        let a = i, currency = sym;
        const p = t[i - 1];
        if (sym === 'USD' && p && p.end === tok.start && DOLLAR_PREFIX.has(p.text)) { a = i - 1; currency = DOLLAR_PREFIX.get(p.text)!; }
        else if (sym === 'USD' && p && p.sentence === tok.sentence && SPACED_PREFIX.has(p.text)) { a = i - 1; currency = SPACED_PREFIX.get(p.text)!; }
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
    // "Rs 500 crore", "USD 5 million"
    const code = CODE_BEFORE.get(tok.text) ?? (tok.text === 'Rs' && t[i + 1]?.text === '.' ? 'INR' : undefined);
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
      if (WORD_CURRENCY.has(nw)) {
        const cents = nw === 'cents';
        out.push(mk(i, n.last + 1, 'MONEY', 'mentions.number.money-word', { amount: round(cents ? n.value / 100 : n.value), currency: WORD_CURRENCY.get(nw) }));
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
      if (UNIT.has(nw) && !(nw === 'm' && next.start === t[n.last].end && n.value < 1e6)) {
        let b = n.last + 1;
        let unit = UNIT.get(nw)!;
        if ((nw === 'square' || nw === 'cubic' || nw === 'nautical') && UNIT.has(t[b + 1]?.lower ?? '')) {
          b++; unit = nw + ' ' + UNIT.get(t[b].lower);
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
    const ow = tok.kind === 'word' ? ORDINAL_WORD.get(tok.lower) : undefined;
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

function round(v: number): number { return Math.round(v * 100) / 100; }

/** A bare four-digit number that reads as a year: the times layer's business. */
function isYear(t: Token[], i: number, n: NumberRun): boolean {
  return n.first === n.last && !n.spelled && /^\d{4}$/.test(t[i].text) && n.value >= 1800 && n.value <= 2100;
}

/** "Boeing 787", "Flight 17", "F-16": a number glued to a name is part of the name. */
function partOfName(t: Token[], i: number, n: NumberRun): boolean {
  if (n.spelled) return false;
  const p = t[i - 1];
  return !!p && p.sentence === t[i].sentence && (/^\p{Lu}/u.test(p.text) && p.kind === 'word' && !/^(On|In|By|Since|Until|At)$/.test(p.text) || p.text === '-' && p.end === t[i].start);
}
