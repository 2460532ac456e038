// Text bound for a terminal: a report's title or text may hold ESC and OSC sequences that would clear
// the screen, retitle the window or hide a link. Control characters become visible stand-ins; JSON
// output needs none of this (JSON escapes them itself).

// C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that reorder what is shown
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as a visible stand-in (␛ for ESC, \x9b for a C1 byte);
 * newlines and tabs are kept when `keepNewlines` (a block of lines), else shown too; with `crlf` too,
 * a carriage return that ends a line before its newline (CSV's CRLF) is kept. */
export function terminalSafe(s: string, options: { keepNewlines?: boolean; crlf?: boolean } = {}): string {
  return s.replace(UNSAFE, (c: string, at: number) => {
    const code = c.charCodeAt(0);
    if (options.keepNewlines && (c === '\n' || c === '\t')) return c;
    if (options.crlf && c === '\r' && s.charCodeAt(at + 1) === 10) return c;
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // control pictures: ␛ ␇ ␍ …
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

// JSON.stringify escapes C0 controls itself, but not DEL, C1 controls or bidirectional overrides
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text bound for a terminal: the control characters JSON leaves raw written as \u escapes, so the
 * JSON stays valid and means the same (they can stand only inside its strings). */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
