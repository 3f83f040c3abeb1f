/**
 * Cuts Markdown to fit a size limit (job summary bytes, comment characters) without breaking
 * it: the cut falls on a line boundary, never inside a character, closes an open code fence and
 * ends with a note saying where the rest is.
 */

/** How a limit is measured. */
export type SizeUnit = 'utf8-bytes' | 'chars';

/** Options of `truncateMarkdown`. */
export interface TruncateOptions {
  /** Largest allowed size of the result, in `unit`. */
  max: number;
  /** `utf8-bytes` for files with byte limits, `chars` for API fields with character limits. */
  unit: SizeUnit;
  /** Line appended after the cut, e.g. where to find the full report. */
  note: string;
}

function sizeOf(text: string, unit: SizeUnit): number {
  return unit === 'utf8-bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** The longest prefix of `text` whose size is at most `budget`, never splitting a character. */
function prefixWithin(text: string, budget: number, unit: SizeUnit): string {
  if (budget <= 0) return '';
  if (unit === 'chars') {
    let cut = Math.min(budget, text.length);
    // Do not leave half of a surrogate pair behind.
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    return text.slice(0, cut);
  }
  const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
  // A multi-byte character cut in half decodes to U+FFFD at the end: drop it.
  return bytes.toString('utf8').replace(/\uFFFD+$/, '');
}

/** Returns `text` unchanged when it fits, otherwise a shortened copy ending with `note`. */
export function truncateMarkdown(text: string, options: TruncateOptions): string {
  const { max, unit } = options;
  if (sizeOf(text, unit) <= max) return text;
  const tail = `\n\n> ${options.note.replace(/\n/g, ' ')}\n`;
  const fence = '\n```';
  const budget = max - sizeOf(tail, unit) - sizeOf(fence, unit);
  let head = prefixWithin(text, budget, unit);
  const lineEnd = head.lastIndexOf('\n');
  if (lineEnd > 0) head = head.slice(0, lineEnd);
  // An odd number of fence lines means the cut is inside a code block: close it.
  const fences = head.split('\n').filter((line) => line.trimStart().startsWith('```')).length;
  if (fences % 2 === 1) head += fence;
  const result = head + tail;
  // A note longer than the limit itself is a caller bug; still never exceed the limit.
  return sizeOf(result, unit) <= max ? result : prefixWithin(result, max, unit);
}
