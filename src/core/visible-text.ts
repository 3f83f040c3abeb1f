/**
 * Text from a config file, a target's output or an error, made safe to print on a terminal or
 * in a log: control characters (ESC starts the sequences that recolour, move the cursor,
 * retitle the window or, in some terminals, run commands) and the Unicode controls that reorder
 * text are shown as escapes (`\x1b`, `\r`, `\u202e`) instead of being obeyed.
 */

// C0 controls except the newline (handled by `keepNewlines`), DEL, C1 controls, and the
// bidirectional formatting characters. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };

/** `text` with every control character written as an escape; newlines kept unless told otherwise. */
export function visibleText(text: string, opts: { keepNewlines?: boolean } = {}): string {
  const keepNewlines = opts.keepNewlines ?? true;
  const shown = text.replace(CONTROL, escapeOne);
  return keepNewlines ? shown : shown.replace(/\n/g, '\\n');
}

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}
