// Short forms in brackets after a name: which ones abbreviate it.
/**
 * Whether a bracketed short form abbreviates the name before it, a name of two or more words: the same first
 * initial, and a second letter from the name ("United States Air Force (USAF)", "Islamic State (ISIS)"); a one-word
 * name or a dateline's agency does not ("HERAT, Afghanistan (AP)", "WASHINGTON (AP)").
 */
export function abbreviates(short: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter(w => /^\p{Lu}/u.test(w));
  if (words.length < 2 || name === name.toUpperCase()) return false;
  const initials = words.map(w => w[0]).join('');
  const letters = short.replace(/[^A-Z]/g, '');
  // the second letter is another word's initial, or comes from the first word ("Eurasian Economic Union (EAEU)")
  return letters[0] === initials[0] && (letters.length < 2 || initials.slice(1).includes(letters[1]) || words[0].toUpperCase().slice(1).includes(letters[1]));
}
