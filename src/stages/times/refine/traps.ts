// The usual traps, as context tests the extractors ask before proposing a span:
// "May" the modal, "March" the verb, "2003 people", "$2003", "No. 10", "Sunday Times",
// "the fall of Rome". Each looks at a token or two around the candidate only.
import type { TokenView } from '../scanner.ts';
import { MONTHS, timeWords } from '../lexicon.ts';
import { yearNumber } from '../scanner.ts';
import { functionWords } from '../../../data/lexicon.ts';
// "Bloody Sunday", "Super Tuesday" / "Sunday school", "Sunday league": a weekday inside a name
const DAY_NAME_BEFORE = timeWords('day-name-before');
const DAY_NAME_AFTER = timeWords('day-name-after');
// "of 2003", "2003 and 2004": a link before a year that needs a year-like neighbour
const YEAR_LINK_BEFORE = functionWords('year-link-before');
// "early spring", "last summer": a season word after these is a season / "the fall of Rome", "the spring in his step": no season
const SEASON_MODIFIERS = timeWords('season-modifier');
const NOT_SEASON_AFTER = functionWords('not-season-after');
// "in spring", "the summer", "until autumn"
const SEASON_FRAMES = functionWords('season-frame');
const AFTER_SEASON = timeWords('after-season');
const FALL_PREPOSITIONS = functionWords('fall-preposition');

/** Words before a bare year that make it a date whatever follows. */
const YEAR_PREPOSITIONS = functionWords('year-preposition');
/** Words before a number that make it a count, an amount or a code. */
const NOT_YEAR_BEFORE = timeWords('not-year-before');
/** Words a year may be followed by when nothing before it vouches for it. */
const AFTER_YEAR_OK = timeWords('after-year-ok');
/** After "WWDC 2005", "Expo 2010": words that go on with an event rather than a product. */
const AFTER_EVENT_NAME = timeWords('after-event-name');
const DETERMINERS = functionWords('trap-determiner');

/** A bare four-digit number at i reads as a year, not a count, an amount or a code. */
export function isYearContext(v: TokenView, i: number): boolean {
  const prev = v.at(i - 1);
  if (NOT_YEAR_BEFORE.has(prev) && !(prev === 'over' && v.at(i - 2) === 'the')) return false;
  if (prev === '.' && v.at(i - 2) === 'no') return false;
  const next = v.at(i + 1);
  // "1990-1995": a year range; "2003-04" is a fiscal year or a code, left alone
  const yearRange = (next === '-' || next === '–') && yearNumber(v.raw(i + 2)) !== undefined && v.touching(i, i + 1) ||
    (prev === '-' || prev === '–') && yearNumber(v.raw(i - 2)) !== undefined && v.touching(i - 1, i);
  if (yearRange) return true;
  if (next === '%' || next === '-' && v.isNumber(i + 2) || next === ':' || next === '.' && v.isNumber(i + 2)) return false;
  if (YEAR_PREPOSITIONS.has(prev) || MONTHS.has(prev) && v.capitalized(i - 1)) return true;
  // "+996 312 2003": digits in a row are a phone number or a code
  if (v.isNumber(i - 1) && !v.touching(i - 1, i) || v.isNumber(i + 1) && v.sameSentence(i, i + 1)) return false;
  if (DETERMINERS.has(prev)) return true;
  // "Windows 2000 on all computers": a product or code name, unless a date follows ("WWDC 2005 June 6")
  if (v.capitalized(i - 1) && !v.sentenceStart(i - 1) && v.tokens[i - 1].kind === 'word' && v.tokens[i + 1]?.kind === 'word' &&
      !v.capitalized(i + 1) && !AFTER_EVENT_NAME.has(v.at(i + 1))) return false;
  // "Local 1520", "Boeing 1500": an old year after a name needs a preposition to be a year
  if (+v.raw(i) < 1900 && v.capitalized(i - 1) && !v.sentenceStart(i - 1)) return false;
  if (YEAR_LINK_BEFORE.has(prev)) {
    // "of 2003 votes" counts; "the end of 2003" and "2003 and 2004" are dates
    return nextAllowsYear(v, i) && (prev !== 'to' || v.at(i - 3) === 'from' || yearish(v, i - 2) || v.at(i - 2) === '-');
  }
  return nextAllowsYear(v, i);
}

function yearish(v: TokenView, i: number): boolean {
  return v.isDigits(i) && v.raw(i).length === 4;
}

function nextAllowsYear(v: TokenView, i: number): boolean {
  const next = v.at(i + 1);
  if (!next || !v.sameSentence(i, i + 1)) return true;
  if (v.tokens[i + 1].kind === 'punct') return !['$', '%', '€', '£', '/', '×', 'x'].includes(next);
  if (v.tokens[i + 1].kind === 'number') return false;
  if (v.capitalized(i + 1)) return true;
  return AFTER_YEAR_OK.has(next);
}

/** Words before a lone month name that make it a month: "in May", "since March", "early October". */
const MONTH_BEFORE = timeWords('month-before');
const VERB_OBJECT_AFTER = timeWords('verb-object-after');

/** A month name at i with no day or year beside it is a month, not a modal, verb or name. */
export function isMonthContext(v: TokenView, i: number, ambiguous: boolean): boolean {
  const prev = v.at(i - 1);
  if (MONTH_BEFORE.has(prev)) {
    // "to March on Washington": a verb after "to" takes an object or a preposition
    if (prev === 'to' && VERB_OBJECT_AFTER.has(v.at(i + 1))) return false;
    return !(ambiguous && (prev === 'and' || prev === 'or') && !isMonthName(v, i - 2));
  }
  if (ambiguous) return false;
  // "June Carter": a month name right before another capitalized word is a first name
  if (v.capitalized(i + 1) && v.tokens[i + 1]?.kind === 'word' && !MONTHS.has(v.at(i + 1))) return false;
  return true;
}

function isMonthName(v: TokenView, i: number): boolean {
  return MONTHS.has(v.at(i)) && v.capitalized(i);
}

const PUBLICATION_WORDS = timeWords('publication-word');

/** "on Tuesday" is a date; "the Sunday Times", "Bloody Sunday", "Super Tuesday" and "Sunday school" are names. */
export function isWeekdayDate(v: TokenView, i: number): boolean {
  const prev = v.at(i - 1), next = v.at(i + 1);
  if (!v.capitalized(i)) return false;
  if (DAY_NAME_BEFORE.has(prev)) return false;
  if (next && v.capitalized(i + 1) && v.tokens[i + 1].kind === 'word' && PUBLICATION_WORDS.has(next) && v.sameSentence(i, i + 1)) {
    // "Tuesday Morning" in a headline is still a time of day
    return next === 'morning' || next === 'night' ? v.at(i + 2) !== 'show' : false;
  }
  if (DAY_NAME_AFTER.has(next)) return false;
  if ((prev === 'the' || prev === "'s" || prev === '’s') && v.capitalized(i + 1) && v.tokens[i + 1]?.kind === 'word') return false;
  return true;
}

/** "in spring", "the summer", but not "the fall of Rome" or "the fall in prices". */
export function isSeasonContext(v: TokenView, i: number): boolean {
  const prev = v.at(i - 1), next = v.at(i + 1);
  const isFall = v.at(i) === 'fall';
  if (SEASON_MODIFIERS.has(prev)) return true;
  if (NOT_SEASON_AFTER.has(next)) return false;
  if (isFall) return prev === 'the' && FALL_PREPOSITIONS.has(v.at(i - 2));
  if (SEASON_FRAMES.has(prev)) {
    // "spring" the noun ("a spring", "hot springs") never gets here; "the spring" still must not be a noun phrase head
    const n = v.tokens[i + 1];
    return !n || n.kind === 'punct' || AFTER_SEASON.has(next);
  }
  return false;
}
