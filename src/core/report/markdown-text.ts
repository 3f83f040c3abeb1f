/**
 * Free text and links placed in Markdown that GitHub renders (job summaries, PR comments), the
 * one rule for every renderer: a table cell or inline position never breaks its table (`|`,
 * line breaks), never opens inline HTML (`<`, `>`; GitHub renders a subset of HTML in
 * Markdown), and is cut at a length so one long message cannot crowd out the rest.
 */

/** Escapes `text` for a table cell or inline position, cut to `maxChars` characters. */
export function escapeMarkdown(text: string, maxChars: number): string {
  const clipped = text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
  return clipped
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\n]+/g, ' ');
}

/** A URL made safe inside `[text](url)`: spaces, parentheses and angle brackets encoded. */
export function safeMarkdownLink(url: string): string {
  return url.replace(/[\s()<>]/g, (c) =>
    encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')),
  );
}
