// Abbreviations that end in a period without ending the sentence. Titles and
// honorifics are always followed by a name; the rest only before a number or
// a lower-case word (handled in sentences.ts).
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig',
  'Sen', 'Rep', 'Gov', 'Pres', 'Amb', 'Sec', 'Supt', 'Insp', 'Rev', 'Fr', 'Hon', 'Messrs', 'Mme', 'Mlle', 'Sr', 'Jr', 'St',
]);

export const NUMBER_ABBREVIATIONS = new Set([
  'No', 'Nos', 'Art', 'Vol', 'Fig', 'pp', 'p', 'ch', 'Ch', 'Sec', 'para', 'Rs',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

export const OTHER_ABBREVIATIONS = new Set([
  'etc', 'vs', 'approx', 'est', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'cf', 'al', 'ca',
  'e.g', 'i.e', 'a.m', 'p.m', 'Dept', 'Univ', 'Assn', 'Gov', 'Govt',
]);

/** Words that start sentences often: after "U.S." or "Inc." they mark a real boundary. */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And', 'This', 'That', 'These',
  'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'What', 'When', 'Where', 'Why', 'How', 'If', 'As', 'After',
  'Before', 'However', 'Meanwhile', 'Still', 'Yet', 'So', 'Also', 'According', 'During', 'Since', 'While', 'For',
]);
