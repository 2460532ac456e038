// Adverbs between a subject and its verb ("Russia also refused", "Moscow reportedly agreed"),
// shared by the sentence reader and the evaluative-adjective reader.
export const ADVERB = new Set([',', '-', 'however', 'meanwhile', 'also', 'then', 'now', 'reportedly', 'officially', 'still', 'already', 'recently', 'later', 'earlier', 'never', 'not', "n't", 'finally', 'again', 'jointly', 'formally', 'allegedly', 'repeatedly', 'once', 'just', 'have', 'has', 'had', 'will', 'would', 'previously', 'initially', 'eventually', 'today', 'yesterday']);
/** An adverb between a subject and its verb: the listed ones, and words in -ly ("successfully"), but not nouns and verbs in -ly. */
const NOT_ADVERB = new Set(['family', 'rally', 'ally', 'italy', 'assembly', 'july', 'monopoly', 'anomaly', 'supply', 'apply', 'reply', 'comply', 'rely', 'fly', 'only']);
const REFLEXIVE = new Set(['itself', 'themselves', 'himself', 'herself']);
export const isAdverb = (w: string) => ADVERB.has(w) || REFLEXIVE.has(w) || (w.length >= 5 && w.endsWith('ly') && !w.endsWith('ply') && !NOT_ADVERB.has(w));
