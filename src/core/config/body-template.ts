/**
 * Request body templates: `{{payload}}` inserts the payload as is, `{{payload|json}}` inserts it
 * as a JSON string literal (quoted and escaped), so MT text can travel inside a JSON body.
 * Applied once at resolve time: the engine only ever sees final bytes.
 */

const PLACEHOLDER = /\{\{\s*payload\s*(\|\s*json\s*)?\}\}/g;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The body for one payload: the template with its placeholders replaced. */
export function applyBodyTemplate(template: string, payload: Uint8Array): Uint8Array {
  const text = decoder.decode(payload);
  // A replacer function, so `$&`-style sequences in payloads are never interpreted.
  const body = template.replace(PLACEHOLDER, (_match, json: string | undefined) =>
    json ? JSON.stringify(text) : text,
  );
  return encoder.encode(body);
}

/** The template as bytes, for scenarios with a fixed body and no payload set. */
export function templateBytes(template: string): Uint8Array {
  return encoder.encode(template);
}
