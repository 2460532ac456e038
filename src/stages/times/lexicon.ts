// Words the time scanners read: month and weekday names, number words, units.
// Lookups are by lowercased token text; all tables are built once at load.

export const MONTHS = new Map<string, number>();
for (const [names, n] of [
  [['january', 'jan', 'jan.'], 1], [['february', 'feb', 'feb.'], 2], [['march', 'mar', 'mar.'], 3],
  [['april', 'apr', 'apr.'], 4], [['may'], 5], [['june', 'jun', 'jun.'], 6], [['july', 'jul', 'jul.'], 7],
  [['august', 'aug', 'aug.'], 8], [['september', 'sept', 'sept.', 'sep', 'sep.'], 9],
  [['october', 'oct', 'oct.'], 10], [['november', 'nov', 'nov.'], 11], [['december', 'dec', 'dec.'], 12],
] as const) for (const name of names) MONTHS.set(name, n);

/** Month names that are also common English words: they need a date-like neighbour. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr']);

/** ISO weekday: Monday 1 … Sunday 7. */
export const WEEKDAYS = new Map<string, number>();
for (const [names, n] of [
  [['monday', 'mon.'], 1], [['tuesday', 'tue.', 'tues.'], 2], [['wednesday', 'wed.'], 3], [['thursday', 'thu.', 'thurs.'], 4],
  [['friday', 'fri.'], 5], [['saturday', 'sat.'], 6], [['sunday', 'sun.'], 7],
] as const) for (const name of names) WEEKDAYS.set(name, n);

/** Part of day, TIMEX3 codes. */
export const PARTS_OF_DAY = new Map<string, string>([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['midday', 'MI'], ['noon', 'MI'],
  ['overnight', 'NI'], ['tonight', 'NI'],
]);

export const SEASONS = new Map<string, string>([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

const UNITS_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Cardinal number words up to ninety-nine ("twenty-five" as one token too). */
export const NUMBER_WORDS = new Map<string, number>();
UNITS_ONES.forEach((w, i) => NUMBER_WORDS.set(w, i));
TENS.forEach((t, i) => {
  if (!t) return;
  NUMBER_WORDS.set(t, i * 10);
  for (let k = 1; k < 10; k++) NUMBER_WORDS.set(`${t}-${UNITS_ONES[k]}`, i * 10 + k);
});
NUMBER_WORDS.set('a', 1).set('an', 1).set('single', 1).set('hundred', 100).set('dozen', 12);

/** Words for an unspecified count: "several years" → PXY. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'numerous', 'couple']);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['thirtieth', 30], ['1st', 1], ['2nd', 2], ['3rd', 3],
]);

/** Duration units: TIMEX3 letter and whether it sits after the T. */
export interface Unit { code: string; time: boolean; plural: boolean }
export const UNITS = new Map<string, Unit>();
for (const [sing, plur, code, time] of [
  ['second', 'seconds', 'S', true], ['minute', 'minutes', 'M', true], ['hour', 'hours', 'H', true],
  ['day', 'days', 'D', false], ['week', 'weeks', 'W', false], ['month', 'months', 'M', false],
  ['year', 'years', 'Y', false], ['decade', 'decades', 'DE', false], ['century', 'centuries', 'CE', false],
  ['quarter', 'quarters', 'Q', false], ['weekend', 'weekends', 'WE', false], ['fortnight', 'fortnights', 'FN', false],
] as const) {
  UNITS.set(sing, { code, time, plural: false });
  UNITS.set(plur, { code, time, plural: true });
}
UNITS.set('yr', { code: 'Y', time: false, plural: false }).set('yrs', { code: 'Y', time: false, plural: true });
UNITS.set('hrs', { code: 'H', time: true, plural: true }).set('mins', { code: 'M', time: true, plural: true });

/** Time zones: offset from UTC in minutes. */
export const ZONES = new Map<string, number>([
  ['utc', 0], ['gmt', 0], ['z', 0], ['bst', 60], ['cet', 60], ['cest', 120], ['eet', 120], ['msk', 180],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['ist', 330], ['jst', 540], ['kst', 540], ['aest', 600], ['hkt', 480], ['sgt', 480],
]);
