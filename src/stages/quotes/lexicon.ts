// Words that attribute speech, and the small word classes the attribution patterns
// walk over (auxiliaries, determiners, person nouns). Kept in code: short, and
// read once at module load.
import { wordTable } from '../../data/lexicon.ts';

/** Verbs that introduce a quotation or a reported clause, in the forms news uses. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'noted', 'notes', 'stated', 'states',
  'asked', 'asks', 'explained', 'explains', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists',
  'warned', 'warns', 'announced', 'announces', 'declared', 'declares', 'commented', 'comments',
  'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'denied', 'denies',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'confirmed', 'confirms', 'replied', 'replies',
  'responded', 'responds', 'wrote', 'writes', 'reiterated', 'reiterates', 'predicted', 'predicts',
  'asserted', 'asserts', 'maintained', 'maintains', 'revealed', 'reveals', 'recalled', 'recalls',
  'conceded', 'concedes', 'alleged', 'alleges', 'complained', 'complains', 'observed', 'observes',
  'suggested', 'suggests', 'continued', 'concluded', 'remarked', 'remarks', 'agreed', 'answered',
  'disclosed', 'indicated', 'indicates', 'believes', 'believed', 'thinks', 'reported', 'reports',
  'cautioned', 'cautions', 'countered', 'exclaimed', 'joked', 'jokes', 'pointed', 'assured', 'assures',
  'promised', 'promises', 'vowed', 'vows', 'quoted', 'cited', 'estimated', 'estimates', 'forecast',
  'urged', 'urges', 'described', 'called', 'saying', 'adding', 'telling', 'noting', 'warning',
  'stating', 'enthused', 'quipped', 'spoke', 'recommended', 'recommends', 'claiming', 'insisting', 'arguing', 'explaining', 'stressing', 'announcing',
]);

/** Speech verbs that take a reported clause without "that" ("he said the plan failed"). */
export const BARE_CLAUSE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'believes', 'believed', 'thinks']);

/** Speech verbs that only count with "that" or a quotation ("denied that…", not "denied the claim"). */
export const THAT_ONLY_VERBS = new Set(['spoke', 'recommended', 'recommends', 'believes', 'believed', 'thinks', 'agreed', 'indicated', 'indicates',
  'reported', 'reports', 'continued', 'promised', 'promises', 'vowed', 'vows', 'estimated', 'estimates', 'forecast']);

/** Verbs that introduce a quotation but are not reporting verbs for an indirect clause. */
export const DIRECT_ONLY_VERBS = new Set(['described', 'called', 'urged', 'urges', 'quoted', 'cited', 'asked', 'asks',
  'commented', 'comments', 'replied', 'replies', 'responded', 'responds', 'exclaimed', 'joked', 'jokes', 'answered',
  'remarked', 'remarks', 'saying', 'adding', 'telling', 'noting', 'warning', 'wrote', 'writes', 'stating', 'enthused', 'quipped']);

/** Present participles that continue an attribution clause: ", adding that …". */
export const PARTICIPLE_CUES = new Set(['adding', 'saying', 'stating', 'noting', 'warning', 'telling', 'stressing', 'insisting', 'arguing', 'explaining', 'claiming', 'announcing']);

/** Words that may stand between a subject and its speech verb ("has also said", "was quoted as"). */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'also', 'later', 'earlier',
  'reportedly', 'previously', 'then', 'further', 'recently', 'repeatedly', 'once', 'again', 'just', 'had',
  'allegedly', 'publicly', 'privately', 'separately', 'subsequently', 'initially', 'still', 'even', 'did', 'does',
  'had', 'may', 'might', 'could', 'should', 'officially', 'simply', 'quickly', 'flatly', 'angrily', 'openly',
  'went', 'on', 'to', 'today', 'yesterday', 'tonight', 'now', 'first', 'finally',
]);

export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'us', 'me', 'you']);
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'one', 'another',
  'two', 'three', 'several', 'some', 'many', 'other', 'both', 'each']);

/** A company described by what it does: "the software giant said", "the automaker said". */
const COMPANY_DESCRIPTIONS = ['giant', 'maker', 'automaker', 'carmaker', 'planemaker', 'airline', 'carrier', 'bank', 'lender', 'retailer',
  'insurer', 'manufacturer', 'producer', 'supplier', 'operator', 'conglomerate', 'miner', 'startup'];

/** Nouns that name a speaking person or body: the head of a nominal speaker ("the Kyrgyz premier"). */
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'minister',
  'president', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'leader',
  'leaders', 'chief', 'head', 'director', 'executive', 'executives', 'chairman', 'chairwoman', 'chair', 'ceo',
  'analyst', 'analysts', 'expert', 'experts', 'source', 'sources', 'lawyer', 'lawyers', 'attorney', 'prosecutor',
  'prosecutors', 'judge', 'police', 'witness', 'witnesses', 'resident', 'residents', 'governor', 'mayor',
  'senator', 'lawmaker', 'lawmakers', 'representative', 'commander', 'general', 'officer', 'officers', 'king',
  'queen', 'prince', 'pope', 'manager', 'founder', 'economist', 'economists', 'researcher', 'researchers',
  'scientist', 'scientists', 'professor', 'doctor', 'doctors', 'activist', 'activists', 'member', 'members',
  'company', 'firm', 'group', 'government', 'ministry', 'statement', 'report', 'agency', 'administration',
  'man', 'woman', 'people', 'student', 'students', 'worker', 'workers', 'union', 'president-elect', 'counterpart',
  'vice-president', 'candidate', 'commissioner', 'regulator', 'regulators', 'investigators', 'investigator',
  'authorities', 'owner', 'founder', 'boss', 'coach', 'player', 'adviser', 'advisor', 'aide', 'aides',
  'prime', 'deputy', 'presidents', 'ministers', 'writer', 'reporter', 'editor', 'columnist', 'blogger', 'journalist', 'correspondent', 'newspaper', 'channel', 'broadcaster',
  ...COMPANY_DESCRIPTIONS,
  // bodies of a state that speak for it: "the Polish army said", "the navy said"
  'army', 'navy', 'military', 'forces', 'troops', 'guard', 'command', 'staff', 'ministries', 'council', 'parliament', 'court',
  'embassy', 'office', 'kremlin', 'cabinet', 'committee', 'commission', 'department', 'service', 'services',
]);

/** Lower-case modifiers inside a speaker phrase ("a senior official", "the former deputy minister"). */
export const SPEAKER_MODIFIERS = new Set([
  'senior', 'former', 'deputy', 'chief', 'top', 'foreign', 'defense', 'defence', 'interior', 'prime', 'vice',
  'general', 'state', 'local', 'federal', 'military', 'government', 'company', 'industry', 'independent',
  'anonymous', 'unnamed', 'spokesman', 'ex', 'executive', 'financial', 'economic', 'press', 'news', 'police', 'high-ranking',
  'ranking', 'acting', 'current', 'new', 'then', 'of', 'for', 'and', 'on', 'at', 'affairs', 'security', 'trade',
  'finance', 'first', 'second', 'longtime', 'veteran', 'leading', 'well-known', 'regional', 'national', 'public',
  'relations', 'communications', 'operating', 'technology', 'marketing', 'sales', 'research', 'airline', 'aviation',
]);

/** Relaying media that have no entity: "told state TV". */
export const MEDIA_WORDS = new Set(['tv', 'television', 'radio', 'newspaper', 'agency', 'media', 'channel', 'broadcaster', 'daily', 'paper']);

/** Well-known news media and agencies, matched by name when the entity layer gives no kind. */
export const MEDIA_NAMES = new Set([
  'ria novosti', 'ria', 'tass', 'itar-tass', 'interfax', 'reuters', 'ap', 'associated press', 'the associated press',
  'afp', 'agence france-presse', 'bbc', 'bbc news', 'cnn', 'xinhua', 'al jazeera', 'bloomberg', 'dpa', 'efe',
  'kyodo', 'yonhap', 'sputnik', 'rt', 'fox news', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'msnbc', 'sky news',
  'the new york times', 'new york times', 'the washington post', 'washington post', 'the guardian', 'guardian',
  'the times', 'financial times', 'the financial times', 'the wall street journal', 'wall street journal',
  'the economist', 'der spiegel', 'le monde', 'izvestia', 'kommersant', 'vedomosti', 'tass news agency',
  'wikinews', 'usa today', 'the independent', 'the telegraph', 'daily telegraph', 'anadolu', 'irna', 'kabar',
  '24.kg', 'akipress', 'fergana', 'eurasianet', 'radio free europe', 'rfe/rl', 'voice of america', 'voa',
  'cnbc', 'fortune', 'forbes', 'time', 'newsweek', 'the hill', 'politico', 'axios', 'yahoo news',
]);

/** Person nouns that name an office, to match against an entity's role title. */
export const OFFICE_TITLES: Record<string, string> = wordTable({
  premier: 'prime minister', 'prime minister': 'prime minister', president: 'president', chancellor: 'chancellor',
  minister: 'minister', secretary: 'secretary', ambassador: 'ambassador', governor: 'governor', mayor: 'mayor',
  senator: 'senator', king: 'king', queen: 'queen', pope: 'pope', chairman: 'chairman', ceo: 'chief executive',
  envoy: 'envoy', spokesman: 'spokes', spokeswoman: 'spokes', spokesperson: 'spokes', commander: 'commander',
  director: 'director', chief: 'chief', leader: 'leader', executive: 'executive', judge: 'judge', prosecutor: 'prosecutor',
});

/** Heads of a nominal that stand for an organisation rather than a person ("the company said"). */
export const BODY_NOUNS = new Set(['company', 'firm', 'group', 'government', 'ministry', 'agency', 'administration',
  'union', 'statement', 'report', 'newspaper', 'channel', 'broadcaster', 'police', 'authorities', 'regulator',
  ...COMPANY_DESCRIPTIONS]);

/** Little words that continue a clause but never start a reported one. */
export const CLAUSE_STOPS = new Set(['in', 'on', 'at', 'during', 'to', 'after', 'before', 'while', 'when', 'who', 'which',
  'as', 'from', 'with', 'by', 'about', 'last', 'this', 'on', 'via', 'through', 'under', 'following', 'earlier', 'later']);
