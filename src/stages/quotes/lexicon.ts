// Words that attribute speech, and the small word classes the attribution patterns walk over
// (auxiliaries, determiners, person nouns): data/lexicon/speech-words.tsv and function-words.tsv,
// read once through the one loader (src/data/lexicon.ts) and looked up by Set/Map.
import { functionWords, valueTable, valuesOfKind, wordAlternation, wordsAsWritten, wordsOfKind } from '../../data/lexicon.ts';

const SPEECH = 'lexicon/speech-words.tsv';
const TIME = 'lexicon/time-words.tsv';
/** The words of one kind of the quotes stage's list (lower case). */
export const speechWords = (kind: string): ReadonlySet<string> => wordsOfKind(SPEECH, kind);
const speech = speechWords;
/** `(?:a|b)` of one kind's words for a regex built once, on first use. */
export const speechAlternation = (kind: string): string => wordAlternation(SPEECH, kind);
const closed = functionWords;
const union = (...sets: ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));
/** Forms of "go" before "on to say": the attribution spans them ("went on to say"). */
export const GO_VERBS = speech('go-verb');
/** Capitalized words that are no part of a speaker's name when matching it to an entity ("Mr", "The"); case kept. */
export const NOT_NAME_WORDS = wordsAsWritten(SPEECH, 'not-name-word');

/** Verbs that introduce a quotation or a reported clause, in the forms news uses. */
export const SPEECH_VERBS = speech('speech-verb');
/** Speech verbs that take a reported clause without "that" ("he said the plan failed"). */
export const BARE_CLAUSE_VERBS = speech('bare-clause-verb');
/** Speech verbs that only count with "that" or a quotation ("denied that…", not "denied the claim"). */
export const THAT_ONLY_VERBS = speech('that-only-verb');
/** Verbs that introduce a quotation but are not reporting verbs for an indirect clause. */
export const DIRECT_ONLY_VERBS = speech('direct-only-verb');
/** Present participles that continue an attribution clause: ", adding that …". */
export const PARTICIPLE_CUES = speech('participle-cue');
/** Forms of "tell": the word after is the listener. */
export const TELL_VERBS = speech('tell-verb');
/** Words that may stand between a subject and its speech verb ("has also said", "was quoted as"). */
export const AUXILIARIES = speech('before-speech-verb');
/** Weekday names as written ("on Monday" before a speech verb). */
export const WEEKDAYS: ReadonlySet<string> = new Set(weekdayNames());
/** The full name of each weekday (its first entry in time-words.tsv, before the abbreviations), capitalized. */
function weekdayNames(): string[] {
  const byDay = new Map<string, string>();
  for (const [w, day] of valuesOfKind(TIME, 'weekday')) if (!byDay.has(day)) byDay.set(day, w[0].toUpperCase() + w.slice(1));
  return [...byDay.values()];
}

export const PERSONAL_PRONOUNS = closed('personal-pronoun');
export const FIRST_PERSON = closed('first-person-pronoun');
export const DETERMINERS = closed('speaker-determiner');
/** Prepositions that may follow a speech verb before "that" ("said in a statement that"). */
export const LISTENER_PREPOSITIONS = closed('listener-preposition');
/** Finite auxiliaries and modals: a clause, not a short tail. */
export const FINITE_AUXILIARIES = closed('finite-auxiliary');

/** Nouns that name a speaking person or body: the head of a nominal speaker ("the Kyrgyz premier"). */
export const PERSON_NOUNS = union(speech('person-noun'), speech('company-description'));
/** Lower-case modifiers inside a speaker phrase ("a senior official", "the former deputy minister"). */
export const SPEAKER_MODIFIERS = speech('speaker-modifier');
/** Relaying media that have no entity: "told state TV". */
export const MEDIA_WORDS = speech('media-word');
/** Well-known news media and agencies, matched by name when the entity layer gives no kind. */
export const MEDIA_NAMES = speech('media-name');
/** Person nouns that name an office, to match against an entity's role title. */
export const OFFICE_TITLES: Record<string, string> = valueTable(SPEECH, 'office-title');
/** Heads of a nominal that stand for an organisation rather than a person ("the company said"). */
export const BODY_NOUNS = union(speech('body-noun'), speech('company-description'));
/** Little words that continue a clause but never start a reported one. */
export const CLAUSE_STOPS = closed('clause-stop');
/** After a comma, a word that ends an attribution's tail ("…, the ministry said, as Beijing launched …"). */
export const SUBORDINATORS = speech('subordinator');
/** A written statement a quotation comes from ("in a statement"). */
export const DOCUMENT_NOUNS = speech('document-noun');
/** The noun before "from" that makes the phrase a source ("a statement from X"). */
export const DOCUMENT_SOURCES = speech('document-source');
/** Participles of an aside before a speech verb ("speaking to reporters, X said"). */
export const PARTICIPLE_ASIDES = speech('participle-aside');
/** Words that end a speaker phrase scanning back. */
export const CLAUSE_WORDS = speech('clause-word');
/** Capitalized words that open clauses, never names ("However, Smith said"), as written. */
export const CLAUSE_OPENERS = wordsAsWritten(SPEECH, 'clause-opener');
/** Plural or collective nouns heard as a listener: "told reporters". */
export const LISTENER_GROUPS = speech('listener-group');
/** The medium or occasion after "told": "told state TV", "told a news conference". */
export const LISTENER_MEDIA = speech('listener-medium');
/** After a people's adjective, the state speaks: "the Belgian government said". */
export const STATE_BODY_NOUNS = speech('state-body-noun');
/** After a people's adjective, unnamed people speak for the state: "Ukrainian officials said". */
export const STATE_REPRESENTATIVES = speech('state-representative');
/** Words after "told"/"asked" that name no addressee worth keeping. */
export const NOT_ADDRESSEES = speech('not-addressee');
/** Verbs whose object is a listener before the clause: "warned Moscow that". */
export const LISTENER_VERBS = speech('listener-verb');
