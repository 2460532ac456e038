// Text bound for a terminal: a report's title or text may hold ESC and OSC sequences that would clear
// the screen, retitle the window or hide a link. Control characters become visible stand-ins; JSON
// output needs none of this (JSON escapes them itself).

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that reorder what is shown
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as a visible stand-in (␛ for ESC, \x9b for a C1 byte);
 * newlines and tabs are kept when `keepNewlines` (a block of lines), else shown too. */
export function terminalSafe(s: string, options: { keepNewlines?: boolean } = {}): string {
  return s.replace(UNSAFE, c => {
    const code = c.charCodeAt(0);
    if (options.keepNewlines && (c === '\n' || c === '\t')) return c;
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // control pictures: ␛ ␇ ␍ …
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
